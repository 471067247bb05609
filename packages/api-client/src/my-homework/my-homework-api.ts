import {
  type Decline,
  type DeclineRequest,
  DeclineSchema,
  type DraftSaved,
  DraftSavedSchema,
  type MyAssignments,
  type MyAssignmentsQuery,
  MyAssignmentsSchema,
  type MyOccurrence,
  MyOccurrenceSchema,
  type MyProgress,
  MyProgressSchema,
  type MyProposal,
  MyProposalListSchema,
  type SubmitRequest,
  type SubmitResult,
  SubmitResultSchema,
} from '@interlude/contracts';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';

/** The client's own homework in the portal. */
export interface MyHomeworkApi {
  /** `GET …/me/assignments?when=`. */
  listMyAssignments(
    clinicId: string,
    query: Partial<MyAssignmentsQuery>,
    signal?: AbortSignal,
  ): Promise<MyAssignments>;
  /** `GET …/me/proposals`: homework waiting for the client to accept or decline. */
  listMyProposals(clinicId: string, signal?: AbortSignal): Promise<{ items: MyProposal[] }>;
  /** `GET …/me/occurrences/{id}`: the questions, the draft, what was sent and the feedback. */
  getMyOccurrence(clinicId: string, occurrenceId: string, signal?: AbortSignal): Promise<MyOccurrence>;
  /** `PUT …/occurrences/{id}/draft`. */
  saveDraft(clinicId: string, occurrenceId: string, answers: Record<string, unknown>): Promise<DraftSaved>;
  /** `POST …/occurrences/{id}/submissions` with an `Idempotency-Key`: a retry with the same key never sends twice. */
  submitOccurrence(
    clinicId: string,
    occurrenceId: string,
    body: SubmitRequest,
    idempotencyKey: string,
  ): Promise<SubmitResult>;
  /** `POST …/occurrences/{id}/decline`: this one time only. */
  declineOccurrence(clinicId: string, occurrenceId: string, body: DeclineRequest): Promise<Decline>;
  /** `POST …/assignments/{id}/accept`. */
  acceptAssignment(clinicId: string, assignmentId: string): Promise<void>;
  /** `POST …/assignments/{id}/decline`: the whole assignment. */
  declineAssignment(clinicId: string, assignmentId: string, body: DeclineRequest): Promise<Decline>;
  /** `GET …/me/progress`: streak, mood trend and questionnaire scores. */
  getMyProgress(clinicId: string, signal?: AbortSignal): Promise<MyProgress>;
}

export function createMyHomeworkApi(http: HttpTransport): MyHomeworkApi {
  const at = (clinicId: string, path: string) => `${clinicPath(clinicId)}/${path}`;
  const id = encodeURIComponent;
  return {
    listMyAssignments: (clinicId, query, signal) =>
      http.json(MyAssignmentsSchema, at(clinicId, 'me/assignments'), { query: { ...query }, signal }),
    listMyProposals: (clinicId, signal) =>
      http.json(MyProposalListSchema, at(clinicId, 'me/proposals'), { signal }),
    getMyOccurrence: (clinicId, occurrenceId, signal) =>
      http.json(MyOccurrenceSchema, at(clinicId, `me/occurrences/${id(occurrenceId)}`), { signal }),
    saveDraft: (clinicId, occurrenceId, answers) =>
      http.json(DraftSavedSchema, at(clinicId, `occurrences/${id(occurrenceId)}/draft`), {
        method: 'PUT',
        json: { answers },
      }),
    submitOccurrence: (clinicId, occurrenceId, body, idempotencyKey) =>
      http.json(SubmitResultSchema, at(clinicId, `occurrences/${id(occurrenceId)}/submissions`), {
        method: 'POST',
        json: body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    declineOccurrence: (clinicId, occurrenceId, body) =>
      http.json(DeclineSchema, at(clinicId, `occurrences/${id(occurrenceId)}/decline`), {
        method: 'POST',
        json: body,
      }),
    acceptAssignment: (clinicId, assignmentId) =>
      http.empty(at(clinicId, `assignments/${id(assignmentId)}/accept`), { method: 'POST' }),
    declineAssignment: (clinicId, assignmentId, body) =>
      http.json(DeclineSchema, at(clinicId, `assignments/${id(assignmentId)}/decline`), {
        method: 'POST',
        json: body,
      }),
    getMyProgress: (clinicId, signal) => http.json(MyProgressSchema, at(clinicId, 'me/progress'), { signal }),
  };
}
