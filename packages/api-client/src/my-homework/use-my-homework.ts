import type {
  DeclineRequest,
  MyAssignmentsQuery,
  MyOccurrence,
  MyProposal,
  SubmitRequest,
  SubmitResult,
} from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { isApiError } from '../http/api-error';
import { clinicScopedKeys } from '../query-keys';

export type MyHomeworkWhen = MyAssignmentsQuery['when'];

const scope = clinicScopedKeys('my-homework');

/** The signed-in client's own homework in one clinic: lists by "when", proposals, one item, progress. */
export const myHomeworkKeys = {
  all: scope.all,
  lists: scope.lists,
  list: (clinicId: string, when: MyHomeworkWhen) => scope.list(clinicId, { when }),
  proposals: (clinicId: string) => [...scope.all(clinicId), 'proposals'] as const,
  occurrence: (clinicId: string, occurrenceId: string) => scope.detail(clinicId, occurrenceId),
  progress: (clinicId: string) => [...scope.all(clinicId), 'progress'] as const,
};

export const myAssignmentsQueryOptions = (client: ApiClient, clinicId: string, when: MyHomeworkWhen) =>
  queryOptions({
    queryKey: myHomeworkKeys.list(clinicId, when),
    queryFn: ({ signal }) => client.listMyAssignments(clinicId, { when }, signal),
    staleTime: 30_000,
  });

/** Today's, upcoming, not-done-yet (overdue) or done homework. */
export function useMyAssignments(clinicId: string, when: MyHomeworkWhen) {
  return useQuery(myAssignmentsQueryOptions(useApiClient(), clinicId, when));
}

export const myProposalsQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: myHomeworkKeys.proposals(clinicId),
    queryFn: ({ signal }) => client.listMyProposals(clinicId, signal),
    staleTime: 30_000,
  });

/** Homework the clinician suggested, waiting for the client to accept or decline. */
export function useMyProposals(clinicId: string) {
  return useQuery(myProposalsQueryOptions(useApiClient(), clinicId));
}

export const myOccurrenceQueryOptions = (client: ApiClient, clinicId: string, occurrenceId: string) =>
  queryOptions({
    queryKey: myHomeworkKeys.occurrence(clinicId, occurrenceId),
    queryFn: ({ signal }) => client.getMyOccurrence(clinicId, occurrenceId, signal),
  });

/** One piece of homework: its questions, the saved draft, what was sent and the clinician's feedback. */
export function useMyOccurrence(clinicId: string, occurrenceId: string) {
  return useQuery(myOccurrenceQueryOptions(useApiClient(), clinicId, occurrenceId));
}

export function useMyProgress(clinicId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: myHomeworkKeys.progress(clinicId),
    queryFn: ({ signal }) => client.getMyProgress(clinicId, signal),
    staleTime: 60_000,
  });
}

/**
 * Saves the draft on the server. It changes no list but "has a draft", so the cached item gets the new
 * save time and the lists are marked stale without refetching at once.
 */
export function useSaveDraft(clinicId: string, occurrenceId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) => client.saveDraft(clinicId, occurrenceId, answers),
    onSuccess: (saved, answers) => {
      queryClient.setQueryData<MyOccurrence>(myHomeworkKeys.occurrence(clinicId, occurrenceId), (item) =>
        item ? { ...item, draft: answers, draftSavedAt: saved.draftSavedAt, hasDraft: true } : item,
      );
      return queryClient.invalidateQueries({ queryKey: myHomeworkKeys.lists(clinicId), refetchType: 'none' });
    },
  });
}

const invalidateAll = (queryClient: ReturnType<typeof useQueryClient>, clinicId: string) =>
  queryClient.invalidateQueries({ queryKey: myHomeworkKeys.all(clinicId) });

interface SubmitVariables {
  body: SubmitRequest;
  idempotencyKey: string;
}

/** A failure after which the server may or may not have the submission: the same key must be reused. */
const mayHaveLanded = (error: unknown) =>
  !isApiError(error) || error.kind !== 'problem' || error.status >= 500 || error.status === 408;

const newKey = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

/**
 * Sends the response with an `Idempotency-Key`. One key per submit attempt: a retry after a failed
 * network send (or a 5xx) reuses it, so the server never stores the response twice; a success or a
 * definite refusal (4xx, e.g. a 400 with field errors) ends the attempt, and the next send gets a new key.
 * A send with changed answers is a new attempt.
 */
export function useSubmitOccurrence(clinicId: string, occurrenceId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const mutation = useMutation({
    mutationFn: ({ body, idempotencyKey }: SubmitVariables) =>
      client.submitOccurrence(clinicId, occurrenceId, body, idempotencyKey),
    onSuccess: () => {
      attempt.current = null;
      return invalidateAll(queryClient, clinicId);
    },
    onError: (error) => {
      if (!mayHaveLanded(error)) attempt.current = null;
    },
  });
  const { mutateAsync, mutate } = mutation;

  const variablesFor = useCallback((body: SubmitRequest): SubmitVariables => {
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) attempt.current = { key: newKey(), body: serialised };
    return { body, idempotencyKey: attempt.current.key };
  }, []);

  /** Sends (or re-sends, with the same key while the last attempt is unresolved) the response. */
  const submit = useCallback(
    (body: SubmitRequest, options?: Parameters<typeof mutate>[1]) => mutate(variablesFor(body), options),
    [mutate, variablesFor],
  );
  const submitAsync = useCallback(
    (body: SubmitRequest): Promise<SubmitResult> => mutateAsync(variablesFor(body)),
    [mutateAsync, variablesFor],
  );
  return { ...mutation, submit, submitAsync };
}

/** "I can't do this one": declines this one time. */
export function useDeclineOccurrence(clinicId: string, occurrenceId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclineRequest) => client.declineOccurrence(clinicId, occurrenceId, body),
    onSuccess: () => invalidateAll(queryClient, clinicId),
  });
}

export interface AssignmentDeclineVariables {
  assignmentId: string;
  body: DeclineRequest;
}

/** Declines the whole assignment (a proposal, or every time of an active one). */
export function useDeclineAssignment(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: AssignmentDeclineVariables) =>
      client.declineAssignment(clinicId, assignmentId, body),
    onSuccess: () => invalidateAll(queryClient, clinicId),
  });
}

/**
 * Accepts a suggested assignment. It leaves the proposals at once (optimistic) and comes back if the
 * server refuses; the lists are refetched either way, as its first time may be due today.
 */
export function useAcceptAssignment(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = myHomeworkKeys.proposals(clinicId);
  return useMutation({
    mutationFn: (assignmentId: string) => client.acceptAssignment(clinicId, assignmentId),
    onMutate: async (assignmentId) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<{ items: MyProposal[] }>(key);
      if (previous) {
        queryClient.setQueryData<{ items: MyProposal[] }>(key, {
          items: previous.items.filter((p) => p.assignmentId !== assignmentId),
        });
      }
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => invalidateAll(queryClient, clinicId),
  });
}
