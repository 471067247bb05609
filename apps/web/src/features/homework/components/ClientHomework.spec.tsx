import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientRecord, clinician, clinicSettings } from '../../../test-utils/fixtures';
import {
  assignment,
  assignmentId,
  declineId,
  occurrence,
  prepTask,
  queueItem,
  reviewQueue,
  score,
  submissionId,
} from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const client = clientRecord(1, { name: 'Jordan Lee', preferredName: 'Jo' });
const path = `/clinics/${CLINIC_ID}/clients/${client.id}`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));
const pending = () => new Promise<never>(() => undefined);

const base = {
  getClient: () => Promise.resolve(client),
  getCaseloadHistory: pending,
  getSafetyPlan: pending,
};

const empty = {
  listAssignments: () => Promise.resolve({ items: [], nextCursor: null }),
  getClientActivity: () => Promise.resolve(reviewQueue([])),
  listScores: () => Promise.resolve({ items: [] }),
  listPrepTasks: () => Promise.resolve({ items: [] }),
};

describe('homework on the client page', () => {
  it('explains each empty section and offers to assign homework', async () => {
    renderRoute(path, { me: clinician(), seed, apiClient: { ...base, ...empty } });

    const homework = await screen.findByRole('region', { name: 'Homework' });
    expect(
      await within(homework).findByRole('heading', { name: 'No homework assigned yet' }),
    ).toBeInTheDocument();
    expect(within(homework).getByRole('link', { name: 'Assign homework' })).toHaveAttribute(
      'href',
      `${path}/assign`,
    );
    expect(
      await within(screen.getByRole('region', { name: 'Activity' })).findByRole('heading', {
        name: 'No activity yet',
      }),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByRole('region', { name: 'Scores' })).findByRole('heading', {
        name: 'No scores yet',
      }),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByRole('region', { name: 'Your prep tasks' })).findByText(
        /No open prep tasks for Jordan Lee/,
      ),
    ).toBeInTheDocument();
  });

  it('lists assignments with status, counts and next due, and each due date in words on expand', async () => {
    const listOccurrences = jest.fn().mockResolvedValue({
      items: [
        occurrence(1, {
          localDate: '2026-03-09',
          status: 'submitted',
          late: true,
          submissionId: submissionId(1),
        }),
        occurrence(2, {
          localDate: '2026-03-10',
          status: 'declined',
          decline: {
            id: declineId(1),
            reason: 'no_time',
            note: null,
            declinedAt: '2026-03-10T12:00:00.000Z',
            discussedAt: null,
            discussedNote: null,
          },
        }),
        occurrence(3, { localDate: '2026-03-11', status: 'pending', overdue: true }),
        occurrence(4, { localDate: '2026-03-12', localTime: '18:00', status: 'pending' }),
      ],
    });
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        ...base,
        ...empty,
        listAssignments: () =>
          Promise.resolve({
            items: [
              assignment(1, { template: { ...assignment(1).template, title: 'Evening journal' } }),
              assignment(2, {
                status: 'paused',
                template: { ...assignment(2).template, title: 'Activity schedule', kind: 'schedule' },
              }),
            ],
            nextCursor: null,
          }),
        listOccurrences,
      },
    });

    const list = await screen.findByRole('list', { name: 'Assigned homework' });
    const journal = within(list).getByRole('listitem', { name: 'Evening journal' });
    expect(journal).toHaveTextContent('Active');
    expect(journal).toHaveTextContent('Daily at 18:00 from Mon 9 Mar, 7 times in all');
    expect(journal).toHaveTextContent('3 of 7 done · 1 overdue');
    expect(journal).toHaveTextContent('Next due Thu 12 Mar, 18:00');
    expect(within(list).getByRole('listitem', { name: 'Activity schedule' })).toHaveTextContent('Paused');

    const toggle = within(journal).getByRole('button', { name: 'Show due dates' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    const dates = await within(journal).findByRole('list', { name: 'Due dates of Evening journal' });
    expect(listOccurrences).toHaveBeenCalledWith(CLINIC_ID, assignmentId(1), expect.anything());
    expect(
      within(dates)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Due Mon 9 Mar, 18:00Submitted late/),
      'Due Tue 10 Mar, 18:00Declined — no time',
      'Due Wed 11 Mar, 18:00Overdue',
      'Due Thu 12 Mar, 18:00Not due yet',
    ]);
    expect(within(dates).getByRole('link', { name: /Read the answers/ })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/submissions/${submissionId(1)}`,
    );
  });

  it('pauses an assignment after a confirmation', async () => {
    const updateAssignment = jest.fn().mockResolvedValue(assignment(1, { status: 'paused' }));
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        ...base,
        ...empty,
        listAssignments: () => Promise.resolve({ items: [assignment(1)], nextCursor: null }),
        updateAssignment,
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pause Assignment 1 for Jo?' });
    expect(dialog).toHaveTextContent('No new due dates or reminders');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));

    await waitFor(() =>
      expect(updateAssignment).toHaveBeenCalledWith(CLINIC_ID, assignmentId(1), { status: 'paused' }),
    );
  });

  it('shows the activity with declines in words, the scores as a table too, and prep tasks', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        ...base,
        ...empty,
        getClientActivity: () =>
          Promise.resolve(
            reviewQueue([
              queueItem(1, { title: 'Thought record', late: true, flagged: true }),
              queueItem(2, {
                type: 'decline',
                id: declineId(1),
                title: 'Facing a feared situation',
                declineReason: 'not_safe',
              }),
            ]),
          ),
        listScores: () =>
          Promise.resolve({
            items: [
              score(1, { total: 18, band: 'moderately_severe', scoredAt: '2026-02-01T12:00:00.000Z' }),
              score(2, { measure: 'gad7', total: 9, band: 'mild', scoredAt: '2026-02-01T12:05:00.000Z' }),
              score(3, { total: 11, band: 'moderate', scoredAt: '2026-03-01T12:00:00.000Z' }),
            ],
          }),
        listPrepTasks: jest
          .fn()
          .mockResolvedValue({ items: [prepTask(1, { title: 'Read the same chapter' })] }),
      },
    });

    const activity = await screen.findByRole('list', { name: 'Activity, newest first' });
    const [first, second] = within(activity).getAllByRole('listitem');
    expect(first).toHaveTextContent('Late');
    expect(first).toHaveTextContent('Wants to talk about it next session');
    expect(second).toHaveTextContent('Declined — didn’t feel safe');

    const scores = await screen.findByRole('table', { name: 'Questionnaire scores, oldest first' });
    expect(
      within(scores)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['PHQ-9', '18', 'Moderately severe'],
      ['GAD-7', '9', 'Mild'],
      ['PHQ-9', '11', 'Moderate'],
    ]);
    expect(screen.getByText('Latest PHQ-9: 11 (moderate) · Latest GAD-7: 9 (mild)')).toBeInTheDocument();

    const prep = screen.getByRole('region', { name: 'Your prep tasks' });
    expect(
      await within(prep).findByRole('checkbox', { name: 'Mark “Read the same chapter” done' }),
    ).toBeInTheDocument();
  });
});
