import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clinic's own caseness and reliable-change thresholds per questionnaire, e.g.
 * `{"phq9": {"caseness": 10, "reliableChange": 6}}`; a measure not in it keeps the published defaults.
 */
export class OutcomeThresholds1764202200000 implements MigrationInterface {
  name = 'OutcomeThresholds1764202200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE clinics ADD COLUMN outcome_thresholds jsonb NOT NULL DEFAULT '{}'
         CHECK (jsonb_typeof(outcome_thresholds) = 'object')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE clinics DROP COLUMN outcome_thresholds');
  }
}
