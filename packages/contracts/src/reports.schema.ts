import { z } from 'zod';
import { DeclineReasonSchema } from './assignments.schema';
import { HomeworkKindSchema, MeasureCodeSchema } from './templates.schema';

const LocalDate = z.iso.date('Use a date like 2026-03-08');

/**
 * One number of a report. `value` is null when the cell is suppressed: it counts fewer clients than
 * the clinic's small-cell threshold, or it had to be hidden too so a suppressed one cannot be worked
 * out from totals (complementary suppression).
 */
export const ReportCellSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

const reportFilters = {
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  clinicianId: z.uuid().optional(),
  programId: z.uuid().optional(),
};

const periodOrder = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && q.from > q.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The end date must be on or after the start date',
    });
  }
};

/** Period defaults to the last 12 weeks (ending today in the clinic's time zone). */
export const EngagementQuerySchema = z
  .strictObject({
    ...reportFilters,
    kind: HomeworkKindSchema.optional(),
    groupBy: z
      .enum(['week', 'clinician', 'program', 'kind'], 'Group by week, clinician, program or kind')
      .default('week'),
  })
  .superRefine(periodOrder);

export const OutcomesQuerySchema = z
  .strictObject({
    ...reportFilters,
    measure: MeasureCodeSchema.default('phq9'),
    groupBy: z
      .enum(['none', 'clinician', 'program', 'engagement'], 'Group by clinician, program or engagement')
      .default('engagement'),
  })
  .superRefine(periodOrder);

export const EngagementCellsSchema = z.object({
  /** Clients with anything due in the period: the count suppression looks at. */
  clients: ReportCellSchema,
  due: ReportCellSchema,
  submitted: ReportCellSchema,
  onTime: ReportCellSchema,
  /** Submitted ÷ due, 0–1. */
  completionRate: ReportCellSchema,
  /** Submitted on time ÷ due, 0–1. */
  onTimeRate: ReportCellSchema,
  declined: ReportCellSchema,
  declinedByReason: z.record(DeclineReasonSchema, ReportCellSchema),
  missed: ReportCellSchema,
  /** Median hours late over late submissions, in whole hours. */
  medianHoursLate: ReportCellSchema,
  /** Clients who submitted anything in the last 7 days of the period. */
  activeClients: ReportCellSchema,
});

export const ReportGroupSchema = <T extends z.ZodType>(cells: T) =>
  z.object({ key: z.string(), label: z.string(), cells });

export const EngagementReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['week', 'clinician', 'program', 'kind']),
  threshold: z.number().int(),
  /** Only the caller's own caseload (clinicians), or the whole clinic (managers and admins). */
  scope: z.enum(['clinic', 'caseload']),
  totals: EngagementCellsSchema,
  groups: z.array(ReportGroupSchema(EngagementCellsSchema)),
  /** Week by week (weeks start on Monday), whatever the grouping. */
  weekly: z.array(z.object({ weekStart: z.string(), cells: EngagementCellsSchema })),
  /** When the rollups were last brought up to date. */
  asOf: z.iso.datetime(),
});

export const OutcomeCellsSchema = z.object({
  /** Clients with at least two scores in the period (first and last compared). */
  clients: ReportCellSchema,
  /** Scores of those clients in the period. */
  scores: ReportCellSchema,
  reliableImprovement: ReportCellSchema,
  reliableDeterioration: ReportCellSchema,
  noReliableChange: ReportCellSchema,
  /** At or above caseness at the first score. */
  caseAtStart: ReportCellSchema,
  recovery: ReportCellSchema,
  reliableRecovery: ReportCellSchema,
  meanFirst: ReportCellSchema,
  meanLast: ReportCellSchema,
});

export const OutcomesReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  measure: MeasureCodeSchema,
  groupBy: z.enum(['none', 'clinician', 'program', 'engagement']),
  threshold: z.number().int(),
  scope: z.enum(['clinic', 'caseload']),
  /** The thresholds used (configurable per measure). */
  caseness: z.number().int(),
  reliableChange: z.number().int(),
  totals: OutcomeCellsSchema,
  /** For `engagement`: homework completion bands `low` (< 33 %), `middle` (33–66 %), `high` (> 66 %). */
  groups: z.array(ReportGroupSchema(OutcomeCellsSchema)),
  asOf: z.iso.datetime(),
});

export const ReportNameSchema = z.enum(['engagement', 'outcomes'], 'Choose engagement or outcomes');

export const CreateExportRequestSchema = z.strictObject({
  ...reportFilters,
  kind: HomeworkKindSchema.optional(),
  measure: MeasureCodeSchema.optional(),
  groupBy: z.string().max(20).optional(),
});

export const ReportExportSchema = z.object({
  id: z.uuid(),
  report: ReportNameSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0–100. */
  progress: z.number().int(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  fileName: z.string().nullable(),
  /** The CSV itself once done (suppressed cells written as "suppressed"). */
  csv: z.string().nullable(),
});

export type ReportCell = z.infer<typeof ReportCellSchema>;
export type EngagementQuery = z.infer<typeof EngagementQuerySchema>;
export type EngagementQueryInput = z.input<typeof EngagementQuerySchema>;
export type OutcomesQuery = z.infer<typeof OutcomesQuerySchema>;
export type OutcomesQueryInput = z.input<typeof OutcomesQuerySchema>;
export type EngagementCells = z.infer<typeof EngagementCellsSchema>;
export type EngagementReport = z.infer<typeof EngagementReportSchema>;
export type OutcomeCells = z.infer<typeof OutcomeCellsSchema>;
export type OutcomesReport = z.infer<typeof OutcomesReportSchema>;
export type ReportName = z.infer<typeof ReportNameSchema>;
export type CreateExportRequest = z.infer<typeof CreateExportRequestSchema>;
export type ReportExport = z.infer<typeof ReportExportSchema>;
