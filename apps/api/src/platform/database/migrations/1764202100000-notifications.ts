import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLOCK_TIME = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/**
 * Reminders and notifications: each clinic's reminder policy, each client's email choice, in-app
 * notifications (one row per person and subject, unique by a dedupe key), the email record's kind,
 * dedupe key and permanent-failure flag, and the schedulers' last runs.
 */
export class Notifications1764202100000 implements MigrationInterface {
  name = 'Notifications1764202100000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE clinics
         ADD COLUMN reminder_hours_before int NOT NULL DEFAULT 24 CHECK (reminder_hours_before BETWEEN 0 AND 168),
         ADD COLUMN overdue_nudge_hours_after int NOT NULL DEFAULT 24
           CHECK (overdue_nudge_hours_after BETWEEN 0 AND 168),
         ADD COLUMN quiet_hours_start text NOT NULL DEFAULT '21:00' CHECK (quiet_hours_start ~ ${CLOCK_TIME}),
         ADD COLUMN quiet_hours_end text NOT NULL DEFAULT '08:00' CHECK (quiet_hours_end ~ ${CLOCK_TIME}),
         ADD COLUMN digest_time text NOT NULL DEFAULT '07:00' CHECK (digest_time ~ ${CLOCK_TIME})`,
      'ALTER TABLE clients ADD COLUMN email_reminders boolean NOT NULL DEFAULT true',

      `ALTER TABLE mail_messages
         ADD COLUMN kind text NOT NULL DEFAULT 'account'
           CHECK (kind IN ('invitation', 'password_reset', 'account', 'reminder', 'risk_alert', 'digest')),
         ADD COLUMN dedupe_key text,
         ADD COLUMN client_id uuid,
         ADD COLUMN unsubscribe_digest bytea,
         ADD COLUMN unsubscribe_url text,
         ADD COLUMN permanent boolean NOT NULL DEFAULT false,
         ADD COLUMN failed_at timestamptz`,
      // Exactly once to the person: one message per (recipient, subject, kind), whoever asks twice.
      'CREATE UNIQUE INDEX mail_messages_dedupe ON mail_messages (clinic_id, dedupe_key)',
      'CREATE UNIQUE INDEX mail_messages_unsubscribe ON mail_messages (clinic_id, unsubscribe_digest)',
      'CREATE INDEX mail_messages_status ON mail_messages (clinic_id, status, created_at DESC, id DESC)',

      `CREATE TABLE notifications (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         recipient_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('homework.due_soon', 'homework.overdue', 'feedback.received',
           'risk_alert.created', 'digest.morning')),
         subject_id uuid,
         data jsonb NOT NULL DEFAULT '{}',
         dedupe_key text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         read_at timestamptz,
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, dedupe_key),
         FOREIGN KEY (clinic_id, recipient_id) REFERENCES memberships (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX notifications_recipient ON notifications (clinic_id, recipient_id, created_at DESC, id DESC)',
      'CREATE INDEX notifications_unread ON notifications (clinic_id, recipient_id) WHERE read_at IS NULL',
      'ALTER TABLE notifications ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications FORCE ROW LEVEL SECURITY',
      `CREATE POLICY tenant_isolation ON notifications
         USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
      'GRANT SELECT, INSERT, UPDATE ON notifications TO interlude_app',

      // Service-wide, no clinic data: when each scheduler last ran and what it handled.
      `CREATE TABLE scheduler_runs (
         name text PRIMARY KEY CHECK (name IN ('reminders', 'digest', 'rollups')),
         every_seconds int NOT NULL,
         last_started_at timestamptz,
         last_finished_at timestamptz,
         last_processed int,
         last_error text
       )`,
      'GRANT SELECT, INSERT, UPDATE ON scheduler_runs TO interlude_app, interlude_relay',
      // The reminder scan walks every clinic; the relay role may read each clinic's id and nothing more (Reports).
      // Pending occurrences by due time, for the scan's window.
      `CREATE INDEX occurrences_pending_due ON occurrences (clinic_id, due_at) WHERE status = 'pending'`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP INDEX occurrences_pending_due',
      'DROP TABLE scheduler_runs',
      'DROP TABLE notifications',
      'DROP INDEX mail_messages_status',
      'DROP INDEX mail_messages_unsubscribe',
      'DROP INDEX mail_messages_dedupe',
      `ALTER TABLE mail_messages DROP COLUMN kind, DROP COLUMN dedupe_key, DROP COLUMN client_id,
         DROP COLUMN unsubscribe_digest, DROP COLUMN unsubscribe_url, DROP COLUMN permanent, DROP COLUMN failed_at`,
      'ALTER TABLE clients DROP COLUMN email_reminders',
      `ALTER TABLE clinics DROP COLUMN reminder_hours_before, DROP COLUMN overdue_nudge_hours_after,
         DROP COLUMN quiet_hours_start, DROP COLUMN quiet_hours_end, DROP COLUMN digest_time`,
    ]) {
      await db.query(statement);
    }
  }
}
