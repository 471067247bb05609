import type {
  AcknowledgeRiskAlertRequest,
  CreateAssignmentInput,
  CreatePrepTaskRequest,
  DiscussDeclineRequest,
  PrepTaskQuery,
  ReviewQueueQuery,
  RiskAlertQuery,
  Submission,
  UpdateAssignmentRequest,
  UpdatePrepTaskRequest,
} from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { auditEventKeys, clinicScopedKeys } from '../query-keys';
import type { AssignmentListQuery } from './homework-api';

const assignments = clinicScopedKeys('assignments');
const review = clinicScopedKeys('review');

/** Assignments, with each one's occurrences under its detail key. */
export const assignmentKeys = {
  ...assignments,
  occurrences: (clinicId: string, assignmentId: string) =>
    [...assignments.detail(clinicId, assignmentId), 'occurrences'] as const,
};

export const submissionKeys = clinicScopedKeys('submissions');

/** The review queue and each client's activity (the same kind of list, so one feature key). */
export const reviewKeys = {
  ...review,
  queue: (clinicId: string, query: Partial<ReviewQueueQuery> = {}) => review.list(clinicId, query),
  activity: (clinicId: string, clientId: string) => [...review.all(clinicId), 'activity', clientId] as const,
};

export const scoreKeys = clinicScopedKeys('scores');
export const prepTaskKeys = clinicScopedKeys('prep-tasks');
export const riskAlertKeys = clinicScopedKeys('risk-alerts');
export const dashboardKeys = clinicScopedKeys('dashboard');

export type AssignmentFilters = Omit<AssignmentListQuery, 'cursor'>;

/** The assignments of one client (or the caseload), the first 100 as one list. */
export const assignmentListQueryOptions = (
  client: ApiClient,
  clinicId: string,
  filters: AssignmentFilters = {},
) =>
  queryOptions({
    queryKey: assignmentKeys.list(clinicId, filters),
    queryFn: ({ signal }) => client.listAssignments(clinicId, { limit: 100, ...filters }, signal),
  });

export function useAssignments(clinicId: string, filters: AssignmentFilters = {}) {
  return useQuery(assignmentListQueryOptions(useApiClient(), clinicId, filters));
}

export function useAssignment(clinicId: string, assignmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assignmentKeys.detail(clinicId, assignmentId),
    queryFn: ({ signal }) => client.getAssignment(clinicId, assignmentId, signal),
  });
}

/** Every due instance of an assignment; only fetched while it is shown (`enabled`). */
export function useOccurrences(clinicId: string, assignmentId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: assignmentKeys.occurrences(clinicId, assignmentId),
    queryFn: ({ signal }) => client.listOccurrences(clinicId, assignmentId, signal),
    enabled,
  });
}

/** Invalidates the given feature keys of one clinic (and the audit log, which records every change). */
function useInvalidate(clinicId: string) {
  const queryClient = useQueryClient();
  return (...features: Array<{ all: (clinicId: string) => readonly unknown[] }>) =>
    Promise.all(
      [...features, auditEventKeys].map((keys) =>
        queryClient.invalidateQueries({ queryKey: keys.all(clinicId) }),
      ),
    );
}

/** Assigns a template on a schedule, or a program (one assignment per step). */
export function useCreateAssignments(clinicId: string, clientId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: (body: CreateAssignmentInput) => client.createAssignments(clinicId, clientId, body),
    onSuccess: () => invalidate(assignmentKeys, dashboardKeys, prepTaskKeys),
  });
}

export interface UpdateAssignmentVariables {
  assignmentId: string;
  body: UpdateAssignmentRequest;
}

/** Edits instructions or the schedule, pauses, resumes or cancels an assignment. */
export function useUpdateAssignment(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: ({ assignmentId, body }: UpdateAssignmentVariables) =>
      client.updateAssignment(clinicId, assignmentId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(assignmentKeys.detail(clinicId, updated.id), updated);
      return invalidate(assignmentKeys, dashboardKeys);
    },
  });
}

export const submissionQueryOptions = (client: ApiClient, clinicId: string, submissionId: string) =>
  queryOptions({
    queryKey: submissionKeys.detail(clinicId, submissionId),
    queryFn: ({ signal }) => client.getSubmission(clinicId, submissionId, signal),
  });

export function useSubmission(clinicId: string, submissionId: string) {
  return useQuery(submissionQueryOptions(useApiClient(), clinicId, submissionId));
}

/** Feedback the client sees in the portal; the submission's thread, the queue and the dashboard refresh. */
export function useGiveFeedback(clinicId: string, submissionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: (text: string) => client.giveFeedback(clinicId, submissionId, text),
    onSuccess: (feedback) => {
      queryClient.setQueryData<Submission>(submissionKeys.detail(clinicId, submissionId), (current) =>
        current ? { ...current, feedback: [...current.feedback, feedback] } : current,
      );
      return invalidate(submissionKeys, reviewKeys, dashboardKeys);
    },
  });
}

export function useMarkReviewed(clinicId: string, submissionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: () => client.markReviewed(clinicId, submissionId),
    onSuccess: (submission) => {
      queryClient.setQueryData(submissionKeys.detail(clinicId, submissionId), submission);
      return invalidate(reviewKeys, assignmentKeys, dashboardKeys);
    },
  });
}

export interface DiscussDeclineVariables {
  declineId: string;
  body: DiscussDeclineRequest;
}

/** The decline was talked through in session: it leaves the queue. */
export function useMarkDeclineDiscussed(clinicId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: ({ declineId, body }: DiscussDeclineVariables) =>
      client.markDeclineDiscussed(clinicId, declineId, body),
    onSuccess: () => invalidate(reviewKeys, assignmentKeys, dashboardKeys),
  });
}

/**
 * Risk alerts first, then submissions and declines waiting; `type` filters. No placeholder from another
 * filter or client: a list never shows items that do not belong to what is asked for.
 */
export function useReviewQueue(clinicId: string, query: Partial<ReviewQueueQuery> = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewKeys.queue(clinicId, query),
    queryFn: ({ signal }) => client.getReviewQueue(clinicId, query, signal),
  });
}

/** One client's submissions, declines and risk alerts, newest first. */
export function useClientActivity(clinicId: string, clientId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewKeys.activity(clinicId, clientId),
    queryFn: ({ signal }) => client.getClientActivity(clinicId, clientId, signal),
  });
}

/** PHQ-9 and GAD-7 totals of one client, oldest first. */
export function useClientScores(clinicId: string, clientId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: scoreKeys.list(clinicId, { clientId }),
    queryFn: ({ signal }) => client.listScores(clinicId, clientId, signal),
  });
}

export function usePrepTasks(clinicId: string, query: Partial<PrepTaskQuery> = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: prepTaskKeys.list(clinicId, query),
    queryFn: ({ signal }) => client.listPrepTasks(clinicId, query, signal),
  });
}

export function useCreatePrepTask(clinicId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: (body: CreatePrepTaskRequest) => client.createPrepTask(clinicId, body),
    onSuccess: () => invalidate(prepTaskKeys, dashboardKeys),
  });
}

export interface UpdatePrepTaskVariables {
  taskId: string;
  body: UpdatePrepTaskRequest;
}

/** Ticks a task done (or open again), or edits it. */
export function useUpdatePrepTask(clinicId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: ({ taskId, body }: UpdatePrepTaskVariables) => client.updatePrepTask(clinicId, taskId, body),
    onSuccess: () => invalidate(prepTaskKeys, dashboardKeys),
  });
}

export function useRiskAlerts(clinicId: string, query: Partial<RiskAlertQuery> = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskAlertKeys.list(clinicId, query),
    queryFn: ({ signal }) => client.listRiskAlerts(clinicId, query, signal),
  });
}

export interface AcknowledgeRiskAlertVariables {
  alertId: string;
  body: AcknowledgeRiskAlertRequest;
}

/** Records what was done about a risk alert; it leaves the queue and the dashboard's banner. */
export function useAcknowledgeRiskAlert(clinicId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(clinicId);
  return useMutation({
    mutationFn: ({ alertId, body }: AcknowledgeRiskAlertVariables) =>
      client.acknowledgeRiskAlert(clinicId, alertId, body),
    onSuccess: () => invalidate(riskAlertKeys, reviewKeys, dashboardKeys),
  });
}

export const dashboardQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: dashboardKeys.all(clinicId),
    queryFn: ({ signal }) => client.getDashboard(clinicId, signal),
  });

/** The clinician's dashboard: open risk alerts, review counts, prep tasks due and caseload engagement. */
export function useDashboard(clinicId: string, enabled = true) {
  return useQuery({ ...dashboardQueryOptions(useApiClient(), clinicId), enabled });
}
