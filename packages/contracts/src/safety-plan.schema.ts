import { z } from 'zod';

const Line = z.string().trim().min(1, 'Write something or remove the line').max(500);
const Entry = z.strictObject({ text: Line, addedBy: z.enum(['clinician', 'client']).default('clinician') });
const Contact = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{2,24}$/, 'Enter a phone number (digits, spaces, +, - or brackets)')
    .optional(),
  note: z.string().trim().max(200).optional(),
});

/** The Stanley–Brown safety plan, in its order, plus reasons for living. */
export const SafetyPlanContentSchema = z.strictObject({
  warningSigns: z.array(Line).max(20),
  copingStrategies: z.array(Entry).max(30),
  distractions: z.array(Entry).max(30),
  peopleToAsk: z.array(Contact).max(10),
  professionals: z.array(Contact).max(10),
  environmentSafety: z.array(Line).max(20),
  reasonsForLiving: z.array(Line).max(20),
});

export const SafetyPlanSchema = SafetyPlanContentSchema.extend({
  clientId: z.uuid(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});

export const SafetyPlanVersionSchema = z.object({
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().nullable(),
});

/** What a client may add from the portal: their own coping strategies and distractions. */
export const AddSafetyPlanEntryRequestSchema = z.strictObject({
  section: z.enum(['copingStrategies', 'distractions']),
  text: Line,
});

export type SafetyPlanContent = z.infer<typeof SafetyPlanContentSchema>;
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;
export type SafetyPlanVersion = z.infer<typeof SafetyPlanVersionSchema>;
export type AddSafetyPlanEntryRequest = z.infer<typeof AddSafetyPlanEntryRequestSchema>;
