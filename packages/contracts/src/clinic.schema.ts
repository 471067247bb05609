import { z } from 'zod';

export const HomeworkTermSchema = z.enum(['homework', 'practice', 'between-session activities']);

export const CrisisResourceSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name the service').max(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{2,24}$/, 'Enter a phone number (digits, spaces, +, - or brackets)'),
  description: z.string().trim().max(300).optional(),
});

/** A wall-clock time "HH:MM" (24-hour), read in the client's or clinician's own time zone. */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Enter a time as HH:MM, for example 21:00');

const thresholdsOf = (max: number) =>
  z.strictObject({
    caseness: z.number().int().min(1, 'At least 1').max(max, `At most ${max}`),
    reliableChange: z.number().int().min(1, 'At least 1').max(max, `At most ${max}`),
  });

/** Caseness and reliable-change thresholds per questionnaire; the defaults are the published ones. */
export const OutcomeThresholdsSchema = z.object({
  phq9: thresholdsOf(27),
  gad7: thresholdsOf(21),
});

export const ClinicSettingsSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timezone: z.string(),
  homeworkTerm: HomeworkTermSchema,
  sessionTimeoutMinutes: z.number().int(),
  requireMfa: z.boolean(),
  crisisResources: z.array(CrisisResourceSchema),
  smallCellThreshold: z.number().int(),
  /** Hours before an item is due that the client is reminded; 0 turns due-soon reminders off. */
  reminderHoursBefore: z.number().int(),
  /** Hours after an item was due that an undone item is nudged once; 0 turns nudges off. */
  overdueNudgeHoursAfter: z.number().int(),
  /** No reminder reaches a client between these times in the client's own time zone. */
  quietHoursStart: ClockTimeSchema,
  quietHoursEnd: ClockTimeSchema,
  /** When each clinician's morning digest is sent, in the clinic's time zone. */
  digestTime: ClockTimeSchema,
  outcomeThresholds: OutcomeThresholdsSchema,
});

export const UpdateClinicSettingsSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    timezone: z.string().min(1).max(64),
    homeworkTerm: HomeworkTermSchema,
    sessionTimeoutMinutes: z.number().int().min(5, 'At least 5 minutes').max(480, 'At most 8 hours'),
    requireMfa: z.boolean(),
    crisisResources: z.array(CrisisResourceSchema).max(10),
    smallCellThreshold: z.number().int().min(5, 'At least 5').max(20, 'At most 20'),
    reminderHoursBefore: z.number().int().min(0, 'At least 0 (off)').max(168, 'At most 168 hours (a week)'),
    overdueNudgeHoursAfter: z
      .number()
      .int()
      .min(0, 'At least 0 (off)')
      .max(168, 'At most 168 hours (a week)'),
    quietHoursStart: ClockTimeSchema,
    quietHoursEnd: ClockTimeSchema,
    digestTime: ClockTimeSchema,
    /** Both questionnaires' thresholds together, as shown; a measure's published defaults are the starting values. */
    outcomeThresholds: z.strictObject({ phq9: thresholdsOf(27), gad7: thresholdsOf(21) }),
  })
  .partial();

export type HomeworkTerm = z.infer<typeof HomeworkTermSchema>;
export type OutcomeThresholdSettings = z.infer<typeof OutcomeThresholdsSchema>;
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>;
export type UpdateClinicSettings = z.infer<typeof UpdateClinicSettingsSchema>;
