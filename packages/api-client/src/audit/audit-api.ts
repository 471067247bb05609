import { type AuditEvent, AuditEventSchema, type AuditQuerySchema, pageOf } from '@interlude/contracts';
import type { z } from 'zod';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';
import type { Page } from '../pagination';

/** Filters of the audit log (`from`/`to` are ISO instants; `limit` defaults to 25 on the server). */
export type AuditEventsQuery = Omit<z.input<typeof AuditQuerySchema>, 'limit'> & { limit?: number };

const AuditPageSchema = pageOf(AuditEventSchema);

export interface AuditApi {
  /** `GET /clinics/{clinicId}/audit-events`: admins; newest first, one page at a time. */
  listAuditEvents(
    clinicId: string,
    query?: AuditEventsQuery,
    signal?: AbortSignal,
  ): Promise<Page<AuditEvent>>;
}

export function createAuditApi(http: HttpTransport): AuditApi {
  return {
    listAuditEvents: (clinicId, query = {}, signal) =>
      http.json(AuditPageSchema, `${clinicPath(clinicId)}/audit-events`, { query: { ...query }, signal }),
  };
}
