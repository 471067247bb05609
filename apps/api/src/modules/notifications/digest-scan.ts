import type { Role } from '@interlude/contracts';
import { digestDayDue } from '@interlude/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { MailService, type OutgoingMail } from '../../platform/mail/mail.service';
import { listPrepTasks } from '../review/prep-tasks.service';
import { reviewItems } from '../review/review-items';
import { digestEmail } from './notice-emails';
import { Notifier } from './notifier';

const HOUR_MS = 60 * 60 * 1000;

interface Clinician {
  membership_id: string;
  user_id: string;
  roles: Role[];
  name: string;
  email: string;
}

/**
 * The clinician's morning digest: once per local day (the clinic's zone) after the clinic's digest
 * time, counts of what waits for them — open risk alerts, responses to review, declines to discuss,
 * items flagged for the next session and prep tasks due by tomorrow or before a session in the next
 * day and a half — counted by the same queries as their dashboard. In-app and by email, only on a day
 * when something waits; unique per clinician and day.
 */
@Injectable()
export class DigestScan {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly notifier: Notifier,
    private readonly mail: MailService,
  ) {}

  async scanClinic(clinicId: string, now: Date): Promise<number> {
    return this.db.inClinic(clinicId, async (m) => {
      const [clinic]: Array<{ name: string; timezone: string; digest_time: string; tomorrow: string }> =
        await m.query(
          `SELECT name, timezone, digest_time,
                to_char((($2::timestamptz AT TIME ZONE timezone)::date + 1), 'YYYY-MM-DD') AS tomorrow
           FROM clinics WHERE id = $1`,
          [clinicId, now],
        );
      const day = digestDayDue(now, clinic.timezone, clinic.digest_time);
      if (!day) return 0;
      const clinicians: Clinician[] = await m.query(
        `SELECT mb.id AS membership_id, mb.user_id, mb.roles, u.name, u.email
           FROM memberships mb JOIN users u ON u.id = mb.user_id
          WHERE mb.clinic_id = $1 AND mb.status = 'active' AND 'clinician' = ANY (mb.roles)
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.clinic_id = mb.clinic_id
                              AND n.dedupe_key = 'digest:' || $2 || ':' || mb.id)`,
        [clinicId, day],
      );
      const base = this.config.APP_URL.replace(/\/$/, '');
      let sent = 0;
      for (const person of clinicians) {
        // Counted as a clinician: their caseload, even when they are also an admin.
        const member: ClinicMembership = {
          clinicId,
          membershipId: person.membership_id,
          userId: person.user_id,
          roles: ['clinician'],
        };
        const { counts } = await reviewItems(m, member, { openOnly: true, riskFirst: true, limit: 0 });
        const prep = await listPrepTasks(m, member, {
          status: 'open',
          dueSoon: { by: clinic.tomorrow, now, sessionBefore: new Date(now.getTime() + 36 * HOUR_MS) },
        });
        const data = { ...counts, prepTasks: prep.length };
        if (Object.values(data).every((n) => n === 0)) continue;
        const key = `digest:${day}:${person.membership_id}`;
        const created = await this.notifier.add([
          {
            recipientId: person.membership_id,
            kind: 'digest.morning',
            subjectId: null,
            data,
            dedupeKey: key,
          },
        ]);
        if (!created.has(key)) continue;
        const mail: OutgoingMail = {
          ...digestEmail({
            to: person.email,
            name: person.name,
            clinicName: clinic.name,
            counts: data,
            url: `${base}/clinics/${clinicId}`,
          }),
          kind: 'digest',
          dedupeKey: `email:${key}`,
        };
        await this.mail.queue(mail);
        sent += 1;
      }
      return sent;
    });
  }
}
