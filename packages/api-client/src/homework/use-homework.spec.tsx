import type { Feedback, Submission } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { createFakeApiClient } from '../testing/fake-api-client';
import {
  assignmentKeys,
  dashboardKeys,
  prepTaskKeys,
  reviewKeys,
  riskAlertKeys,
  submissionKeys,
  useAcknowledgeRiskAlert,
  useAssignments,
  useGiveFeedback,
  useUpdatePrepTask,
} from './use-homework';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const otherClinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d99';
const clientId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e6001';
const submissionId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e7001';

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
  return { queryClient, wrapper, invalidated };
}

describe('homework queries', () => {
  it('list a client’s assignments under a clinic-scoped key', async () => {
    const listAssignments = jest.fn().mockResolvedValue({ items: [], nextCursor: null });
    const { wrapper, queryClient } = setup({ listAssignments });

    const { result } = renderHook(() => useAssignments(clinicId, { clientId }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(listAssignments).toHaveBeenCalledWith(clinicId, { limit: 100, clientId }, expect.anything());
    expect(queryClient.getQueryData(assignmentKeys.list(clinicId, { clientId }))).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(assignmentKeys.occurrences(clinicId, 'a1')).toEqual([
      clinicId,
      'assignments',
      'detail',
      'a1',
      'occurrences',
    ]);
  });
});

describe('homework mutations', () => {
  it('feedback joins the thread and refreshes the submission, the review queue and the dashboard', async () => {
    const feedback: Feedback = {
      id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e7101',
      text: 'Well noticed.',
      author: 'Cal Clinician',
      createdAt: '2026-07-01T12:00:00.000Z',
    };
    const giveFeedback = jest.fn().mockResolvedValue(feedback);
    const { queryClient, wrapper, invalidated } = setup({ giveFeedback });
    queryClient.setQueryData(submissionKeys.detail(clinicId, submissionId), {
      id: submissionId,
      feedback: [],
    } as unknown as Submission);
    queryClient.setQueryData(reviewKeys.queue(clinicId, {}), { items: [] });
    queryClient.setQueryData(dashboardKeys.all(clinicId), {});
    queryClient.setQueryData(dashboardKeys.all(otherClinicId), {});
    queryClient.setQueryData(prepTaskKeys.list(clinicId, {}), { items: [] });

    const { result } = renderHook(() => useGiveFeedback(clinicId, submissionId), { wrapper });
    await act(() => result.current.mutateAsync('Well noticed.'));

    expect(giveFeedback).toHaveBeenCalledWith(clinicId, submissionId, 'Well noticed.');
    expect(
      queryClient.getQueryData<Submission>(submissionKeys.detail(clinicId, submissionId))?.feedback,
    ).toEqual([feedback]);
    expect(invalidated(submissionKeys.detail(clinicId, submissionId))).toBe(true);
    expect(invalidated(reviewKeys.queue(clinicId, {}))).toBe(true);
    expect(invalidated(dashboardKeys.all(clinicId))).toBe(true);
    expect(invalidated(dashboardKeys.all(otherClinicId))).toBe(false);
    expect(invalidated(prepTaskKeys.list(clinicId, {}))).toBe(false);
  });

  it('acknowledging a risk alert refreshes alerts, the queue and the dashboard', async () => {
    const acknowledgeRiskAlert = jest.fn().mockResolvedValue({});
    const { queryClient, wrapper, invalidated } = setup({ acknowledgeRiskAlert });
    queryClient.setQueryData(riskAlertKeys.list(clinicId, { status: 'open' }), { items: [] });
    queryClient.setQueryData(reviewKeys.activity(clinicId, clientId), { items: [] });
    queryClient.setQueryData(dashboardKeys.all(clinicId), {});

    const { result } = renderHook(() => useAcknowledgeRiskAlert(clinicId), { wrapper });
    await act(() => result.current.mutateAsync({ alertId: 'r1', body: { note: 'Called the client.' } }));

    expect(acknowledgeRiskAlert).toHaveBeenCalledWith(clinicId, 'r1', { note: 'Called the client.' });
    expect(invalidated(riskAlertKeys.list(clinicId, { status: 'open' }))).toBe(true);
    expect(invalidated(reviewKeys.activity(clinicId, clientId))).toBe(true);
    expect(invalidated(dashboardKeys.all(clinicId))).toBe(true);
  });

  it('ticking a prep task refreshes the task lists and the dashboard only', async () => {
    const updatePrepTask = jest.fn().mockResolvedValue({});
    const { queryClient, wrapper, invalidated } = setup({ updatePrepTask });
    queryClient.setQueryData(prepTaskKeys.list(clinicId, { status: 'open' }), { items: [] });
    queryClient.setQueryData(dashboardKeys.all(clinicId), {});
    queryClient.setQueryData(reviewKeys.queue(clinicId, {}), { items: [] });

    const { result } = renderHook(() => useUpdatePrepTask(clinicId), { wrapper });
    await act(() => result.current.mutateAsync({ taskId: 't1', body: { done: true } }));

    expect(updatePrepTask).toHaveBeenCalledWith(clinicId, 't1', { done: true });
    expect(invalidated(prepTaskKeys.list(clinicId, { status: 'open' }))).toBe(true);
    expect(invalidated(dashboardKeys.all(clinicId))).toBe(true);
    expect(invalidated(reviewKeys.queue(clinicId, {}))).toBe(false);
  });
});
