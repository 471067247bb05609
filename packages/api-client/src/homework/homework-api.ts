import {
  type AcknowledgeRiskAlertRequest,
  type Assignment,
  type AssignmentQuerySchema,
  AssignmentSchema,
  type ClinicianDashboard,
  ClinicianDashboardSchema,
  type CreateAssignmentInput,
  CreatedAssignmentsSchema,
  type CreatePrepTaskRequest,
  type Decline,
  DeclineSchema,
  type DiscussDeclineRequest,
  type Feedback,
  FeedbackSchema,
  type Occurrence,
  OccurrenceListSchema,
  type PrepTask,
  type PrepTaskList,
  PrepTaskListSchema,
  type PrepTaskQuery,
  PrepTaskSchema,
  pageOf,
  type ReviewQueue,
  type ReviewQueueQuery,
  ReviewQueueSchema,
  type RiskAlert,
  RiskAlertListSchema,
  type RiskAlertQuery,
  RiskAlertSchema,
  type Score,
  ScoreListSchema,
  type Submission,
  SubmissionSchema,
  type UpdateAssignmentRequest,
  type UpdatePrepTaskRequest,
} from '@interlude/contracts';
import type { z } from 'zod';
import { clientPath } from '../clients/clients-api';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';
import type { Page } from '../pagination';

export type AssignmentListQuery = Omit<z.input<typeof AssignmentQuerySchema>, 'limit'> & { limit?: number };

const AssignmentPageSchema = pageOf(AssignmentSchema);

/** Assigning and reviewing homework (admins and clinicians, within their caseload). */
export interface HomeworkApi {
  /** `POST …/clients/{clientId}/assignments`: a template on a schedule, or a program (one per step). */
  createAssignments(
    clinicId: string,
    clientId: string,
    body: CreateAssignmentInput,
  ): Promise<{ items: Assignment[] }>;
  /** `GET …/assignments?clientId=&status=`. */
  listAssignments(
    clinicId: string,
    query?: AssignmentListQuery,
    signal?: AbortSignal,
  ): Promise<Page<Assignment>>;
  /** `GET …/assignments/{id}`. */
  getAssignment(clinicId: string, assignmentId: string, signal?: AbortSignal): Promise<Assignment>;
  /** `PATCH …/assignments/{id}`: instructions, schedule (future occurrences), pause, resume, cancel. */
  updateAssignment(
    clinicId: string,
    assignmentId: string,
    body: UpdateAssignmentRequest,
  ): Promise<Assignment>;
  /** `GET …/assignments/{id}/occurrences`: every due instance with its status. */
  listOccurrences(
    clinicId: string,
    assignmentId: string,
    signal?: AbortSignal,
  ): Promise<{ items: Occurrence[] }>;
  /** `GET …/submissions/{id}`: the answers with the pinned template version's questions. */
  getSubmission(clinicId: string, submissionId: string, signal?: AbortSignal): Promise<Submission>;
  /** `POST …/submissions/{id}/feedback`: the client sees it in the portal. */
  giveFeedback(clinicId: string, submissionId: string, text: string): Promise<Feedback>;
  /** `POST …/submissions/{id}/reviewed`. */
  markReviewed(clinicId: string, submissionId: string): Promise<Submission>;
  /** `POST …/declines/{id}/discussed`: the decline was talked through in session. */
  markDeclineDiscussed(clinicId: string, declineId: string, body: DiscussDeclineRequest): Promise<Decline>;
  /** `GET …/review-queue`: risk alerts first, then submissions and declines waiting. */
  getReviewQueue(
    clinicId: string,
    query?: Partial<ReviewQueueQuery>,
    signal?: AbortSignal,
  ): Promise<ReviewQueue>;
  /** `GET …/clients/{clientId}/activity`: the client's submissions, declines and alerts, newest first. */
  getClientActivity(clinicId: string, clientId: string, signal?: AbortSignal): Promise<ReviewQueue>;
  /** `GET …/clients/{clientId}/scores`: PHQ-9 and GAD-7 scores, oldest first. */
  listScores(clinicId: string, clientId: string, signal?: AbortSignal): Promise<{ items: Score[] }>;
  /** `GET …/prep-tasks`: the caller's own to-dos. */
  listPrepTasks(
    clinicId: string,
    query?: Partial<PrepTaskQuery>,
    signal?: AbortSignal,
  ): Promise<PrepTaskList>;
  /** `POST …/prep-tasks`. */
  createPrepTask(clinicId: string, body: CreatePrepTaskRequest): Promise<PrepTask>;
  /** `PATCH …/prep-tasks/{id}`. */
  updatePrepTask(clinicId: string, taskId: string, body: UpdatePrepTaskRequest): Promise<PrepTask>;
  /** `GET …/risk-alerts`. */
  listRiskAlerts(
    clinicId: string,
    query?: Partial<RiskAlertQuery>,
    signal?: AbortSignal,
  ): Promise<{ items: RiskAlert[] }>;
  /** `POST …/risk-alerts/{id}/acknowledge` with what was done. */
  acknowledgeRiskAlert(
    clinicId: string,
    alertId: string,
    body: AcknowledgeRiskAlertRequest,
  ): Promise<RiskAlert>;
  /** `GET …/dashboard`: open risk alerts, review counts, prep tasks due and the caseload's engagement. */
  getDashboard(clinicId: string, signal?: AbortSignal): Promise<ClinicianDashboard>;
}

export function createHomeworkApi(http: HttpTransport): HomeworkApi {
  const at = (clinicId: string, path: string, id?: string) =>
    `${clinicPath(clinicId)}/${path}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
  return {
    createAssignments: (clinicId, clientId, body) =>
      http.json(CreatedAssignmentsSchema, `${clientPath(clinicId, clientId)}/assignments`, {
        method: 'POST',
        json: body,
      }),
    listAssignments: (clinicId, query = {}, signal) =>
      http.json(AssignmentPageSchema, at(clinicId, 'assignments'), { query: { ...query }, signal }),
    getAssignment: (clinicId, id, signal) =>
      http.json(AssignmentSchema, at(clinicId, 'assignments', id), { signal }),
    updateAssignment: (clinicId, id, body) =>
      http.json(AssignmentSchema, at(clinicId, 'assignments', id), { method: 'PATCH', json: body }),
    listOccurrences: (clinicId, id, signal) =>
      http.json(OccurrenceListSchema, `${at(clinicId, 'assignments', id)}/occurrences`, { signal }),
    getSubmission: (clinicId, id, signal) =>
      http.json(SubmissionSchema, at(clinicId, 'submissions', id), { signal }),
    giveFeedback: (clinicId, id, text) =>
      http.json(FeedbackSchema, `${at(clinicId, 'submissions', id)}/feedback`, {
        method: 'POST',
        json: { text },
      }),
    markReviewed: (clinicId, id) =>
      http.json(SubmissionSchema, `${at(clinicId, 'submissions', id)}/reviewed`, { method: 'POST' }),
    markDeclineDiscussed: (clinicId, id, body) =>
      http.json(DeclineSchema, `${at(clinicId, 'declines', id)}/discussed`, { method: 'POST', json: body }),
    getReviewQueue: (clinicId, query = {}, signal) =>
      http.json(ReviewQueueSchema, at(clinicId, 'review-queue'), { query: { ...query }, signal }),
    getClientActivity: (clinicId, clientId, signal) =>
      http.json(ReviewQueueSchema, `${clientPath(clinicId, clientId)}/activity`, { signal }),
    listScores: (clinicId, clientId, signal) =>
      http.json(ScoreListSchema, `${clientPath(clinicId, clientId)}/scores`, { signal }),
    listPrepTasks: (clinicId, query = {}, signal) =>
      http.json(PrepTaskListSchema, at(clinicId, 'prep-tasks'), { query: { ...query }, signal }),
    createPrepTask: (clinicId, body) =>
      http.json(PrepTaskSchema, at(clinicId, 'prep-tasks'), { method: 'POST', json: body }),
    updatePrepTask: (clinicId, id, body) =>
      http.json(PrepTaskSchema, at(clinicId, 'prep-tasks', id), { method: 'PATCH', json: body }),
    listRiskAlerts: (clinicId, query = {}, signal) =>
      http.json(RiskAlertListSchema, at(clinicId, 'risk-alerts'), { query: { ...query }, signal }),
    acknowledgeRiskAlert: (clinicId, id, body) =>
      http.json(RiskAlertSchema, `${at(clinicId, 'risk-alerts', id)}/acknowledge`, {
        method: 'POST',
        json: body,
      }),
    getDashboard: (clinicId, signal) =>
      http.json(ClinicianDashboardSchema, at(clinicId, 'dashboard'), { signal }),
  };
}
