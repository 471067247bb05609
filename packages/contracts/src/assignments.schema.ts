import { z } from 'zod';
import { ClinicianRefSchema } from './clients.schema';
import { PageQuerySchema } from './pagination.schema';
import { ScheduleSchema } from './schedule.schema';
import { HomeworkKindSchema, MeasureCodeSchema, TemplateFieldSchema } from './templates.schema';

export const AssignmentStatusSchema = z.enum([
  'proposed',
  'active',
  'paused',
  'completed',
  'cancelled',
  'declined',
]);
/** `missed` is an occurrence still not done a week after it was due; `pending` ones past due are overdue. */
export const OccurrenceStatusSchema = z.enum(['pending', 'submitted', 'reviewed', 'missed', 'declined']);
export const DeclineReasonSchema = z.enum(
  ['not_relevant', 'too_hard', 'not_safe', 'no_time', 'other'],
  'Choose a reason',
);

const LocalDate = z.iso.date('Use a date like 2026-03-08');
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:00');

/**
 * The clinician's pre-assignment check (spec §1): relevant to the treatment goals and within the
 * client's ability now must both be confirmed; a safety concern needs a back-up plan and links the
 * client's safety plan.
 */
export const PreAssignmentCheckSchema = z.strictObject({
  relevant: z.literal(true, 'Confirm the homework is relevant to the treatment goals'),
  withinAbility: z.literal(true, 'Confirm the client can do this now'),
  safetyConcern: z.boolean('Say whether doing this raises an emotional or physical safety concern'),
});

const BackupPlan = z.string().trim().min(10, 'Write a back-up plan of at least 10 characters').max(2000);

const backupWhenUnsafe = (
  body: { check: { safetyConcern: boolean }; backupPlan?: string },
  ctx: z.RefinementCtx,
) => {
  if (body.check?.safetyConcern === true && !body.backupPlan) {
    ctx.addIssue({
      code: 'custom',
      path: ['backupPlan'],
      message: 'A safety concern needs a back-up plan for the client',
    });
  }
};

const assignmentCommon = {
  instructions: z.string().trim().max(4000).optional(),
  check: PreAssignmentCheckSchema,
  backupPlan: BackupPlan.optional(),
  requiresAcceptance: z.boolean().default(false),
};

/**
 * Assign one template on a schedule (`templateId` + `schedule`), or a program from a start date
 * (`programId` + `startDate` + `time`; its steps become one assignment each).
 */
export const CreateAssignmentRequestSchema = z
  .strictObject({
    templateId: z.uuid('Choose a template').optional(),
    schedule: ScheduleSchema.optional(),
    programId: z.uuid('Choose a program').optional(),
    startDate: LocalDate.optional(),
    time: LocalTime.optional(),
    ...assignmentCommon,
  })
  .superRefine((body, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (body.templateId === undefined && body.programId === undefined) {
      need('templateId', 'Choose a template or a program');
    } else if (body.templateId !== undefined && body.programId !== undefined) {
      need('programId', 'Choose a template or a program, not both');
    } else if (body.templateId !== undefined) {
      if (body.schedule === undefined) need('schedule', 'Choose when it is due');
      if (body.startDate !== undefined) need('startDate', 'A template takes a schedule, not a start date');
      if (body.time !== undefined) need('time', 'A template takes a schedule, not a time');
    } else {
      if (body.startDate === undefined) need('startDate', 'Choose the day the program starts');
      if (body.time === undefined) need('time', 'Choose the time of day things are due');
      if (body.schedule !== undefined)
        need('schedule', 'A program brings its own schedule; give a start date');
    }
  })
  .superRefine(backupWhenUnsafe);

export const UpdateAssignmentRequestSchema = z
  .strictObject({
    instructions: z.string().trim().max(4000),
    schedule: ScheduleSchema,
    status: z.enum(['active', 'paused', 'cancelled'], 'Choose active, paused or cancelled'),
    backupPlan: BackupPlan,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one thing');

export const TemplateRefSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  kind: HomeworkKindSchema,
  title: z.string(),
  measure: MeasureCodeSchema.nullable(),
});

export const OccurrenceCountsSchema = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  overdue: z.number().int(),
  submitted: z.number().int(),
  reviewed: z.number().int(),
  declined: z.number().int(),
  missed: z.number().int(),
});

export const AssignmentSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  template: TemplateRefSchema,
  program: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  instructions: z.string(),
  schedule: ScheduleSchema,
  timezone: z.string(),
  check: z.object({ relevant: z.boolean(), withinAbility: z.boolean(), safetyConcern: z.boolean() }),
  backupPlan: z.string().nullable(),
  /** The safety plan version linked when the assignment raised a safety concern. */
  safetyPlanVersion: z.number().int().nullable(),
  requiresAcceptance: z.boolean(),
  status: AssignmentStatusSchema,
  assignedBy: ClinicianRefSchema.nullable(),
  decline: z
    .object({ reason: DeclineReasonSchema, note: z.string().nullable(), at: z.iso.datetime() })
    .nullable(),
  counts: OccurrenceCountsSchema,
  nextDueAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const AssignmentQuerySchema = PageQuerySchema.extend({
  clientId: z.uuid().optional(),
  status: AssignmentStatusSchema.optional(),
});

export const CreatedAssignmentsSchema = z.object({ items: z.array(AssignmentSchema) });

export const DeclineSchema = z.object({
  id: z.uuid(),
  reason: DeclineReasonSchema,
  note: z.string().nullable(),
  declinedAt: z.iso.datetime(),
  discussedAt: z.iso.datetime().nullable(),
  discussedNote: z.string().nullable(),
});

export const OccurrenceSchema = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  index: z.number().int(),
  dueAt: z.iso.datetime(),
  localDate: z.string(),
  localTime: z.string(),
  status: OccurrenceStatusSchema,
  overdue: z.boolean(),
  submissionId: z.uuid().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  late: z.boolean().nullable(),
  talkNextSession: z.boolean(),
  decline: DeclineSchema.nullable(),
});

export const OccurrenceListSchema = z.object({ items: z.array(OccurrenceSchema) });

/** A response: one value per field key (text, number, option value(s), date, time, yes/no, or rows). */
export const AnswersSchema = z
  .record(z.string().max(40), z.unknown())
  .refine((answers) => JSON.stringify(answers).length <= 100_000, 'The response is too long');

export const SubmitRequestSchema = z.strictObject({
  answers: AnswersSchema,
  talkNextSession: z.boolean().default(false),
});

export const SaveDraftRequestSchema = z.strictObject({ answers: AnswersSchema });

export const DeclineRequestSchema = z
  .strictObject({ reason: DeclineReasonSchema, note: z.string().trim().max(1000).optional() })
  .superRefine((body, ctx) => {
    if (body.reason === 'other' && !body.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Tell your clinician a little about why' });
    }
  });

export const ScoreSchema = z.object({
  id: z.uuid(),
  measure: MeasureCodeSchema,
  total: z.number().int(),
  band: z.string(),
  /** PHQ-9 item 9 (thoughts of self-harm); null for GAD-7. */
  riskItemAnswer: z.number().int().nullable(),
  scoredAt: z.iso.datetime(),
  submissionId: z.uuid(),
});

export const ScoreListSchema = z.object({ items: z.array(ScoreSchema) });

export const FeedbackSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
});

export const FeedbackRequestSchema = z.strictObject({
  text: z.string().trim().min(1, 'Write some feedback').max(4000),
});

/** A submitted response, readable by the client's clinicians (with the pinned template version). */
export const SubmissionSchema = z.object({
  id: z.uuid(),
  occurrenceId: z.uuid(),
  assignmentId: z.uuid(),
  client: z.object({ id: z.uuid(), name: z.string() }),
  template: TemplateRefSchema,
  instructions: z.string(),
  fields: z.array(TemplateFieldSchema),
  answers: z.record(z.string(), z.unknown()),
  dueAt: z.iso.datetime(),
  submittedAt: z.iso.datetime(),
  late: z.boolean(),
  talkNextSession: z.boolean(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewedBy: z.string().nullable(),
  score: ScoreSchema.nullable(),
  feedback: z.array(FeedbackSchema),
});

/** What a submit answers: the stored submission and whether to show the safety plan now. */
export const SubmitResultSchema = z.object({
  submissionId: z.uuid(),
  occurrenceId: z.uuid(),
  submittedAt: z.iso.datetime(),
  late: z.boolean(),
  score: ScoreSchema.nullable(),
  /** True after a PHQ-9 item 9 above 0: the portal shows the safety plan and crisis lines at once. */
  showSafetyPlan: z.boolean(),
});

export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;
export type OccurrenceStatus = z.infer<typeof OccurrenceStatusSchema>;
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;
export type PreAssignmentCheck = z.infer<typeof PreAssignmentCheckSchema>;
export type CreateAssignmentRequest = z.infer<typeof CreateAssignmentRequestSchema>;
export type CreateAssignmentInput = z.input<typeof CreateAssignmentRequestSchema>;
export type UpdateAssignmentRequest = z.infer<typeof UpdateAssignmentRequestSchema>;
export type TemplateRef = z.infer<typeof TemplateRefSchema>;
export type OccurrenceCounts = z.infer<typeof OccurrenceCountsSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentQuery = z.infer<typeof AssignmentQuerySchema>;
export type Decline = z.infer<typeof DeclineSchema>;
export type Occurrence = z.infer<typeof OccurrenceSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
export type SubmitRequest = z.infer<typeof SubmitRequestSchema>;
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;
export type DeclineRequest = z.infer<typeof DeclineRequestSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type Feedback = z.infer<typeof FeedbackSchema>;
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmitResult = z.infer<typeof SubmitResultSchema>;
