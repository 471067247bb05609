import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { notFound } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';
import { visibleClients } from '../clients/client-access';

/** A path id that is not a UUID names nothing: 404, the same as an id of another clinic or caseload. */
export function requireUuid(id: string, what: string): string {
  if (!isUuid(id)) throw notFound(what);
  return id;
}

/** An audit entry for a review read or change: ids and codes only, never the clinical text. */
export const reviewAudit = (
  member: ClinicMembership,
  action: string,
  resourceType: string,
  resourceId: string | null,
  details?: AuditEntry['details'],
): AuditEntry => ({
  clinicId: member.clinicId,
  actorUserId: member.userId,
  action,
  resourceType,
  resourceId,
  details,
});

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export interface VisibleClient {
  id: string;
  name: string;
  timezone: string;
  next_session_at: Date | null;
}

/** The client when the member may see them (admins: the clinic's, clinicians: their caseload), else null. */
export async function findVisibleClient(
  m: EntityManager,
  member: ClinicMembership,
  clientId: string,
): Promise<VisibleClient | null> {
  if (!isUuid(clientId)) return null;
  const [row]: VisibleClient[] = await m.query(
    `SELECT c.id, c.name, c.timezone, c.next_session_at FROM clients c
      WHERE c.clinic_id = $1 AND c.id = $2 AND ${visibleClients(member, 3)}`,
    [member.clinicId, clientId, member.membershipId],
  );
  return row ?? null;
}
