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

export const ClinicSettingsSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timezone: z.string(),
  homeworkTerm: HomeworkTermSchema,
  sessionTimeoutMinutes: z.number().int(),
  requireMfa: z.boolean(),
  crisisResources: z.array(CrisisResourceSchema),
  smallCellThreshold: z.number().int(),
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
  })
  .partial();

export type HomeworkTerm = z.infer<typeof HomeworkTermSchema>;
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>;
export type UpdateClinicSettings = z.infer<typeof UpdateClinicSettingsSchema>;
