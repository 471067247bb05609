import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lost-mail sweep finds each clinic's messages still waiting to be sent without reading its history. */
export class MailPending1764202400000 implements MigrationInterface {
  name = 'MailPending1764202400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      "CREATE INDEX mail_messages_pending ON mail_messages (clinic_id, created_at) WHERE status = 'pending'",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX mail_messages_pending');
  }
}
