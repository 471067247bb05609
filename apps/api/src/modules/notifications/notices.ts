import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { MailService } from '../../platform/mail/mail.service';
import type { JobData } from '../../platform/queue/job';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { riskAlertEmail } from './notice-emails';
import { FEEDBACK_GIVEN_TOPIC, RISK_ALERT_RAISED_TOPIC } from './notice-topics';
import { Notifier } from './notifier';

/**
 * Notices that follow an event: a risk alert tells each of the client's clinicians at once (in-app
 * and by an email that names no one), and feedback tells the client in the portal. Handlers may run
 * more than once for one event; the dedupe keys make the second run a no-op.
 */
@Injectable()
export class Notices implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly handlers: JobHandlers,
    private readonly notifier: Notifier,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(RISK_ALERT_RAISED_TOPIC, (data) => this.riskAlertRaised(data));
    this.handlers.register(FEEDBACK_GIVEN_TOPIC, (data) => this.feedbackGiven(data));
  }

  async riskAlertRaised({ clinicId, ids }: JobData): Promise<void> {
    await this.db.inClinic(clinicId, async (m) => {
      const clinicians: Array<{
        membership_id: string;
        client_id: string;
        name: string;
        email: string;
        clinic: string;
      }> = await m.query(
        `SELECT DISTINCT mb.id AS membership_id, r.client_id, u.name, u.email, k.name AS clinic
             FROM risk_alerts r
             JOIN clients c ON c.clinic_id = r.clinic_id AND c.id = r.client_id
             JOIN memberships mb ON mb.clinic_id = r.clinic_id AND mb.status = 'active'
              AND (mb.id = c.primary_clinician_id OR mb.id IN (
                    SELECT cc.membership_id FROM client_clinicians cc
                     WHERE cc.clinic_id = c.clinic_id AND cc.client_id = c.id))
             JOIN users u ON u.id = mb.user_id
             JOIN clinics k ON k.id = r.clinic_id
            WHERE r.clinic_id = $1 AND r.id = $2`,
        [clinicId, ids.alertId],
      );
      const key = (membershipId: string) => `risk_alert:${ids.alertId}:${membershipId}`;
      const created = await this.notifier.add(
        clinicians.map((c) => ({
          recipientId: c.membership_id,
          kind: 'risk_alert.created' as const,
          subjectId: ids.alertId,
          data: { clientId: c.client_id },
          dedupeKey: key(c.membership_id),
        })),
      );
      const base = this.config.APP_URL.replace(/\/$/, '');
      await this.mail.queueMany(
        clinicians
          .filter((c) => created.has(key(c.membership_id)))
          .map((c) => ({
            ...riskAlertEmail({
              to: c.email,
              name: c.name,
              clinicName: c.clinic,
              url: `${base}/clinics/${clinicId}/clients/${c.client_id}`,
            }),
            kind: 'risk_alert' as const,
            dedupeKey: `email:${key(c.membership_id)}`,
          })),
      );
    });
  }

  async feedbackGiven({ clinicId, ids }: JobData): Promise<void> {
    await this.db.inClinic(clinicId, async (m) => {
      const [row]: Array<{ recipient_id: string; occurrence_id: string }> = await m.query(
        `SELECT c.portal_membership_id AS recipient_id, s.occurrence_id
           FROM feedback f
           JOIN submissions s ON s.clinic_id = f.clinic_id AND s.id = f.submission_id
           JOIN clients c ON c.clinic_id = s.clinic_id AND c.id = s.client_id
          WHERE f.clinic_id = $1 AND f.id = $2 AND c.portal_membership_id IS NOT NULL`,
        [clinicId, ids.feedbackId],
      );
      if (!row) return;
      await this.notifier.add([
        {
          recipientId: row.recipient_id,
          kind: 'feedback.received',
          subjectId: row.occurrence_id,
          data: {},
          dedupeKey: `feedback:${ids.feedbackId}:${row.recipient_id}`,
        },
      ]);
    });
  }
}
