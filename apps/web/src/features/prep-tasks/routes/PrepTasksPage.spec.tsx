import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientRecord, clinician, clinicSettings } from '../../../test-utils/fixtures';
import { prepTask, prepTaskId } from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/prep-tasks`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings());

describe('prep tasks', () => {
  it('explains what they are when there are none, and adds one for a client', async () => {
    const createPrepTask = jest.fn().mockResolvedValue(prepTask(1, { title: 'Read chapter 3' }));
    const listPrepTasks = jest.fn().mockResolvedValue({ items: [] });
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        listPrepTasks,
        createPrepTask,
        listClients: () =>
          Promise.resolve({ items: [clientRecord(1, { name: 'Jordan Lee' })], nextCursor: null }),
      },
    });

    expect(await screen.findByRole('heading', { name: 'No open prep tasks' })).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a task' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Add a prep task' });
    fireEvent.change(within(dialog).getByLabelText(/Title/), { target: { value: 'Read chapter 3' } });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Client/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Jordan Lee' }));
    expect(within(dialog).getByText(/due the day before the client’s next session/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add task' }));

    await waitFor(() =>
      expect(createPrepTask).toHaveBeenCalledWith(CLINIC_ID, {
        title: 'Read chapter 3',
        notes: '',
        clientId: clientRecord(1).id,
      }),
    );
    expect(listPrepTasks).toHaveBeenCalledWith(CLINIC_ID, { status: 'open' }, expect.anything());
  });

  it('ticks a task done', async () => {
    const updatePrepTask = jest.fn().mockResolvedValue(prepTask(1, { done: true }));
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        listPrepTasks: () =>
          Promise.resolve({
            items: [
              prepTask(1, { client: { id: clientRecord(1).id, name: 'Jordan Lee' }, dueDate: '2026-03-14' }),
            ],
          }),
        updatePrepTask,
      },
    });

    const list = await screen.findByRole('list', { name: 'Open prep tasks' });
    expect(list).toHaveTextContent('Due Sat 14 Mar');
    expect(within(list).getByRole('link', { name: 'Jordan Lee' })).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Mark “Prep task 1” done' }));

    await waitFor(() =>
      expect(updatePrepTask).toHaveBeenCalledWith(CLINIC_ID, prepTaskId(1), { done: true }),
    );
  });
});
