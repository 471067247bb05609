import { z } from 'zod';
import { PageQuerySchema } from './pagination.schema';

export const AuditOutcomeSchema = z.enum(['success', 'failure', 'denied']);

export const AuditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  actor: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  outcome: AuditOutcomeSchema,
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().max(60).optional(),
  actorId: z.uuid().optional(),
  outcome: AuditOutcomeSchema.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});

export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
