import { z } from 'zod';
import { DeclineSchema, FeedbackSchema, OccurrenceStatusSchema, ScoreSchema } from './assignments.schema';
import { HomeworkKindSchema, MeasureCodeSchema, TemplateFieldSchema } from './templates.schema';

export const MyAssignmentsQuerySchema = z.object({
  when: z
    .enum(['today', 'upcoming', 'overdue', 'done'], 'Choose today, upcoming, overdue or done')
    .default('today'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** One piece of homework in the client's lists. */
export const MyOccurrenceItemSchema = z.object({
  occurrenceId: z.uuid(),
  assignmentId: z.uuid(),
  kind: HomeworkKindSchema,
  title: z.string(),
  dueAt: z.iso.datetime(),
  localDate: z.string(),
  localTime: z.string(),
  status: OccurrenceStatusSchema,
  overdue: z.boolean(),
  hasDraft: z.boolean(),
  submittedAt: z.iso.datetime().nullable(),
  feedbackCount: z.number().int(),
});

export const MyAssignmentsSchema = z.object({ items: z.array(MyOccurrenceItemSchema) });

/** Homework the clinician asked the client to accept before it starts. */
export const MyProposalSchema = z.object({
  assignmentId: z.uuid(),
  kind: HomeworkKindSchema,
  title: z.string(),
  instructions: z.string(),
  firstDueAt: z.iso.datetime().nullable(),
  occurrences: z.number().int(),
  proposedAt: z.iso.datetime(),
  assignedBy: z.string().nullable(),
});

export const MyProposalListSchema = z.object({ items: z.array(MyProposalSchema) });

/** Everything one homework screen needs: the pinned questions, the draft, what was sent, feedback. */
export const MyOccurrenceSchema = MyOccurrenceItemSchema.extend({
  instructions: z.string(),
  templateInstructions: z.string(),
  measure: MeasureCodeSchema.nullable(),
  fields: z.array(TemplateFieldSchema),
  backupPlan: z.string().nullable(),
  safetyConcern: z.boolean(),
  draft: z.record(z.string(), z.unknown()).nullable(),
  draftSavedAt: z.iso.datetime().nullable(),
  submission: z
    .object({
      id: z.uuid(),
      answers: z.record(z.string(), z.unknown()),
      submittedAt: z.iso.datetime(),
      late: z.boolean(),
      talkNextSession: z.boolean(),
      score: ScoreSchema.nullable(),
    })
    .nullable(),
  feedback: z.array(FeedbackSchema),
  decline: DeclineSchema.nullable(),
});

export const DraftSavedSchema = z.object({ draftSavedAt: z.iso.datetime() });

export const MyProgressSchema = z.object({
  /** Days in a row, ending today or yesterday, with at least one piece of homework sent. */
  streakDays: z.number().int(),
  last28Days: z.object({ due: z.number().int(), submitted: z.number().int() }),
  moodTrend: z.array(z.object({ date: z.string(), mood: z.number() })),
  scores: z.array(ScoreSchema.omit({ submissionId: true, riskItemAnswer: true })),
});

export type MyAssignmentsQuery = z.infer<typeof MyAssignmentsQuerySchema>;
export type MyOccurrenceItem = z.infer<typeof MyOccurrenceItemSchema>;
export type MyAssignments = z.infer<typeof MyAssignmentsSchema>;
export type MyProposal = z.infer<typeof MyProposalSchema>;
export type MyOccurrence = z.infer<typeof MyOccurrenceSchema>;
export type DraftSaved = z.infer<typeof DraftSavedSchema>;
export type MyProgress = z.infer<typeof MyProgressSchema>;
