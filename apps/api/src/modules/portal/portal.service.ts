import type { PortalHome } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/problem';
import { SafetyPlansService } from '../safety-plans/safety-plans.service';

@Injectable()
export class PortalService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly plans: SafetyPlansService,
    private readonly audit: AuditLog,
  ) {}

  /** The portal's first screen in one answer: clinic, crisis lines, the client's record and safety plan. */
  async home(member: ClinicMembership): Promise<PortalHome> {
    const m = this.db.manager();
    const [row] = await m.query(
      `SELECT c.id, c.name, c.preferred_name, c.next_session_at, c.timezone,
              k.name AS clinic_name, k.homework_term, k.crisis_resources,
              array(SELECT u.name FROM memberships cm JOIN users u ON u.id = cm.user_id
                     WHERE cm.clinic_id = c.clinic_id AND (cm.id = c.primary_clinician_id OR cm.id IN (
                       SELECT cc.membership_id FROM client_clinicians cc WHERE cc.clinic_id = c.clinic_id AND cc.client_id = c.id))
                     ORDER BY cm.id = c.primary_clinician_id DESC, u.name) AS clinicians
         FROM clients c JOIN clinics k ON k.id = c.clinic_id
        WHERE c.clinic_id = $1 AND c.portal_membership_id = $2`,
      [member.clinicId, member.membershipId],
    );
    if (!row) throw notFound('client record');
    const safetyPlan = await this.plans.load(member.clinicId, row.id);
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'portal.viewed',
      resourceType: 'client',
      resourceId: row.id,
    });
    return {
      clinic: {
        id: member.clinicId,
        name: row.clinic_name,
        homeworkTerm: row.homework_term,
        crisisResources: row.crisis_resources,
      },
      client: {
        id: row.id,
        name: row.name,
        preferredName: row.preferred_name,
        nextSessionAt: row.next_session_at?.toISOString() ?? null,
        timezone: row.timezone,
        clinicians: row.clinicians,
      },
      safetyPlan,
    };
  }
}
