import { z } from 'zod';
import { WeekdaySchema } from './schedule.schema';
import { HomeworkKindSchema } from './templates.schema';

const Count = z.int('Enter a whole number of times').min(1, 'At least once').max(120, 'At most 120 times');

/**
 * How a program step repeats, relative to the day the step starts (the program's start date plus the
 * step's day offset). The step ends after `count` occurrences.
 */
export const ProgramRecurrenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('once') }),
    z.strictObject({ kind: z.literal('daily'), count: Count }),
    z.strictObject({ kind: z.literal('weekly'), count: Count }),
    z.strictObject({
      kind: z.literal('weekdays'),
      days: z
        .array(WeekdaySchema)
        .min(1, 'Choose at least one day of the week')
        .max(7)
        .refine((days) => new Set(days).size === days.length, 'Choose each day of the week only once'),
      count: Count,
    }),
    z.strictObject({ kind: z.literal('timesPerWeek'), timesPerWeek: z.int().min(1).max(7), count: Count }),
  ],
  { error: 'Choose once, daily, weekly, weekdays or timesPerWeek' },
);

export const ProgramStepInputSchema = z.strictObject({
  templateId: z.uuid('Choose a template'),
  dayOffset: z
    .int('Enter a whole number of days')
    .min(0, 'Start on day 0 or later')
    .max(365, 'Within a year'),
  recurrence: ProgramRecurrenceSchema,
  instructions: z.string().trim().max(2000).optional(),
});

const Name = z.string().trim().min(2, 'Give the program a name of at least 2 characters').max(120);
const Description = z.string().trim().max(2000);
const Steps = z.array(ProgramStepInputSchema).min(1, 'Add at least one step').max(40, 'At most 40 steps');

export const CreateProgramRequestSchema = z.strictObject({
  name: Name,
  description: Description.default(''),
  steps: Steps,
});

export const UpdateProgramRequestSchema = z
  .strictObject({
    name: Name,
    description: Description,
    steps: Steps,
    status: z.enum(['active', 'archived']),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one thing');

export const ProgramStepSchema = z.object({
  position: z.number().int(),
  template: z.object({ id: z.uuid(), title: z.string(), kind: HomeworkKindSchema }),
  dayOffset: z.number().int(),
  recurrence: ProgramRecurrenceSchema,
  instructions: z.string().nullable(),
});

export const ProgramSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'archived']),
  source: z.enum(['library', 'clinic']),
  steps: z.array(ProgramStepSchema),
  /** Days from the first step's start to the last step's last due date. */
  lengthDays: z.number().int(),
  updatedAt: z.iso.datetime(),
});

export const ProgramListSchema = z.object({ items: z.array(ProgramSchema) });

export type ProgramRecurrence = z.infer<typeof ProgramRecurrenceSchema>;
export type ProgramStepInput = z.infer<typeof ProgramStepInputSchema>;
export type CreateProgramRequest = z.infer<typeof CreateProgramRequestSchema>;
export type UpdateProgramRequest = z.infer<typeof UpdateProgramRequestSchema>;
export type ProgramStep = z.infer<typeof ProgramStepSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type ProgramList = z.infer<typeof ProgramListSchema>;
