import type { NotificationSettings, UnsubscribeResult } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { tokenDigest } from '../../platform/auth/secrets';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';

const invalidLink = () =>
  new ProblemException(
    404,
    'This link is not valid any more. You can turn reminder emails off in the portal.',
  );

/** The client's own email choice: from the portal's settings, or from the link in any reminder email. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
  ) {}

  async get(member: ClinicMembership): Promise<NotificationSettings> {
    const [row] = await this.db
      .manager()
      .query('SELECT email_reminders FROM clients WHERE clinic_id = $1 AND portal_membership_id = $2', [
        member.clinicId,
        member.membershipId,
      ]);
    if (!row) throw notFound('client');
    return { emailReminders: row.email_reminders };
  }

  async update(member: ClinicMembership, change: NotificationSettings): Promise<NotificationSettings> {
    // An UPDATE answers [rows, count].
    const [[row]]: [Array<{ id: string }>, number] = await this.db.manager().query(
      `UPDATE clients SET email_reminders = $3, updated_at = now()
        WHERE clinic_id = $1 AND portal_membership_id = $2 RETURNING id`,
      [member.clinicId, member.membershipId, change.emailReminders],
    );
    if (!row) throw notFound('client');
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'client.email_reminders_changed',
      resourceType: 'client',
      resourceId: row.id,
      details: { emailReminders: change.emailReminders, via: 'portal' },
    });
    return { emailReminders: change.emailReminders };
  }

  /**
   * The one-click link: `<clinic id>.<random>`, the random part stored only as a digest on the email
   * it came in. Anything unknown is the same 404, so a link reveals nothing about who it was for.
   */
  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    const [clinicId, secret] = token.split('.', 2);
    if (!isUuid(clinicId) || !secret) throw invalidLink();
    return this.db.inClinic(clinicId, async (m) => {
      const [[row]]: [Array<{ id: string; clinic_name: string }>, number] = await m.query(
        `UPDATE clients c SET email_reminders = false, updated_at = now()
           FROM mail_messages mm
          WHERE mm.clinic_id = $1 AND mm.unsubscribe_digest = $2
            AND c.clinic_id = mm.clinic_id AND c.id = mm.client_id
          RETURNING c.id, (SELECT name FROM clinics WHERE id = $1) AS clinic_name`,
        [clinicId, tokenDigest(token)],
      );
      if (!row) throw invalidLink();
      await this.audit.record({
        clinicId,
        actorUserId: null,
        action: 'client.email_reminders_changed',
        resourceType: 'client',
        resourceId: row.id,
        details: { emailReminders: false, via: 'email_link' },
      });
      return { clinicName: row.clinic_name, emailReminders: false as const };
    });
  }
}
