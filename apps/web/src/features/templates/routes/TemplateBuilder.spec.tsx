import { clinicSettingsKeys, templateKeys } from '@interlude/api-client';
import type { Template } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import { phq9, thoughtRecord } from '../../../test-utils/template-fixtures';
import { button, control, fieldsetByLegend } from './form-queries';

// These tests drive many fields one event at a time; a busy machine needs more than the default 20 s.
jest.setTimeout(60_000);

const libraryPath = `/clinics/${CLINIC_ID}/templates`;
const seedSettings = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));
const seedTemplate = (template: Template) => (client: QueryClient) => {
  seedSettings(client);
  client.setQueryData(templateKeys.detail(CLINIC_ID, template.id), template);
};

const question = (n: number, scope: HTMLElement = document.body) => fieldsetByLegend(`Question ${n}`, scope);
const rowQuestion = (n: number, scope: HTMLElement) => fieldsetByLegend(`Row question ${n}`, scope);
const own = control;
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(control(document.body, label), { target: { value } });
const typeIn = (scope: HTMLElement, label: string | RegExp, value: string) =>
  fireEvent.change(control(scope, label), { target: { value } });
const chooseType = (scope: HTMLElement, value: string) =>
  fireEvent.change(control(scope, 'Answer type'), { target: { value } });

describe('building a new template', () => {
  it('builds a worksheet with a scale, a choice and a repeating group, and sends the body the contract expects', async () => {
    const createTemplate = jest
      .fn()
      .mockImplementation((_clinicId, body) => Promise.resolve(thoughtRecord({ ...body, version: 1 })));
    const { router } = renderRoute(`${libraryPath}/new`, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { createTemplate },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'New template' })).toBeInTheDocument();
    type(/^Title/, '  Thought record ');
    fireEvent.change(own(document.body, /^Kind/), { target: { value: 'worksheet' } });
    expect(screen.getByText('A form the clinic designs, such as a thought record.')).toBeInTheDocument();
    type(/^Instructions for the client/, 'Write down what happened.');

    // Question 1: long text; the key follows the label until someone edits it.
    typeIn(question(1), /^Question text/, 'What happened?');
    expect(own(question(1), 'Key')).toHaveValue('whatHappened');
    typeIn(question(1), 'Key', 'situation');
    typeIn(question(1), /^Question text/, 'What happened, in a few words?');
    expect(own(question(1), 'Key')).toHaveValue('situation');
    chooseType(question(1), 'longText');
    fireEvent.click(own(question(1), 'Answer required'));

    // Question 2: a scale, with words at each end.
    fireEvent.click(button('Add a question'));
    await waitFor(() => expect(own(question(2), /^Question text/)).toHaveFocus());
    typeIn(question(2), /^Question text/, 'How strong was the feeling?');
    chooseType(question(2), 'scale');
    expect(own(question(2), /^Lowest point/)).toHaveValue('0');
    expect(own(question(2), /^Highest point/)).toHaveValue('10');
    typeIn(question(2), /^Words at the lowest point/, 'Not at all');
    typeIn(question(2), /^Words at the highest point/, 'Overwhelming');
    fireEvent.click(own(question(2), 'Answer required'));

    // Question 3: a single choice; one option added, one removed.
    fireEvent.click(button('Add a question'));
    typeIn(question(3), /^Question text/, 'Which feeling was it?');
    chooseType(question(3), 'singleChoice');
    typeIn(question(3), 'Option 1', 'Anxious');
    typeIn(question(3), 'Option 2', 'Low');
    fireEvent.click(button('Add an option', question(3)));
    await waitFor(() => expect(own(question(3), 'Option 3')).toHaveFocus());
    typeIn(question(3), 'Option 3', 'Angry');
    fireEvent.click(button('Remove option 2', question(3)));
    expect(own(question(3), 'Option 2')).toHaveValue('Angry');

    // Question 4: a repeating group with its own questions.
    fireEvent.click(button('Add a question'));
    typeIn(question(4), /^Question text/, 'Thoughts');
    chooseType(question(4), 'group');
    expect(
      within(own(question(4), 'Answer type')).queryByRole('option', { name: 'Repeating group' }),
    ).not.toBeNull();
    const group = question(4);
    typeIn(group, /^What one row is called/, 'Thought');
    typeIn(group, /^Fewest rows/, '1');
    typeIn(group, /^Most rows/, '5');
    typeIn(rowQuestion(1, group), /^Question text/, 'The thought');
    fireEvent.click(own(rowQuestion(1, group), 'Answer required'));
    fireEvent.click(button('Add a question to each row', group));
    const belief = rowQuestion(2, question(4));
    typeIn(belief, /^Question text/, 'How much do you believe it?');
    // A group's rows hold simple questions only.
    expect(within(belief).queryByRole('option', { name: 'Repeating group' })).toBeNull();
    chooseType(belief, 'scale');
    typeIn(belief, /^Highest point/, '100');

    // A fifth question, removed again; then the choice moves above the scale.
    fireEvent.click(button('Add a question'));
    fireEvent.click(button('Remove question 5'));
    expect(screen.queryByText('Question 5', { selector: 'legend' })).not.toBeInTheDocument();
    fireEvent.click(button('Move question 3 up'));
    expect(own(question(2), /^Question text/)).toHaveValue('Which feeling was it?');
    await waitFor(() => expect(button('Move question 2 up', question(2))).toHaveFocus());

    // The preview shows what the client will read, in order.
    const preview = screen.getByText('Preview', { selector: 'h2' }).closest('section') as HTMLElement;
    expect(preview).toHaveAccessibleName('Preview');
    expect(within(preview).getByRole('heading', { name: 'Thought record' })).toBeInTheDocument();
    expect(within(preview).getByText('Scale from 0 (Not at all) to 10 (Overwhelming)')).toBeInTheDocument();
    expect(within(preview).getByText('Anxious')).toBeInTheDocument();

    fireEvent.click(button('Save template'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${libraryPath}/${thoughtRecord().id}`));
    expect(createTemplate).toHaveBeenCalledTimes(1);
    expect(createTemplate).toHaveBeenCalledWith(CLINIC_ID, {
      kind: 'worksheet',
      title: 'Thought record',
      instructions: 'Write down what happened.',
      fields: [
        { key: 'situation', label: 'What happened, in a few words?', type: 'longText', required: true },
        {
          key: 'whichFeelingWasIt',
          label: 'Which feeling was it?',
          type: 'singleChoice',
          required: false,
          options: [
            { value: 'anxious', label: 'Anxious' },
            { value: 'angry', label: 'Angry' },
          ],
        },
        {
          key: 'howStrongWasTheFeeling',
          label: 'How strong was the feeling?',
          type: 'scale',
          required: true,
          min: 0,
          max: 10,
          minLabel: 'Not at all',
          maxLabel: 'Overwhelming',
        },
        {
          key: 'thoughts',
          label: 'Thoughts',
          type: 'group',
          required: false,
          itemLabel: 'Thought',
          minItems: 1,
          maxItems: 5,
          fields: [
            { key: 'theThought', label: 'The thought', type: 'shortText', required: true },
            {
              key: 'howMuchDoYouBelieve',
              label: 'How much do you believe it?',
              type: 'scale',
              required: false,
              min: 0,
              max: 100,
            },
          ],
        },
      ],
    });
    expect(await screen.findByText('“Thought record” was added to the library.')).toBeInTheDocument();
  });

  it('checks the template with the contract before sending, and focuses the first problem', async () => {
    const createTemplate = jest.fn();
    renderRoute(`${libraryPath}/new`, { me: clinician(), seed: seedSettings, apiClient: { createTemplate } });

    fireEvent.click(await screen.findByRole('button', { name: 'Save template' }));

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() =>
      expect(title).toHaveAccessibleDescription('Give it a title of at least 2 characters'),
    );
    expect(title).toHaveFocus();
    expect(screen.getByLabelText(/^Kind/)).toHaveAccessibleDescription(
      expect.stringContaining('Choose what kind of homework this is'),
    );
    expect(own(question(1), /^Question text/)).toHaveAccessibleDescription('Give the question a label');

    // A scale upside down, and a choice with one option, are refused on their fields.
    type(/^Title/, 'Mood check');
    fireEvent.change(own(document.body, /^Kind/), { target: { value: 'journal' } });
    typeIn(question(1), /^Question text/, 'Mood');
    chooseType(question(1), 'scale');
    typeIn(question(1), /^Highest point/, '-5');
    fireEvent.click(button('Add a question'));
    typeIn(question(2), /^Question text/, 'Why?');
    chooseType(question(2), 'multiChoice');
    typeIn(question(2), 'Option 1', 'Work');
    fireEvent.click(within(question(2)).getByRole('button', { name: 'Remove option 2' }));
    fireEvent.click(button('Save template'));

    await waitFor(() =>
      expect(own(question(1), /^Highest point/)).toHaveAccessibleDescription(
        'The top of the scale must be above the bottom',
      ),
    );
    expect(within(question(2)).getByRole('alert')).toHaveTextContent('Give at least two options');
    expect(createTemplate).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors on their fields and focuses the first', async () => {
    const createTemplate = jest.fn().mockRejectedValue(
      problem(400, {
        detail: 'Check the highlighted fields.',
        errors: [
          { path: 'fields.0.options.1.label', message: 'Use different words for each option' },
          { path: 'fields.0.key', message: 'This key is kept for questionnaires' },
        ],
      }),
    );
    renderRoute(`${libraryPath}/new`, { me: clinician(), seed: seedSettings, apiClient: { createTemplate } });

    await screen.findByLabelText(/^Title/);
    type(/^Title/, 'Weekly check-in');
    fireEvent.change(own(document.body, /^Kind/), { target: { value: 'journal' } });
    typeIn(question(1), /^Question text/, 'Item 1');
    chooseType(question(1), 'singleChoice');
    typeIn(question(1), 'Option 1', 'Yes');
    typeIn(question(1), 'Option 2', 'Yes!');
    fireEvent.click(button('Save template'));

    const option = within(question(1)).getByRole('textbox', { name: 'Option 2' });
    await waitFor(() => expect(option).toHaveAccessibleDescription('Use different words for each option'));
    expect(option).toHaveAttribute('aria-invalid', 'true');
    expect(option).toHaveFocus();
    expect(own(question(1), 'Key')).toHaveAccessibleDescription(
      expect.stringContaining('This key is kept for questionnaires'),
    );
    expect(createTemplate).toHaveBeenCalledWith(
      CLINIC_ID,
      expect.objectContaining({
        fields: [
          expect.objectContaining({
            key: 'item1',
            options: [
              { value: 'yes', label: 'Yes' },
              { value: 'yes_2', label: 'Yes!' },
            ],
          }),
        ],
      }),
    );
  });
});

describe('editing a template', () => {
  it('says saving makes a new version, keeps keys, and sends the new content', async () => {
    const current = thoughtRecord();
    const updateTemplate = jest
      .fn()
      .mockImplementation((_clinicId, _id, body) => Promise.resolve({ ...current, ...body, version: 4 }));
    const { router } = renderRoute(`${libraryPath}/${current.id}/edit`, {
      me: clinician(),
      seed: seedTemplate(current),
      apiClient: { updateTemplate },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Thought record' })).toBeInTheDocument();
    expect(screen.getByText('Saving makes version 4')).toBeInTheDocument();
    expect(screen.getByText(/Homework already assigned keeps the version it was given/)).toBeInTheDocument();
    expect(screen.getByText('Worksheet')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Kind/ })).not.toBeInTheDocument();

    // Nothing changed: no new version.
    fireEvent.click(screen.getByRole('button', { name: 'Save as version 4' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing has changed yet');
    expect(updateTemplate).not.toHaveBeenCalled();

    typeIn(question(1), /^Question text/, 'What happened today?');
    expect(own(question(1), 'Key')).toHaveValue('situation');
    typeIn(question(2), /^Highest point/, '8');
    fireEvent.click(screen.getByRole('button', { name: 'Save as version 4' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${libraryPath}/${current.id}`));
    const [first, scale, ...rest] = current.fields;
    expect(updateTemplate).toHaveBeenCalledWith(CLINIC_ID, current.id, {
      title: 'Thought record',
      instructions: current.instructions,
      fields: [{ ...first, label: 'What happened today?' }, { ...scale, max: 8 }, ...rest],
    });
    expect(await screen.findByText('“Thought record” saved as version 4.')).toBeInTheDocument();
  });

  it('offers no form for a standard questionnaire', async () => {
    renderRoute(`${libraryPath}/${phq9().id}/edit`, { me: clinician(), seed: seedTemplate(phq9()) });

    expect(await screen.findByText('Questionnaires cannot be edited')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });
});
