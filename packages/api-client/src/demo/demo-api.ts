import { z } from 'zod';
import type { HttpTransport } from '../http/http-transport';

/**
 * One message the demo would have emailed. Kept here until the contracts describe the demo mailbox
 * (`GET /api/demo/mailbox` is not part of API v1 and exists only in demo mode).
 */
export const DemoMailMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable().optional(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const DemoMailboxSchema = z.object({ items: z.array(DemoMailMessageSchema) });

export type DemoMailMessage = z.infer<typeof DemoMailMessageSchema>;
export type DemoMailbox = z.infer<typeof DemoMailboxSchema>;

export interface DemoApi {
  /** `GET /api/demo/mailbox`: 404 outside demo mode. */
  getDemoMailbox(signal?: AbortSignal): Promise<DemoMailbox>;
}

export function createDemoApi(http: HttpTransport): DemoApi {
  return {
    getDemoMailbox: (signal) => http.json(DemoMailboxSchema, '/demo/mailbox', { signal }),
  };
}
