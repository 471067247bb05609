import type { AuditEntry } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { notFound } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';

/** A path id that is not a UUID names nothing: 404, the same as an id of another clinic. */
export function requireId(id: string, what: string): string {
  if (!isUuid(id)) throw notFound(what);
  return id;
}

/** The audit trail's view of a change or read of homework data: who, what, which. */
export const auditEntry = (
  member: ClinicMembership,
  action: string,
  resourceType: string,
  resourceId: string,
  details?: AuditEntry['details'],
): AuditEntry => ({
  clinicId: member.clinicId,
  actorUserId: member.userId,
  action,
  resourceType,
  resourceId,
  details,
});
