import type { MyProposal, SubmitRequest, SubmitResult } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { ApiError } from '../http/api-error';
import { createFakeApiClient } from '../testing/fake-api-client';
import {
  myHomeworkKeys,
  useAcceptAssignment,
  useDeclineOccurrence,
  useMyAssignments,
  useSaveDraft,
  useSubmitOccurrence,
} from './use-my-homework';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const otherClinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d99';
const occurrenceId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d20';
const assignmentId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d21';

const result: SubmitResult = {
  submissionId: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d22',
  occurrenceId,
  submittedAt: '2026-12-01T10:00:00.000Z',
  late: false,
  score: null,
  showSafetyPlan: false,
};

const proposal = (id: string): MyProposal => ({
  assignmentId: id,
  kind: 'journal',
  title: 'Evening journal',
  instructions: '',
  firstDueAt: null,
  occurrences: 7,
  proposedAt: '2026-12-01T10:00:00.000Z',
  assignedBy: 'Dr Ada Okafor',
});

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { queryClient, wrapper };
}

const invalidated = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryState(key)?.isInvalidated;

describe('useMyAssignments', () => {
  it('asks for one "when" under the clinic-scoped my-homework key', async () => {
    const listMyAssignments = jest.fn().mockResolvedValue({ items: [] });
    const { wrapper, queryClient } = setup({ listMyAssignments });

    const { result: hook } = renderHook(() => useMyAssignments(clinicId, 'overdue'), { wrapper });
    await waitFor(() => expect(hook.current.isSuccess).toBe(true));

    expect(listMyAssignments).toHaveBeenCalledWith(clinicId, { when: 'overdue' }, expect.anything());
    expect(myHomeworkKeys.list(clinicId, 'overdue')).toEqual([
      clinicId,
      'my-homework',
      'list',
      { when: 'overdue' },
    ]);
    expect(queryClient.getQueryData(myHomeworkKeys.list(clinicId, 'overdue'))).toEqual({ items: [] });
  });
});

describe('useSubmitOccurrence', () => {
  const body: SubmitRequest = { answers: { entry: 'A calm walk' }, talkNextSession: true };

  it('reuses the idempotency key when a network failure is retried, and takes a new one for the next attempt', async () => {
    const submitOccurrence = jest
      .fn()
      .mockRejectedValueOnce(ApiError.network(new TypeError('Failed to fetch')))
      .mockResolvedValueOnce(result)
      .mockResolvedValueOnce(result);
    const { wrapper } = setup({ submitOccurrence });
    const { result: hook } = renderHook(() => useSubmitOccurrence(clinicId, occurrenceId), { wrapper });

    await act(() => expect(hook.current.submitAsync(body)).rejects.toThrow('Could not reach the server'));
    await act(() => expect(hook.current.submitAsync(body)).resolves.toEqual(result));
    await act(() => hook.current.submitAsync(body));

    const keys = submitOccurrence.mock.calls.map((call) => call[3] as string);
    expect(submitOccurrence.mock.calls[0].slice(0, 3)).toEqual([clinicId, occurrenceId, body]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('starts a new attempt after the server refuses the answers (400)', async () => {
    const refused = new ApiError('problem', {
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      errors: [{ path: 'answers.entry', message: 'Write something' }],
    });
    const submitOccurrence = jest.fn().mockRejectedValueOnce(refused).mockResolvedValueOnce(result);
    const { wrapper } = setup({ submitOccurrence });
    const { result: hook } = renderHook(() => useSubmitOccurrence(clinicId, occurrenceId), { wrapper });

    await act(() => expect(hook.current.submitAsync(body)).rejects.toBe(refused));
    await act(() => hook.current.submitAsync(body));

    expect(submitOccurrence.mock.calls[1][3]).not.toBe(submitOccurrence.mock.calls[0][3]);
  });

  it('invalidates the lists, proposals and progress of its clinic only', async () => {
    const submitOccurrence = jest.fn().mockResolvedValue(result);
    const { wrapper, queryClient } = setup({ submitOccurrence });
    for (const id of [clinicId, otherClinicId]) {
      queryClient.setQueryData(myHomeworkKeys.list(id, 'today'), { items: [] });
      queryClient.setQueryData(myHomeworkKeys.progress(id), {});
    }
    const { result: hook } = renderHook(() => useSubmitOccurrence(clinicId, occurrenceId), { wrapper });

    await act(() => hook.current.submitAsync(body));

    expect(invalidated(queryClient, myHomeworkKeys.list(clinicId, 'today'))).toBe(true);
    expect(invalidated(queryClient, myHomeworkKeys.progress(clinicId))).toBe(true);
    expect(invalidated(queryClient, myHomeworkKeys.list(otherClinicId, 'today'))).toBe(false);
  });
});

describe('other my-homework mutations', () => {
  it('saves a draft into the cached item without refetching the lists', async () => {
    const saveDraft = jest.fn().mockResolvedValue({ draftSavedAt: '2026-12-01T10:00:00.000Z' });
    const { wrapper, queryClient } = setup({ saveDraft });
    queryClient.setQueryData(myHomeworkKeys.occurrence(clinicId, occurrenceId), {
      draft: null,
      draftSavedAt: null,
      hasDraft: false,
    });
    const { result: hook } = renderHook(() => useSaveDraft(clinicId, occurrenceId), { wrapper });

    await act(() => hook.current.mutateAsync({ entry: 'Half' }));

    expect(saveDraft).toHaveBeenCalledWith(clinicId, occurrenceId, { entry: 'Half' });
    expect(queryClient.getQueryData(myHomeworkKeys.occurrence(clinicId, occurrenceId))).toEqual({
      draft: { entry: 'Half' },
      draftSavedAt: '2026-12-01T10:00:00.000Z',
      hasDraft: true,
    });
  });

  it('declines one time with the reason and invalidates the lists', async () => {
    const declineOccurrence = jest.fn().mockResolvedValue({});
    const { wrapper, queryClient } = setup({ declineOccurrence });
    queryClient.setQueryData(myHomeworkKeys.list(clinicId, 'today'), { items: [] });
    const { result: hook } = renderHook(() => useDeclineOccurrence(clinicId, occurrenceId), { wrapper });

    await act(() => hook.current.mutateAsync({ reason: 'no_time' }));

    expect(declineOccurrence).toHaveBeenCalledWith(clinicId, occurrenceId, { reason: 'no_time' });
    expect(invalidated(queryClient, myHomeworkKeys.list(clinicId, 'today'))).toBe(true);
  });

  it('takes an accepted proposal off the list at once and puts it back if the server refuses', async () => {
    let reject!: (error: unknown) => void;
    const acceptAssignment = jest.fn(() => new Promise<void>((_resolve, fail) => (reject = fail)));
    const listMyProposals = jest.fn(() => new Promise<never>(() => undefined));
    const { wrapper, queryClient } = setup({ acceptAssignment, listMyProposals });
    const other = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d23';
    queryClient.setQueryData(myHomeworkKeys.proposals(clinicId), {
      items: [proposal(assignmentId), proposal(other)],
    });
    const { result: hook } = renderHook(() => useAcceptAssignment(clinicId), { wrapper });

    act(() => hook.current.mutate(assignmentId));
    const ids = () =>
      queryClient
        .getQueryData<{ items: MyProposal[] }>(myHomeworkKeys.proposals(clinicId))
        ?.items.map((p) => p.assignmentId);
    await waitFor(() => expect(ids()).toEqual([other]));
    expect(acceptAssignment).toHaveBeenCalledWith(clinicId, assignmentId);

    act(() => reject(new ApiError('problem', { type: 'about:blank', title: 'Conflict', status: 409 })));
    await waitFor(() => expect(ids()).toEqual([assignmentId, other]));
  });
});
