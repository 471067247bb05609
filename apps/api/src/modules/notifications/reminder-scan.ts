import {
  type ReminderKind,
  type ReminderPolicy,
  reminderCandidateWindow,
  reminderIsDue,
} from '@interlude/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { newToken, tokenDigest } from '../../platform/auth/secrets';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { MailService, type OutgoingMail } from '../../platform/mail/mail.service';
import { reminderEmail } from './notice-emails';
import { type NewNotification, Notifier } from './notifier';

interface Candidate {
  occurrence_id: string;
  due_at: Date;
  timezone: string;
  client_id: string;
  recipient_id: string;
  email: string;
  email_reminders: boolean;
  has_due_soon: boolean;
  has_overdue: boolean;
}

interface ClinicPolicy {
  name: string;
  reminder_hours_before: number;
  overdue_nudge_hours_after: number;
  quiet_hours_start: string;
  quiet_hours_end: string;
}

const NOTIFICATION_KIND = { due_soon: 'homework.due_soon', overdue: 'homework.overdue' } as const;

/** The in-app and email dedupe keys of one reminder: one per (recipient, occurrence, kind). */
export const reminderKey = (kind: ReminderKind, occurrenceId: string, recipientId: string) =>
  `${kind}:${occurrenceId}:${recipientId}`;

/**
 * One clinic's reminder pass: finds pending occurrences of active assignments whose due-soon reminder
 * or overdue nudge is due now by the clinic's policy in each client's own time zone (quiet hours
 * respected), and writes the in-app notification and, when the client has email reminders on, the
 * email — all in one transaction, each unique by its key, so overlapping or repeated passes (two
 * workers, a crash and a restart) never remind anyone twice.
 */
@Injectable()
export class ReminderScan {
  private readonly logger = new Logger('ReminderScan');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly notifier: Notifier,
    private readonly mail: MailService,
  ) {}

  /** Resolves with how many reminders it created (in-app; emails follow the client's choice). */
  async scanClinic(clinicId: string, now: Date): Promise<number> {
    return this.db.inClinic(clinicId, async (m) => {
      // Another pass on this clinic (a second worker) is already at it: leave it to that one.
      const [{ locked }] = await m.query(
        "SELECT pg_try_advisory_xact_lock(hashtext('reminders:' || $1)) AS locked",
        [clinicId],
      );
      if (!locked) return 0;
      const [clinic]: ClinicPolicy[] = await m.query(
        `SELECT name, reminder_hours_before, overdue_nudge_hours_after, quiet_hours_start, quiet_hours_end
           FROM clinics WHERE id = $1`,
        [clinicId],
      );
      const policy: ReminderPolicy = {
        reminderHoursBefore: clinic.reminder_hours_before,
        overdueNudgeHoursAfter: clinic.overdue_nudge_hours_after,
        quietHoursStart: clinic.quiet_hours_start,
        quietHoursEnd: clinic.quiet_hours_end,
      };
      if (policy.reminderHoursBefore === 0 && policy.overdueNudgeHoursAfter === 0) return 0;
      const window = reminderCandidateWindow(policy, now);
      const candidates: Candidate[] = await m.query(
        `SELECT o.id AS occurrence_id, o.due_at, cl.timezone, cl.id AS client_id, cl.portal_membership_id AS recipient_id,
                u.email, cl.email_reminders,
                EXISTS (SELECT 1 FROM notifications n WHERE n.clinic_id = o.clinic_id
                          AND n.dedupe_key = 'due_soon:' || o.id || ':' || cl.portal_membership_id) AS has_due_soon,
                EXISTS (SELECT 1 FROM notifications n WHERE n.clinic_id = o.clinic_id
                          AND n.dedupe_key = 'overdue:' || o.id || ':' || cl.portal_membership_id) AS has_overdue
           FROM occurrences o
           JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id AND a.status = 'active'
           JOIN clients cl ON cl.clinic_id = o.clinic_id AND cl.id = o.client_id AND cl.status = 'active'
           JOIN memberships mb ON mb.clinic_id = cl.clinic_id AND mb.id = cl.portal_membership_id AND mb.status = 'active'
           JOIN users u ON u.id = mb.user_id
          WHERE o.clinic_id = $1 AND o.status = 'pending' AND o.due_at >= $2 AND o.due_at <= $3`,
        [clinicId, window.from, window.to],
      );

      const due: Array<{ kind: ReminderKind; row: Candidate }> = [];
      for (const row of candidates) {
        for (const kind of ['due_soon', 'overdue'] as const) {
          const already = kind === 'due_soon' ? row.has_due_soon : row.has_overdue;
          if (!already && reminderIsDue(kind, row.due_at, policy, row.timezone, now)) due.push({ kind, row });
        }
      }
      if (due.length === 0) return 0;

      const notices: NewNotification[] = due.map(({ kind, row }) => ({
        recipientId: row.recipient_id,
        kind: NOTIFICATION_KIND[kind],
        subjectId: row.occurrence_id,
        data: { dueAt: row.due_at.toISOString(), timeZone: row.timezone },
        dedupeKey: reminderKey(kind, row.occurrence_id, row.recipient_id),
      }));
      const created = await this.notifier.add(notices);
      const base = this.config.APP_URL.replace(/\/$/, '');
      const mails: OutgoingMail[] = [];
      for (const { kind, row } of due) {
        const key = reminderKey(kind, row.occurrence_id, row.recipient_id);
        if (!created.has(key) || !row.email_reminders) continue;
        // One-click unsubscribe: the clinic id (to find the tenant) and a random token stored only as a digest.
        const token = `${clinicId}.${newToken()}`;
        const query = `token=${encodeURIComponent(token)}`;
        const unsubscribeUrl = `${base}/portal/unsubscribe?${query}`;
        mails.push({
          ...reminderEmail({
            kind,
            to: row.email,
            clinicName: clinic.name,
            dueAt: row.due_at.toISOString(),
            timeZone: row.timezone,
            url: `${base}/portal/homework/${row.occurrence_id}`,
            unsubscribeUrl,
          }),
          kind: 'reminder',
          dedupeKey: `email:${key}`,
          clientId: row.client_id,
          unsubscribeDigest: tokenDigest(token),
          // The List-Unsubscribe header's one-click target (RFC 8058) is the API route itself.
          unsubscribeUrl: `${base}/api/v1/reminders/unsubscribe?${query}`,
        });
      }
      await this.mail.queueMany(mails);
      if (created.size > 0)
        this.logger.log({ clinicId, reminders: created.size, emails: mails.length }, 'Reminders queued');
      return created.size;
    });
  }
}
