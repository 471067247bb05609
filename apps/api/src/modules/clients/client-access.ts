import type { ClinicMembership } from '../../platform/auth/auth-context';

/**
 * Which clients a member may see, as SQL over `clients c`: admins all of the clinic's, clinicians their
 * caseload (primary or additional), a client only their own record. `$n` is the member's id.
 */
export function visibleClients(member: ClinicMembership, param: number): string {
  // Every branch names the parameter, so the statement's parameter count is the same for all roles.
  if (member.roles.includes('admin')) return `$${param}::uuid IS NOT NULL`;
  if (member.roles.includes('clinician')) {
    return `(c.primary_clinician_id = $${param} OR EXISTS (
      SELECT 1 FROM client_clinicians cc
       WHERE cc.clinic_id = c.clinic_id AND cc.client_id = c.id AND cc.membership_id = $${param}))`;
  }
  if (member.roles.includes('client')) return `c.portal_membership_id = $${param}`;
  return `($${param}::uuid IS NULL AND FALSE)`;
}
