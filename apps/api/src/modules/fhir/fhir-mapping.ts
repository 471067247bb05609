import {
  type Decline,
  FHIR_SYSTEMS,
  type FhirAnswer,
  type FhirBundle,
  type FhirObservation,
  type FhirQuestionnaireResponse,
  type FhirQuestionnaireResponseItem,
  type FhirTask,
  type FhirTaskStatus,
  type MeasureCodeValue,
  type SimpleField,
  type TemplateField,
} from '@interlude/contracts';
import {
  type DisplayedOccurrenceStatus,
  displayStatus,
  getMeasureDefinition,
  isEmptyAnswer,
  type StoredOccurrenceStatus,
} from '@interlude/domain';

// The mapping of a client's homework to FHIR R4 resources, kept free of the database so it can be
// read (and tested) on its own. See docs/api.md "FHIR export" for the choices made here.

/** One due occurrence, with its assignment, the pinned template version, submission and decline. */
export interface OccurrenceRow {
  id: string;
  assignment_id: string;
  due_at: Date;
  status: StoredOccurrenceStatus;
  updated_at: Date;
  assignment_status: string;
  assigned_at: Date;
  template_id: string;
  template_version: number;
  title: string;
  submission_id: string | null;
  submitted_at: Date | null;
  decline_reason: Decline['reason'] | null;
  decline_note: string | null;
  declined_at: Date | null;
}

/** A decline of a whole assignment (no occurrence): the client said no to the homework itself. */
export interface AssignmentDeclineRow {
  id: string;
  assignment_id: string;
  assigned_at: Date;
  template_id: string;
  template_version: number;
  title: string;
  reason: Decline['reason'];
  note: string | null;
  declined_at: Date;
}

export interface SubmissionRow {
  id: string;
  template_id: string;
  template_version: number;
  fields: TemplateField[];
  answers: Record<string, unknown>;
  submitted_at: Date;
}

export interface ScoreRow {
  id: string;
  submission_id: string;
  measure: MeasureCodeValue;
  total: number;
  band: string;
  scored_at: Date;
}

export const DECLINE_REASON_DISPLAY: Record<Decline['reason'], string> = {
  not_relevant: 'Not relevant',
  too_hard: 'Too hard',
  not_safe: 'Not safe',
  no_time: 'No time',
  other: 'Other',
};

/** Assignments whose still-pending occurrences will never be done: they were closed by someone. */
const CLOSED_ASSIGNMENT = new Set(['cancelled', 'declined']);

const urn = (id: string) => `urn:uuid:${id}`;
const iso = (at: Date) => new Date(at).toISOString();
/** Text for a FHIR string, which may not be blank; undefined when there is none. */
const text = (value: string | null | undefined) => (value && /\S/.test(value) ? value : undefined);
const FHIR_CODE = /^[^\s]+( [^\s]+)*$/;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const patientReference = (clientId: string) => ({ reference: `Patient/${clientId}` });
export const questionnaireCanonical = (templateId: string, version: number) =>
  `${FHIR_SYSTEMS.questionnaire}/${templateId}|${version}`;

/** FHIR Task.status for an occurrence as it shows at `now` (pending → ready, missed → failed, …). */
export function taskStatus(
  stored: StoredOccurrenceStatus,
  dueAt: Date,
  assignmentStatus: string,
  now: Date,
): { status: FhirTaskStatus; shown: DisplayedOccurrenceStatus; overdue: boolean } {
  const { status: shown, overdue } = displayStatus(stored, new Date(dueAt), now);
  const status: Record<DisplayedOccurrenceStatus, FhirTaskStatus> = {
    pending: CLOSED_ASSIGNMENT.has(assignmentStatus) ? 'cancelled' : 'ready',
    submitted: 'completed',
    reviewed: 'completed',
    declined: 'rejected',
    missed: 'failed',
  };
  return { status: status[shown], shown, overdue };
}

const businessStatus = (code: string) => ({
  coding: [{ system: FHIR_SYSTEMS.occurrenceStatus, code }],
  text: code,
});

const declineReason = (reason: Decline['reason']) => ({
  coding: [{ system: FHIR_SYSTEMS.declineReason, code: reason, display: DECLINE_REASON_DISPLAY[reason] }],
  text: DECLINE_REASON_DISPLAY[reason],
});

const questionnaireInput = (templateId: string, version: number) => ({
  type: {
    coding: [{ system: FHIR_SYSTEMS.taskParameter, code: 'questionnaire' }],
    text: 'Questionnaire to answer',
  },
  valueCanonical: questionnaireCanonical(templateId, version),
});

/** One Task per occurrence, grouped by its assignment, its output the response when there is one. */
export function occurrenceTask(clientId: string, r: OccurrenceRow, now: Date): FhirTask {
  const { status, shown, overdue } = taskStatus(r.status, r.due_at, r.assignment_status, now);
  const note = text(r.decline_note);
  return {
    resourceType: 'Task',
    id: r.id,
    groupIdentifier: { system: FHIR_SYSTEMS.assignment, value: r.assignment_id },
    status,
    ...(status === 'rejected' && r.decline_reason ? { statusReason: declineReason(r.decline_reason) } : {}),
    businessStatus: businessStatus(overdue ? 'overdue' : shown),
    intent: 'order',
    description: r.title,
    for: patientReference(clientId),
    ...(r.submitted_at ? { executionPeriod: { end: iso(r.submitted_at) } } : {}),
    authoredOn: iso(r.assigned_at),
    lastModified: iso(r.updated_at),
    ...(status === 'rejected' && note && r.declined_at
      ? { note: [{ time: iso(r.declined_at), text: note }] }
      : {}),
    restriction: { period: { end: iso(r.due_at) } },
    input: [questionnaireInput(r.template_id, r.template_version)],
    ...(r.submission_id
      ? {
          output: [
            {
              type: {
                coding: [{ system: FHIR_SYSTEMS.taskParameter, code: 'questionnaire-response' }],
                text: 'Response',
              },
              valueReference: { reference: urn(r.submission_id) },
            },
          ],
        }
      : {}),
  };
}

/** A whole assignment the client declined (before or while doing it): a rejected Task of its own. */
export function assignmentDeclineTask(clientId: string, d: AssignmentDeclineRow): FhirTask {
  const note = text(d.note);
  return {
    resourceType: 'Task',
    id: d.id,
    groupIdentifier: { system: FHIR_SYSTEMS.assignment, value: d.assignment_id },
    status: 'rejected',
    statusReason: declineReason(d.reason),
    businessStatus: businessStatus('declined'),
    intent: 'order',
    description: d.title,
    for: patientReference(clientId),
    authoredOn: iso(d.assigned_at),
    lastModified: iso(d.declined_at),
    ...(note ? { note: [{ time: iso(d.declined_at), text: note }] } : {}),
    input: [questionnaireInput(d.template_id, d.template_version)],
  };
}

/** An answer that does not have its question's type (older data): kept as the nearest FHIR value. */
function looseAnswer(value: unknown): FhirAnswer[] {
  if (typeof value === 'string') return text(value) ? [{ valueString: value }] : [];
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number' && Number.isFinite(value)) return [{ valueDecimal: value }];
  return [];
}

function choice(field: { options: Array<{ value: string; label: string }> }, value: unknown): FhirAnswer[] {
  if (typeof value !== 'string' || !FHIR_CODE.test(value)) return looseAnswer(value);
  const display = field.options.find((o) => o.value === value)?.label;
  return [{ valueCoding: display ? { code: value, display } : { code: value } }];
}

/** The FHIR answers to one question (a multiple choice has one per option chosen); [] when unanswered. */
export function answersTo(field: SimpleField, value: unknown): FhirAnswer[] {
  if (isEmptyAnswer(value)) return [];
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return looseAnswer(value);
    case 'number':
      if (typeof value !== 'number') return looseAnswer(value);
      return field.integer && Number.isSafeInteger(value) ? [{ valueInteger: value }] : looseAnswer(value);
    case 'scale':
      return Number.isSafeInteger(value) ? [{ valueInteger: value as number }] : looseAnswer(value);
    case 'singleChoice':
      return choice(field, value);
    case 'multiChoice':
      return Array.isArray(value) ? value.flatMap((v) => choice(field, v)) : looseAnswer(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? [{ valueDate: value }]
        : looseAnswer(value);
    case 'time':
      return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
        ? [{ valueTime: `${value}:00` }]
        : looseAnswer(value);
    case 'yesNo':
      return looseAnswer(value);
  }
}

function answeredItem(field: SimpleField, value: unknown, linkId: string) {
  const answer = answersTo(field, value);
  return answer.length > 0 ? [{ linkId, text: field.label, answer }] : [];
}

/**
 * The items of a response, in the template's question order: one per answered question, and for a
 * repeating group one item per row (the group's linkId repeated, the row's questions nested with
 * linkIds `<group>.<key>`). Unanswered questions and empty rows are left out, as FHIR asks.
 */
export function responseItems(
  fields: readonly TemplateField[],
  answers: Record<string, unknown>,
): FhirQuestionnaireResponseItem[] {
  return fields.flatMap((field): FhirQuestionnaireResponseItem[] => {
    const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
    if (field.type !== 'group') return answeredItem(field, value, field.key);
    if (!Array.isArray(value)) return [];
    return value.flatMap((row) => {
      if (!isPlainObject(row)) return [];
      const item = field.fields.flatMap((inner) =>
        answeredItem(
          inner,
          Object.hasOwn(row, inner.key) ? row[inner.key] : undefined,
          `${field.key}.${inner.key}`,
        ),
      );
      return item.length > 0 ? [{ linkId: field.key, text: field.label, item }] : [];
    });
  });
}

/** One QuestionnaireResponse per submission, against the pinned template version as its Questionnaire. */
export function questionnaireResponse(clientId: string, s: SubmissionRow): FhirQuestionnaireResponse {
  const item = responseItems(s.fields, isPlainObject(s.answers) ? s.answers : {});
  return {
    resourceType: 'QuestionnaireResponse',
    id: s.id,
    questionnaire: questionnaireCanonical(s.template_id, s.template_version),
    status: 'completed',
    subject: patientReference(clientId),
    authored: iso(s.submitted_at),
    author: patientReference(clientId),
    ...(item.length > 0 ? { item } : {}),
  };
}

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unknown';

/** One Observation per PHQ-9 / GAD-7 total: LOINC-coded, the band as its interpretation. */
export function scoreObservation(
  clientId: string,
  score: ScoreRow,
  responseIds: Set<string>,
): FhirObservation {
  const measure = getMeasureDefinition(score.measure);
  const band = text(score.band);
  return {
    resourceType: 'Observation',
    id: score.id,
    status: 'final',
    category: [
      {
        coding: [{ system: FHIR_SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }],
        text: 'Survey',
      },
    ],
    code: {
      coding: [{ system: FHIR_SYSTEMS.loinc, code: measure.loinc.totalScore }],
      text: `${measure.name} total score`,
    },
    subject: patientReference(clientId),
    effectiveDateTime: iso(score.scored_at),
    issued: iso(score.scored_at),
    valueInteger: score.total,
    ...(band
      ? {
          interpretation: [
            { coding: [{ system: FHIR_SYSTEMS.measureBand, code: slug(band), display: band }], text: band },
          ],
        }
      : {}),
    ...(responseIds.has(score.submission_id)
      ? { derivedFrom: [{ reference: urn(score.submission_id) }] }
      : {}),
  };
}

export interface ClientHomework {
  occurrences: OccurrenceRow[];
  assignmentDeclines: AssignmentDeclineRow[];
  submissions: SubmissionRow[];
  scores: ScoreRow[];
}

/** The client's homework as a `collection` Bundle: Tasks, then responses, then score Observations. */
export function homeworkBundle(
  bundleId: string,
  clientId: string,
  data: ClientHomework,
  now: Date,
): FhirBundle {
  const responseIds = new Set(data.submissions.map((s) => s.id));
  const resources = [
    ...data.occurrences.map((o) => occurrenceTask(clientId, o, now)),
    ...data.assignmentDeclines.map((d) => assignmentDeclineTask(clientId, d)),
    ...data.submissions.map((s) => questionnaireResponse(clientId, s)),
    ...data.scores.map((score) => scoreObservation(clientId, score, responseIds)),
  ];
  return {
    resourceType: 'Bundle',
    id: bundleId,
    type: 'collection',
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}
