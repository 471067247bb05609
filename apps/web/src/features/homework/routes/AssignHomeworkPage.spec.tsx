import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientRecord, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { assignment, program, templateSummary } from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const client = clientRecord(1, { name: 'Jordan Lee', preferredName: 'Jo', timezone: 'Europe/London' });
const path = `/clinics/${CLINIC_ID}/clients/${client.id}/assign`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings());

const thoughtRecord = templateSummary(1, { title: 'Thought record', kind: 'worksheet' });
const exposure = templateSummary(2, { title: 'Facing a feared situation', kind: 'event_plan' });
const activation = program(1, { name: 'Behavioural activation, 4 weeks' });

function setup(extra: { createAssignments?: jest.Mock } = {}) {
  const createAssignments =
    extra.createAssignments ?? jest.fn().mockResolvedValue({ items: [assignment(1)] });
  const listTemplates = jest.fn().mockResolvedValue({ items: [thoughtRecord, exposure], nextCursor: null });
  const listPrograms = jest.fn().mockResolvedValue({ items: [activation] });
  const rendered = renderRoute(path, {
    me: clinician(),
    seed,
    apiClient: {
      getClient: () => Promise.resolve(client),
      listTemplates,
      listPrograms,
      createAssignments,
      // The client page it returns to.
      getCaseloadHistory: () => new Promise(() => undefined),
      getSafetyPlan: () => new Promise(() => undefined),
      listAssignments: () => new Promise(() => undefined),
      getClientActivity: () => new Promise(() => undefined),
      listScores: () => new Promise(() => undefined),
      listPrepTasks: () => new Promise(() => undefined),
    },
  });
  return { ...rendered, createAssignments, listTemplates, listPrograms };
}

async function choose(name: string) {
  const form = await screen.findByRole('form', { name: 'Assign homework' });
  fireEvent.click(within(form).getByRole('combobox', { name: /Template or program/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
  return form;
}

function confirmCheck(form: HTMLElement, safety: 'Yes' | 'No') {
  fireEvent.click(within(form).getByRole('checkbox', { name: 'This is relevant to the treatment goals' }));
  fireEvent.click(within(form).getByRole('checkbox', { name: 'This is within Jo’s ability right now' }));
  const question = within(form).getByRole('radiogroup', { name: /safety concern/ });
  fireEvent.click(within(question).getByRole('radio', { name: safety }));
}

describe('assigning homework', () => {
  it('offers programs and templates grouped by kind, from active ones only', async () => {
    const { listTemplates, listPrograms } = setup();
    const form = await screen.findByRole('form', { name: 'Assign homework' });
    fireEvent.click(within(form).getByRole('combobox', { name: /Template or program/ }));

    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('Programs')).toBeInTheDocument();
    expect(within(listbox).getByText('Worksheet')).toBeInTheDocument();
    expect(within(listbox).getByText('Event plan')).toBeInTheDocument();
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Behavioural activation, 4 weeks', 'Facing a feared situation', 'Thought record']);
    expect(listTemplates).toHaveBeenCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 100, cursor: undefined },
      expect.anything(),
    );
    expect(listPrograms).toHaveBeenCalledWith(CLINIC_ID, 'active', expect.anything());
  });

  it('sends a template on a one-off schedule; a safety concern needs a back-up plan and links the safety plan', async () => {
    const { createAssignments, router } = setup();
    const form = await choose('Facing a feared situation');

    fireEvent.change(within(form).getByLabelText(/Instructions for the client/), {
      target: { value: 'Go to the supermarket at a quiet time.' },
    });
    fireEvent.change(within(form).getByLabelText(/Due date/), { target: { value: '2026-03-12' } });
    fireEvent.change(within(form).getByLabelText(/Due time/), { target: { value: '17:30' } });
    confirmCheck(form, 'Yes');

    expect(within(form).getByRole('link', { name: 'Review Jo’s safety plan' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/clients/${client.id}#client-safety-plan`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(
      await within(form).findByText('A safety concern needs a back-up plan for the client'),
    ).toBeInTheDocument();
    expect(createAssignments).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/Back-up plan/), {
      target: { value: 'Leave, sit in the car and do the breathing exercise.' },
    });
    fireEvent.click(within(form).getByRole('switch', { name: /must accept before it starts/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    await waitFor(() => expect(createAssignments).toHaveBeenCalledTimes(1));
    expect(createAssignments).toHaveBeenCalledWith(CLINIC_ID, client.id, {
      templateId: exposure.id,
      schedule: { kind: 'once', dueDate: '2026-03-12', dueTime: '17:30' },
      instructions: 'Go to the supermarket at a quiet time.',
      check: { relevant: true, withinAbility: true, safetyConcern: true },
      backupPlan: 'Leave, sit in the car and do the breathing exercise.',
      requiresAcceptance: true,
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}/clients/${client.id}`),
    );
  });

  it('asks to confirm relevance and ability before sending', async () => {
    const { createAssignments } = setup();
    const form = await choose('Thought record');
    fireEvent.change(within(form).getByLabelText(/Due date/), { target: { value: '2026-03-12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(
      await within(form).findByText('Confirm the homework is relevant to the treatment goals'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Confirm the client can do this now')).toBeInTheDocument();
    expect(
      within(form).getByText('Say whether doing this raises an emotional or physical safety concern'),
    ).toBeInTheDocument();
    expect(createAssignments).not.toHaveBeenCalled();
  });

  it('builds a recurring schedule on chosen weekdays that ends after a number of times', async () => {
    const { createAssignments } = setup();
    const form = await choose('Thought record');
    fireEvent.click(within(form).getByRole('radio', { name: 'On chosen days of the week' }));
    fireEvent.change(within(form).getByLabelText(/Start date/), { target: { value: '2026-03-09' } });
    fireEvent.change(within(form).getByLabelText(/Time of day/), { target: { value: '20:00' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Mon' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Thu' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Number of times' }), {
      target: { value: '6' },
    });
    confirmCheck(form, 'No');
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    await waitFor(() => expect(createAssignments).toHaveBeenCalledTimes(1));
    expect(createAssignments.mock.calls[0][2]).toEqual({
      templateId: thoughtRecord.id,
      schedule: { kind: 'weekdays', startDate: '2026-03-09', time: '20:00', count: 6, days: ['mon', 'thu'] },
      check: { relevant: true, withinAbility: true, safetyConcern: false },
      requiresAcceptance: false,
    });
  });

  it('sends a program with its start date and time instead of a schedule', async () => {
    const { createAssignments } = setup({
      createAssignments: jest.fn().mockResolvedValue({ items: [assignment(1), assignment(2)] }),
    });
    const form = await choose('Behavioural activation, 4 weeks');
    expect(within(form).getByText(/1 step over 28 days/)).toBeInTheDocument();
    expect(within(form).queryByRole('radiogroup', { name: 'How often' })).not.toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText(/Start date/), { target: { value: '2026-03-16' } });
    fireEvent.change(within(form).getByLabelText(/^Time/), { target: { value: '09:00' } });
    confirmCheck(form, 'No');
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    await waitFor(() => expect(createAssignments).toHaveBeenCalledTimes(1));
    expect(createAssignments).toHaveBeenCalledWith(CLINIC_ID, client.id, {
      programId: activation.id,
      startDate: '2026-03-16',
      time: '09:00',
      check: { relevant: true, withinAbility: true, safetyConcern: false },
      requiresAcceptance: false,
    });
    expect(await screen.findByText('2 pieces of homework were assigned to Jo.')).toBeInTheDocument();
  });

  it('shows the server’s field errors on their fields', async () => {
    const createAssignments = jest
      .fn()
      .mockRejectedValue(
        problem(400, { errors: [{ path: 'schedule.dueDate', message: 'The due date is in the past' }] }),
      );
    setup({ createAssignments });
    const form = await choose('Thought record');
    fireEvent.change(within(form).getByLabelText(/Due date/), { target: { value: '2020-01-01' } });
    confirmCheck(form, 'No');
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(await within(form).findByText('The due date is in the past')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Due date/)).toHaveAttribute('aria-invalid', 'true');
  });
});
