import { z } from 'zod';
import { DeclineReasonSchema, OccurrenceCountsSchema } from './assignments.schema';
import { HomeworkKindSchema } from './templates.schema';

const ClientRef = z.object({ id: z.uuid(), name: z.string() });

export const RiskAlertSchema = z.object({
  id: z.uuid(),
  client: ClientRef,
  source: z.enum(['phq9_item9']),
  severity: z.enum(['high']),
  /** The answer that raised it (PHQ-9 item 9: 1 several days, 2 more than half the days, 3 nearly every day). */
  itemAnswer: z.number().int(),
  submissionId: z.uuid(),
  createdAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  acknowledgedBy: z.string().nullable(),
  note: z.string().nullable(),
});

export const RiskAlertQuerySchema = z.object({
  status: z.enum(['open', 'acknowledged', 'all']).default('open'),
  clientId: z.uuid().optional(),
});

export const RiskAlertListSchema = z.object({ items: z.array(RiskAlertSchema) });

export const AcknowledgeRiskAlertRequestSchema = z.strictObject({
  note: z
    .string()
    .trim()
    .min(3, 'Write what you did, e.g. called the client and reviewed the safety plan')
    .max(4000),
});

export const DiscussDeclineRequestSchema = z.strictObject({
  note: z.string().trim().min(3, 'Write a short note of what was discussed').max(4000),
});

/** One thing waiting for a clinician: a new submission, a decline to talk through, or a risk alert. */
export const ReviewQueueItemSchema = z.object({
  type: z.enum(['risk_alert', 'submission', 'decline']),
  id: z.uuid(),
  client: ClientRef,
  assignmentId: z.uuid().nullable(),
  /** The submission itself, the one that raised a risk alert, or null for a decline. */
  submissionId: z.uuid().nullable(),
  /** Still waiting for a clinician: an alert not acknowledged, a submission not reviewed, a decline not discussed. */
  open: z.boolean(),
  title: z.string(),
  kind: HomeworkKindSchema.nullable(),
  at: z.iso.datetime(),
  /** The client asked to talk about it next session. */
  flagged: z.boolean(),
  late: z.boolean().nullable(),
  declineReason: DeclineReasonSchema.nullable(),
  declineNote: z.string().nullable(),
});

export const ReviewQueueQuerySchema = z.object({
  type: z.enum(['risk_alert', 'submission', 'decline', 'flagged']).optional(),
  clientId: z.uuid().optional(),
});

export const ReviewQueueSchema = z.object({
  items: z.array(ReviewQueueItemSchema),
  counts: z.object({
    riskAlerts: z.number().int(),
    submissions: z.number().int(),
    declines: z.number().int(),
    flagged: z.number().int(),
  }),
});

const LocalDate = z.iso.date('Use a date like 2026-03-08');

export const PrepTaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  notes: z.string(),
  dueDate: z.string().nullable(),
  client: ClientRef.nullable(),
  assignment: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

/** With a client and no due date, the task is due on the day before the client's next session. */
export const CreatePrepTaskRequestSchema = z.strictObject({
  title: z.string().trim().min(2, 'Give the task a title').max(200),
  notes: z.string().trim().max(4000).default(''),
  dueDate: LocalDate.optional(),
  clientId: z.uuid().optional(),
  assignmentId: z.uuid().optional(),
});

export const UpdatePrepTaskRequestSchema = z
  .strictObject({
    title: z.string().trim().min(2, 'Give the task a title').max(200),
    notes: z.string().trim().max(4000),
    dueDate: LocalDate.nullable(),
    done: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one thing');

export const PrepTaskQuerySchema = z.object({
  status: z.enum(['open', 'done', 'all']).default('open'),
  clientId: z.uuid().optional(),
});

export const PrepTaskListSchema = z.object({ items: z.array(PrepTaskSchema) });

/** One caseload row of the clinician dashboard: engagement at a glance. */
export const CaseloadEngagementSchema = z.object({
  client: z.object({ id: z.uuid(), name: z.string(), nextSessionAt: z.iso.datetime().nullable() }),
  /** Submitted ÷ due over the last 28 days; null when nothing was due. */
  completionRate: z.number().nullable(),
  due: z.number().int(),
  submitted: z.number().int(),
  overdue: z.number().int(),
  lastActivityAt: z.iso.datetime().nullable(),
  openDeclines: z.number().int(),
  openRiskAlerts: z.number().int(),
});

export const ClinicianDashboardSchema = z.object({
  riskAlerts: z.array(RiskAlertSchema),
  reviewCounts: ReviewQueueSchema.shape.counts,
  prepTasksDue: z.array(PrepTaskSchema),
  caseload: z.array(CaseloadEngagementSchema),
});

/** Assignment counts a client page shows next to each assignment. */
export const AssignmentCountsSchema = OccurrenceCountsSchema;

export type RiskAlert = z.infer<typeof RiskAlertSchema>;
export type RiskAlertQuery = z.infer<typeof RiskAlertQuerySchema>;
export type AcknowledgeRiskAlertRequest = z.infer<typeof AcknowledgeRiskAlertRequestSchema>;
export type DiscussDeclineRequest = z.infer<typeof DiscussDeclineRequestSchema>;
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;
export type PrepTask = z.infer<typeof PrepTaskSchema>;
export type CreatePrepTaskRequest = z.infer<typeof CreatePrepTaskRequestSchema>;
export type UpdatePrepTaskRequest = z.infer<typeof UpdatePrepTaskRequestSchema>;
export type PrepTaskQuery = z.infer<typeof PrepTaskQuerySchema>;
export type PrepTaskList = z.infer<typeof PrepTaskListSchema>;
export type RiskAlertList = z.infer<typeof RiskAlertListSchema>;
export type CaseloadEngagement = z.infer<typeof CaseloadEngagementSchema>;
export type ClinicianDashboard = z.infer<typeof ClinicianDashboardSchema>;
