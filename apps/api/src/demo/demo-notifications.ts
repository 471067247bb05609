import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DigestScan } from '../modules/notifications/digest-scan';
import { Notices } from '../modules/notifications/notices';
import { type NewNotification, Notifier } from '../modules/notifications/notifier';
import { ReminderScan } from '../modules/notifications/reminder-scan';
import { TenantDatabase } from '../platform/database/tenant-database';

const HOUR = 60 * 60 * 1000;

/**
 * The demo's notifications, made by the real passes where they can be: the open risk alert tells its
 * clinician (and queues the email to the demo mailbox), the reminder pass runs for what is due now,
 * and the clinicians get this morning's digest. The past is written after the fact: each portal
 * client's reminders for the last two weeks (read) and notes of their clinician's feedback. One
 * reminder to an address the mail server refused is left failed, for the admin's delivery screen.
 */
@Injectable()
export class DemoNotifications {
  constructor(
    private readonly db: TenantDatabase,
    private readonly notifier: Notifier,
    private readonly notices: Notices,
    private readonly reminders: ReminderScan,
    private readonly digests: DigestScan,
  ) {}

  async seed(clinicId: string, clinicName: string, now: Date): Promise<void> {
    const m = this.db.manager();
    const [alert] = await m.query(
      'SELECT id FROM risk_alerts WHERE clinic_id = $1 AND acknowledged_at IS NULL',
      [clinicId],
    );
    if (alert)
      await this.notices.riskAlertRaised({ clinicId, eventId: uuidv7(), ids: { alertId: alert.id } });

    const past: NewNotification[] = [];
    const reminded: Array<{ occurrence_id: string; recipient_id: string; due_at: Date; timezone: string }> =
      await m.query(
        `SELECT o.id AS occurrence_id, c.portal_membership_id AS recipient_id, o.due_at, c.timezone
           FROM occurrences o JOIN clients c ON c.clinic_id = o.clinic_id AND c.id = o.client_id
          WHERE o.clinic_id = $1 AND c.portal_membership_id IS NOT NULL
            AND o.due_at BETWEEN $2::timestamptz - interval '14 days' AND $2`,
        [clinicId, now],
      );
    for (const r of reminded) {
      const at = new Date(r.due_at.getTime() - 24 * HOUR);
      past.push({
        recipientId: r.recipient_id,
        kind: 'homework.due_soon',
        subjectId: r.occurrence_id,
        data: { dueAt: r.due_at.toISOString(), timeZone: r.timezone },
        dedupeKey: `due_soon:${r.occurrence_id}:${r.recipient_id}`,
        createdAt: at,
        readAt: new Date(at.getTime() + 3 * HOUR),
      });
    }
    const feedback: Array<{ id: string; recipient_id: string; occurrence_id: string; created_at: Date }> =
      await m.query(
        `SELECT f.id, c.portal_membership_id AS recipient_id, s.occurrence_id, f.created_at
         FROM feedback f
         JOIN submissions s ON s.clinic_id = f.clinic_id AND s.id = f.submission_id
         JOIN clients c ON c.clinic_id = s.clinic_id AND c.id = s.client_id
        WHERE f.clinic_id = $1 AND c.portal_membership_id IS NOT NULL
          AND f.created_at > $2::timestamptz - interval '14 days'`,
        [clinicId, now],
      );
    for (const f of feedback) {
      const recent = now.getTime() - f.created_at.getTime() < 2 * 24 * HOUR;
      past.push({
        recipientId: f.recipient_id,
        kind: 'feedback.received',
        subjectId: f.occurrence_id,
        data: {},
        dedupeKey: `feedback:${f.id}:${f.recipient_id}`,
        createdAt: f.created_at,
        readAt: recent ? null : new Date(f.created_at.getTime() + 5 * HOUR),
      });
    }
    await this.notifier.add(past);

    await this.reminders.scanClinic(clinicId, now);
    // This morning's digest, as it went out at the clinic's digest time today.
    const [{ digest_at }] = await m.query(
      `SELECT ((($2::timestamptz AT TIME ZONE timezone)::date + digest_time::time) AT TIME ZONE timezone) AS digest_at
         FROM clinics WHERE id = $1`,
      [clinicId, now],
    );
    await this.digests.scanClinic(
      clinicId,
      digest_at <= now ? digest_at : new Date(digest_at.getTime() - 24 * HOUR),
    );

    await m.query(
      `INSERT INTO mail_messages (clinic_id, id, to_address, subject, text_body, html_body, kind, status, attempts,
                                  permanent, last_error, failed_at, created_at)
       VALUES ($1, $2, 'sam.k@old-provider.example', 'A gentle reminder from ' || $4,
               'Hello, something you planned with your clinician is due soon.', '<p>Hello, something you planned with your clinician is due soon.</p>',
               'reminder', 'failed', 1, true, '550 5.1.1 <sam.k@old-provider.example>: Recipient address rejected: User unknown',
               $3::timestamptz - interval '2 hours', $3::timestamptz - interval '2 hours')`,
      [clinicId, uuidv7(), now, clinicName],
    );
  }
}
