import { clinicSettingsKeys, programKeys } from '@interlude/api-client';
import type { Program } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import { program, programStep, templateId, templateSummary } from '../../../test-utils/template-fixtures';
import { button, control, fieldsetByLegend } from './form-queries';

// These tests drive many fields one event at a time; a busy machine needs more than the default 20 s.
jest.setTimeout(60_000);

const programsPath = `/clinics/${CLINIC_ID}/programs`;
const seedSettings = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));
const seedProgram = (saved: Program) => (client: QueryClient) => {
  seedSettings(client);
  client.setQueryData(programKeys.detail(CLINIC_ID, saved.id), saved);
};

const library = () =>
  Promise.resolve({
    items: [
      templateSummary(1, { title: 'Thought record', kind: 'worksheet' }),
      templateSummary(2, { title: 'Evening journal', kind: 'journal' }),
      templateSummary(3, { title: 'Calling a friend', kind: 'reach_out' }),
    ],
    nextCursor: null,
  });

const step = (n: number) => fieldsetByLegend(`Step ${n}`);

async function chooseTemplate(scope: HTMLElement, title: string) {
  const input = control(scope, /^Template/);
  fireEvent.click(input);
  // The options open in a list the input points at (`aria-controls`).
  const listbox = await waitFor(() => {
    const found = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('The template list did not open');
    return found;
  });
  fireEvent.click(within(listbox).getByRole('option', { name: title }));
}

function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('the programs list', () => {
  it('lists programs with their steps and length, and shows archived ones on request', async () => {
    const listPrograms = jest.fn().mockImplementation((_clinicId, status) =>
      Promise.resolve({
        items:
          status === 'archived'
            ? []
            : [
                program(1, {
                  name: 'Four weeks of journalling',
                  steps: [programStep(1), programStep(2), programStep(3)],
                  lengthDays: 28,
                }),
                program(2, { name: 'Getting out again', source: 'library', lengthDays: 10 }),
              ],
      }),
    );
    const { router } = renderRoute(programsPath, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { listPrograms },
    });

    const table = await screen.findByRole('table', { name: 'Programs' });
    expect(rows(table)).toEqual([
      ['Four weeks of journalling', '3 steps', '4 weeks', 'Clinic'],
      ['Getting out again', '1 step', '10 days', 'Library'],
    ]);
    expect(within(table).getByRole('link', { name: 'Four weeks of journalling' })).toHaveAttribute(
      'href',
      `${programsPath}/${program(1).id}`,
    );
    expect(listPrograms).toHaveBeenCalledWith(CLINIC_ID, 'active', expect.anything());

    fireEvent.click(screen.getByRole('switch', { name: 'Show archived programs' }));
    expect(await screen.findByRole('heading', { name: 'No archived programs' })).toBeInTheDocument();
    expect(listPrograms).toHaveBeenLastCalledWith(CLINIC_ID, 'archived', expect.anything());
    expect(router.state.location.search).toBe('?status=archived');

    fireEvent.click(screen.getByRole('button', { name: 'Show active programs' }));
    expect(await screen.findByRole('table', { name: 'Programs' })).toBeInTheDocument();
  });

  it('explains programs when there are none, and offers to make one', async () => {
    renderRoute(programsPath, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { listPrograms: () => Promise.resolve({ items: [] }) },
    });

    expect(await screen.findByRole('heading', { name: 'No programs yet' })).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'New program' })) {
      expect(link).toHaveAttribute('href', `${programsPath}/new`);
    }
  });
});

describe('the program editor', () => {
  it('saves the ordered steps with their templates, start days and repeats', async () => {
    const createProgram = jest.fn().mockResolvedValue(program(7, { name: 'Back to work' }));
    const { router } = renderRoute(`${programsPath}/new`, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { listTemplates: library, createProgram },
    });

    fireEvent.change(await screen.findByRole('textbox', { name: /^Name/ }), {
      target: { value: 'Back to work' },
    });
    fireEvent.change(control(document.body, /^Description/), {
      target: { value: 'For clients returning after sick leave.' },
    });

    // Step 1: the journal every day for a week.
    await chooseTemplate(step(1), 'Evening journal');
    fireEvent.change(control(step(1), 'Repeats'), { target: { value: 'daily' } });
    fireEvent.change(control(step(1), 'How many times in all'), {
      target: { value: '7' },
    });

    // Step 2: the thought record on chosen weekdays from the second week.
    fireEvent.click(button('Add a step'));
    await chooseTemplate(step(2), 'Thought record');
    fireEvent.change(control(step(2), /^Starts after/), { target: { value: '7' } });
    fireEvent.change(control(step(2), 'Repeats'), {
      target: { value: 'weekdays' },
    });
    fireEvent.click(control(step(2), 'Monday'));
    fireEvent.click(control(step(2), 'Friday'));
    fireEvent.change(control(step(2), 'How many times in all'), {
      target: { value: '4' },
    });

    // Step 3: calling someone twice a week, with its own instructions; then it moves to second place.
    fireEvent.click(button('Add a step'));
    expect(control(step(3), /^Starts after/)).toHaveValue('7');
    await chooseTemplate(step(3), 'Calling a friend');
    fireEvent.change(control(step(3), 'Repeats'), {
      target: { value: 'timesPerWeek' },
    });
    fireEvent.change(control(step(3), /^Times a week/), { target: { value: '2' } });
    fireEvent.change(control(step(3), 'How many times in all'), {
      target: { value: '4' },
    });
    fireEvent.change(control(step(3), /^Instructions for this step/), {
      target: { value: 'Someone you trust.' },
    });
    fireEvent.click(button('Move step 3 up'));
    await waitFor(() => expect(button('Move step 2 up')).toHaveFocus());

    fireEvent.click(button('Save program'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${programsPath}/${program(7).id}`));
    expect(createProgram).toHaveBeenCalledWith(CLINIC_ID, {
      name: 'Back to work',
      description: 'For clients returning after sick leave.',
      steps: [
        { templateId: templateId(2), dayOffset: 0, recurrence: { kind: 'daily', count: 7 } },
        {
          templateId: templateId(3),
          dayOffset: 7,
          recurrence: { kind: 'timesPerWeek', timesPerWeek: 2, count: 4 },
          instructions: 'Someone you trust.',
        },
        {
          templateId: templateId(1),
          dayOffset: 7,
          recurrence: { kind: 'weekdays', days: ['mon', 'fri'], count: 4 },
        },
      ],
    });
    expect(await screen.findByText('“Back to work” was saved.')).toBeInTheDocument();
  });

  it('checks the steps before sending, and shows the API’s errors on their fields', async () => {
    const createProgram = jest
      .fn()
      .mockRejectedValue(
        problem(400, { errors: [{ path: 'steps.0.dayOffset', message: 'Start within the first year' }] }),
      );
    renderRoute(`${programsPath}/new`, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { listTemplates: library, createProgram },
    });

    fireEvent.change(await screen.findByRole('textbox', { name: /^Name/ }), {
      target: { value: 'Short plan' },
    });
    fireEvent.change(within(step(1)).getByRole('combobox', { name: 'Repeats' }), {
      target: { value: 'weekdays' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save program' }));

    const template = within(step(1)).getByRole('combobox', { name: /^Template/ });
    await waitFor(() => expect(template).toHaveAccessibleDescription('Choose a template'));
    expect(within(step(1)).getByText('Choose at least one day of the week')).toBeInTheDocument();
    expect(createProgram).not.toHaveBeenCalled();

    await chooseTemplate(step(1), 'Evening journal');
    fireEvent.click(within(step(1)).getByRole('checkbox', { name: 'Sunday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save program' }));

    const start = within(step(1)).getByRole('textbox', { name: /^Starts after/ });
    await waitFor(() => expect(start).toHaveAccessibleDescription(/Start within the first year/));
    expect(start).toHaveFocus();
    expect(createProgram).toHaveBeenCalledWith(CLINIC_ID, {
      name: 'Short plan',
      description: '',
      steps: [
        {
          templateId: templateId(2),
          dayOffset: 0,
          recurrence: { kind: 'weekdays', days: ['sun'], count: 1 },
        },
      ],
    });
  });

  it('edits a saved program, keeping a step whose template is now archived', async () => {
    const saved = program(1, {
      name: 'Four weeks of journalling',
      description: 'Daily writing.',
      steps: [
        programStep(1, {
          template: { id: templateId(2), title: 'Evening journal', kind: 'journal' },
          recurrence: { kind: 'daily', count: 28 },
        }),
        programStep(2, {
          template: { id: templateId(8), title: 'Old mood diary', kind: 'journal' },
          dayOffset: 14,
          recurrence: { kind: 'weekly', count: 2 },
          instructions: 'Compare with week one.',
        }),
      ],
    });
    const updateProgram = jest.fn().mockResolvedValue({ ...saved, name: 'Three weeks of journalling' });
    const { router } = renderRoute(`${programsPath}/${saved.id}/edit`, {
      me: clinician(),
      seed: seedProgram(saved),
      apiClient: { listTemplates: library, updateProgram },
    });

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(within(step(2)).getByRole('combobox', { name: /^Template/ })).toHaveValue('Old mood diary');
    fireEvent.change(name, { target: { value: 'Three weeks of journalling' } });
    fireEvent.change(within(step(1)).getByRole('textbox', { name: 'How many times in all' }), {
      target: { value: '21' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save program' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${programsPath}/${saved.id}`));
    expect(updateProgram).toHaveBeenCalledWith(CLINIC_ID, saved.id, {
      name: 'Three weeks of journalling',
      description: 'Daily writing.',
      steps: [
        { templateId: templateId(2), dayOffset: 0, recurrence: { kind: 'daily', count: 21 } },
        {
          templateId: templateId(8),
          dayOffset: 14,
          recurrence: { kind: 'weekly', count: 2 },
          instructions: 'Compare with week one.',
        },
      ],
    });
  });
});

describe('a program’s page', () => {
  it('lists the steps in words and archives after confirming', async () => {
    const saved = program(1, {
      name: 'Four weeks of journalling',
      lengthDays: 28,
      steps: [
        programStep(1, {
          template: { id: templateId(2), title: 'Evening journal', kind: 'journal' },
          recurrence: { kind: 'daily', count: 28 },
        }),
        programStep(2, {
          template: { id: templateId(1), title: 'Thought record', kind: 'worksheet' },
          dayOffset: 7,
          recurrence: { kind: 'weekdays', days: ['mon', 'wed', 'fri'], count: 9 },
        }),
      ],
    });
    const updateProgram = jest.fn().mockResolvedValue({ ...saved, status: 'archived' });
    renderRoute(`${programsPath}/${saved.id}`, {
      me: clinician(),
      seed: seedSettings,
      apiClient: { getProgram: () => Promise.resolve(saved), updateProgram },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Four weeks of journalling' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 steps · 4 weeks')).toBeInTheDocument();
    const steps = within(screen.getByRole('region', { name: 'Steps' })).getAllByRole('listitem');
    expect(steps.map((item) => item.textContent)).toEqual([
      'Evening journal (Journal)Starts on the first day · Every day, 28 times',
      'Thought record (Worksheet)Starts after 7 days · Mon, Wed and Fri, 9 times in all',
    ]);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `${programsPath}/${saved.id}/edit`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Archive…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Four weeks of journalling”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));

    await waitFor(() =>
      expect(updateProgram).toHaveBeenCalledWith(CLINIC_ID, saved.id, { status: 'archived' }),
    );
    expect(await screen.findByRole('button', { name: 'Restore…' })).toBeInTheDocument();
    expect(screen.getByText('“Four weeks of journalling” was archived.')).toBeInTheDocument();
  });
});
