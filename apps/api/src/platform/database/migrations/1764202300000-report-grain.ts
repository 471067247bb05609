import type { MigrationInterface, QueryRunner } from 'typeorm';

const tenant = (table: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO interlude_app`,
];

const COUNTERS = `
  due int NOT NULL DEFAULT 0,
  submitted int NOT NULL DEFAULT 0,
  on_time int NOT NULL DEFAULT 0,
  declined int NOT NULL DEFAULT 0,
  declined_not_relevant int NOT NULL DEFAULT 0,
  declined_too_hard int NOT NULL DEFAULT 0,
  declined_not_safe int NOT NULL DEFAULT 0,
  declined_no_time int NOT NULL DEFAULT 0,
  declined_other int NOT NULL DEFAULT 0,
  missed int NOT NULL DEFAULT 0`;

/**
 * Coarser report rollups (ADR 0006, "Grain"): the late-hours histogram becomes part of the key
 * (`late_hour`, -1 for everything not late) so reports add it up with plain `sum`; a week-grain copy
 * of the engagement rollup serves the whole weeks of a period; and distinct-client counts read one
 * row per client, slice and 52-week block (`engagement_presence`: a bit per day with something due,
 * and one per day with a submission) instead of a per-client-per-day table. Rollups are derived
 * data: they are emptied here and every clinic is rebuilt the first time it is counted again.
 */
export class ReportGrain1764202300000 implements MigrationInterface {
  name = 'ReportGrain1764202300000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      'DROP TABLE engagement_client_rollup',
      'TRUNCATE engagement_rollup, rollup_occurrence_state, outcome_score_rollup, rollup_watermarks',
      'ALTER TABLE engagement_rollup DROP CONSTRAINT engagement_rollup_pkey',
      'ALTER TABLE engagement_rollup DROP COLUMN late_hours',
      'ALTER TABLE engagement_rollup ADD COLUMN late_hour smallint NOT NULL DEFAULT -1',
      `ALTER TABLE engagement_rollup ADD PRIMARY KEY (clinic_id, day, clinician_id, program_key, kind, late_hour)`,
      'DROP AGGREGATE rollup_sum_hist(int[])',
      'DROP FUNCTION rollup_add_hist(int[], int[])',

      `CREATE TABLE engagement_week_rollup (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         week date NOT NULL CHECK (extract(isodow FROM week) = 1),
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         late_hour smallint NOT NULL DEFAULT -1,
         ${COUNTERS},
         PRIMARY KEY (clinic_id, week, clinician_id, program_key, kind, late_hour)
       )`,
      ...tenant('engagement_week_rollup'),

      // Which of a block's 52 weeks have a set day (bit w of the result is week w): weekly counts
      // test whole weeks with one bigint AND instead of a 364-bit one.
      `CREATE FUNCTION presence_week_bits(days bit(364)) RETURNS bigint
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT coalesce(sum(1::bigint << w), 0)::bigint FROM generate_series(0, 51) AS w
                WHERE substring(days FROM w * 7 + 1 FOR 7) <> B'0000000' $$`,
      // Block b covers the 364 days from 2000-01-03 (a Monday) + 364·b; bit i is day i of the block.
      `CREATE TABLE engagement_presence (
         clinic_id uuid NOT NULL,
         block int NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         client_id uuid NOT NULL,
         due_days bit(364) NOT NULL,
         submit_days bit(364) NOT NULL,
         due_weeks bigint GENERATED ALWAYS AS (presence_week_bits(due_days)) STORED,
         submit_weeks bigint GENERATED ALWAYS AS (presence_week_bits(submit_days)) STORED,
         PRIMARY KEY (clinic_id, block, clinician_id, program_key, kind, client_id),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      ...tenant('engagement_presence'),

      // A caseload's report, the completion bands and presence upkeep read one client's counted occurrences.
      'CREATE INDEX rollup_occurrence_state_client ON rollup_occurrence_state (clinic_id, client_id, day) INCLUDE (due, submitted)',
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      'DROP INDEX rollup_occurrence_state_client',
      'DROP TABLE engagement_presence',
      'DROP FUNCTION presence_week_bits(bit)',
      'DROP TABLE engagement_week_rollup',
      'TRUNCATE engagement_rollup, rollup_occurrence_state, outcome_score_rollup, rollup_watermarks',
      'ALTER TABLE engagement_rollup DROP CONSTRAINT engagement_rollup_pkey',
      'ALTER TABLE engagement_rollup DROP COLUMN late_hour',
      `ALTER TABLE engagement_rollup ADD COLUMN late_hours int[] NOT NULL DEFAULT '{}'`,
      'ALTER TABLE engagement_rollup ADD PRIMARY KEY (clinic_id, day, clinician_id, program_key, kind)',
      `CREATE FUNCTION rollup_add_hist(a int[], b int[]) RETURNS int[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i), '{}')
                FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) $$`,
      `CREATE AGGREGATE rollup_sum_hist(int[]) (SFUNC = rollup_add_hist, STYPE = int[], INITCOND = '{}')`,
      `CREATE TABLE engagement_client_rollup (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         day date NOT NULL,
         client_id uuid NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         ${COUNTERS},
         late_hours int[] NOT NULL DEFAULT '{}',
         submissions int NOT NULL DEFAULT 0,
         PRIMARY KEY (clinic_id, day, client_id, clinician_id, program_key, kind),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX engagement_client_rollup_client ON engagement_client_rollup (clinic_id, client_id, day)',
      ...tenant('engagement_client_rollup'),
    ];
    for (const sql of statements) await db.query(sql);
  }
}
