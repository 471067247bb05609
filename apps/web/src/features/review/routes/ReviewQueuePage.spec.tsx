import { clinicSettingsKeys } from '@interlude/api-client';
import type { ReviewQueueQuery } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings } from '../../../test-utils/fixtures';
import {
  declineId,
  queueItem,
  reviewQueue,
  riskAlertId,
  submissionId,
} from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/review`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings());

const submissionItem = queueItem(1, { title: 'Thought record', late: true, flagged: true });
const declineItem = queueItem(2, {
  type: 'decline',
  id: declineId(1),
  title: 'Facing a feared situation',
  declineReason: 'too_hard',
  declineNote: 'Not this week',
});
const alertItem = queueItem(3, {
  type: 'risk_alert',
  id: riskAlertId(1),
  title: 'PHQ-9: thoughts of self-harm',
  kind: 'measure',
  client: { id: queueItem(1).client.id, name: 'Sam Rivera' },
});
const all = reviewQueue([submissionItem, declineItem, alertItem]);

function getReviewQueueFake() {
  return jest.fn((_clinicId: string, query: Partial<ReviewQueueQuery> = {}) => {
    const items = all.items.filter((item) =>
      !query.type ? true : query.type === 'flagged' ? item.flagged : item.type === query.type,
    );
    return Promise.resolve({ items, counts: all.counts });
  });
}

describe('the review queue', () => {
  it('puts risk alerts first and filters by kind, with counts on each tab', async () => {
    const getReviewQueue = getReviewQueueFake();
    renderRoute(path, { me: clinician(), seed, apiClient: { getReviewQueue } });

    const list = await screen.findByRole('list', { name: 'Waiting for review' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Risk alert'),
      expect.stringContaining('Thought record'),
      expect.stringContaining('Facing a feared situation'),
    ]);
    expect(rows[1]).toHaveTextContent('Late');
    expect(rows[1]).toHaveTextContent('Wants to talk about it next session');
    expect(within(rows[1]).getByRole('link', { name: 'Thought record' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/submissions/${submissionId(1)}`,
    );
    expect(rows[2]).toHaveTextContent('Declined — too hard right now: “Not this week”');
    expect(screen.getByRole('tab', { name: /All/ })).toHaveTextContent('3');
    expect(screen.getByRole('tab', { name: /Risk alerts/ })).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: /Flagged/ })).toHaveTextContent('1');

    fireEvent.click(screen.getByRole('tab', { name: /Declines/ }));
    await waitFor(() =>
      expect(getReviewQueue).toHaveBeenLastCalledWith(CLINIC_ID, { type: 'decline' }, expect.anything()),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Waiting for review' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    expect(screen.getByRole('tab', { name: /Declines/ })).toHaveAttribute('aria-selected', 'true');

    fireEvent.click(screen.getByRole('tab', { name: /Flagged/ }));
    await waitFor(() =>
      expect(getReviewQueue).toHaveBeenLastCalledWith(CLINIC_ID, { type: 'flagged' }, expect.anything()),
    );
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Waiting for review' })).toHaveTextContent('Thought record'),
    );
  });

  it('says what the queue is for when nothing is waiting', async () => {
    renderRoute(`${path}?type=risk_alert`, {
      me: clinician(),
      seed,
      apiClient: { getReviewQueue: () => Promise.resolve(reviewQueue([])) },
    });
    expect(await screen.findByRole('heading', { name: 'No open risk alerts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your caseload' })).toBeInTheDocument();
  });

  it('acknowledges a risk alert with a note of what was done', async () => {
    const acknowledgeRiskAlert = jest.fn().mockResolvedValue({});
    const getReviewQueue = getReviewQueueFake();
    renderRoute(path, { me: clinician(), seed, apiClient: { getReviewQueue, acknowledgeRiskAlert } });

    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge the risk alert for Sam Rivera' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    expect(await within(dialog).findByText(/Write what you did, e.g. called the client/)).toBeInTheDocument();
    expect(acknowledgeRiskAlert).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/What you did/), {
      target: { value: 'Called Sam; went through the safety plan together.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));

    await waitFor(() =>
      expect(acknowledgeRiskAlert).toHaveBeenCalledWith(CLINIC_ID, riskAlertId(1), {
        note: 'Called Sam; went through the safety plan together.',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('The risk alert for Sam Rivera was acknowledged.')).toBeInTheDocument();
    // The queue is fetched again so the alert leaves it.
    await waitFor(() => expect(getReviewQueue).toHaveBeenCalledTimes(2));
  });

  it('records that a decline was discussed in session', async () => {
    const markDeclineDiscussed = jest.fn().mockResolvedValue({});
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { getReviewQueue: getReviewQueueFake(), markDeclineDiscussed },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Discussed in session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discussed in session' });
    expect(dialog).toHaveTextContent('too hard right now');
    fireEvent.change(within(dialog).getByLabelText(/What you talked about/), {
      target: { value: 'Agreed a smaller first step.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save note' }));

    await waitFor(() =>
      expect(markDeclineDiscussed).toHaveBeenCalledWith(CLINIC_ID, declineId(1), {
        note: 'Agreed a smaller first step.',
      }),
    );
  });
});
