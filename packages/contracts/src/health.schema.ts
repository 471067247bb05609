import { z } from 'zod';

export const DependencyStateSchema = z.enum(['up', 'down']);

export const HealthSchema = z.object({ status: z.literal('ok') });

/** What `/api/ready` reports: each dependency the API needs to serve requests. */
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  version: z.string(),
  mode: z.enum(['demo', 'standard']),
  checks: z.object({
    database: DependencyStateSchema,
    queue: DependencyStateSchema,
  }),
  /** Queue depth (counts only) and when the reminder scheduler last finished; null while the queue is unreachable. */
  jobs: z
    .object({
      waiting: z.number().int(),
      active: z.number().int(),
      delayed: z.number().int(),
      failed: z.number().int(),
      lastReminderRunAt: z.iso.datetime({ offset: true }).nullable(),
    })
    .nullable()
    .optional(),
});

export type DependencyState = z.infer<typeof DependencyStateSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type Readiness = z.infer<typeof ReadinessSchema>;
