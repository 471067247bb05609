import { z } from 'zod';
import { CrisisResourceSchema, HomeworkTermSchema } from './clinic.schema';
import { SafetyPlanSchema } from './safety-plan.schema';

/** Everything the portal's first screen needs, in one request, cached so it stays if the network drops. */
export const PortalHomeSchema = z.object({
  clinic: z.object({
    id: z.uuid(),
    name: z.string(),
    homeworkTerm: HomeworkTermSchema,
    crisisResources: z.array(CrisisResourceSchema),
  }),
  client: z.object({
    id: z.uuid(),
    name: z.string(),
    preferredName: z.string().nullable(),
    nextSessionAt: z.iso.datetime().nullable(),
    timezone: z.string(),
    clinicians: z.array(z.string()),
  }),
  safetyPlan: SafetyPlanSchema,
});

export type PortalHome = z.infer<typeof PortalHomeSchema>;
