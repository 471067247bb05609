import type { MigrationInterface, QueryRunner } from 'typeorm';

const tenant = (table: string, grants: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
  `GRANT ${grants} ON ${table} TO interlude_app`,
];

/** The counters every engagement rollup row carries (see docs/adr/0006-report-rollups.md). */
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
  missed int NOT NULL DEFAULT 0,
  late_hours int[] NOT NULL DEFAULT '{}'`;

/**
 * Reports: rollups kept current by jobs (engagement per day × clinician × program × kind, the same
 * per client for distinct-client counts and caseload scope, score facts for outcomes), the
 * per-occurrence record of what has been counted, the applied-event ledger, the per-clinic
 * watermark of time-based transitions, and CSV exports.
 */
export class Reports1764202000000 implements MigrationInterface {
  name = 'Reports1764202000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Element-wise sum of two histograms of different lengths (missing elements count as 0).
      `CREATE FUNCTION rollup_add_hist(a int[], b int[]) RETURNS int[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i), '{}')
                FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) $$`,
      `CREATE AGGREGATE rollup_sum_hist(int[]) (SFUNC = rollup_add_hist, STYPE = int[], INITCOND = '{}')`,

      `CREATE TABLE engagement_rollup (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         day date NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         ${COUNTERS},
         PRIMARY KEY (clinic_id, day, clinician_id, program_key, kind)
       )`,
      ...tenant('engagement_rollup', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE engagement_client_rollup (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         day date NOT NULL,
         client_id uuid NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         ${COUNTERS},
         submissions int NOT NULL DEFAULT 0,
         PRIMARY KEY (clinic_id, day, client_id, clinician_id, program_key, kind),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX engagement_client_rollup_client ON engagement_client_rollup (clinic_id, client_id, day)',
      ...tenant('engagement_client_rollup', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE rollup_occurrence_state (
         clinic_id uuid NOT NULL,
         occurrence_id uuid NOT NULL,
         client_id uuid NOT NULL,
         day date NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         kind text NOT NULL,
         due smallint NOT NULL,
         submitted smallint NOT NULL,
         on_time smallint NOT NULL,
         declined smallint NOT NULL,
         decline_reason text,
         missed smallint NOT NULL,
         late_bucket smallint,
         submit_day date,
         PRIMARY KEY (clinic_id, occurrence_id),
         FOREIGN KEY (clinic_id, occurrence_id) REFERENCES occurrences (clinic_id, id) ON DELETE CASCADE
       )`,
      ...tenant('rollup_occurrence_state', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE outcome_score_rollup (
         clinic_id uuid NOT NULL,
         score_id uuid NOT NULL,
         client_id uuid NOT NULL,
         measure text NOT NULL,
         total int NOT NULL,
         scored_at timestamptz NOT NULL,
         day date NOT NULL,
         clinician_id uuid NOT NULL,
         program_key uuid NOT NULL,
         PRIMARY KEY (clinic_id, score_id),
         FOREIGN KEY (clinic_id, score_id) REFERENCES measure_scores (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX outcome_score_rollup_period ON outcome_score_rollup (clinic_id, measure, day, client_id)',
      ...tenant('outcome_score_rollup', 'SELECT, INSERT, DELETE'),

      `CREATE TABLE rollup_watermarks (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         applied_until timestamptz NOT NULL,
         rebuilt_at timestamptz,
         PRIMARY KEY (clinic_id)
       )`,
      ...tenant('rollup_watermarks', 'SELECT, INSERT, UPDATE'),
      // The periodic catch-up finds the clinics that are behind; it sees the watermark and nothing else.
      `CREATE POLICY rollup_relay ON rollup_watermarks FOR SELECT TO interlude_relay USING (true)`,
      'GRANT SELECT (clinic_id, applied_until) ON rollup_watermarks TO interlude_relay',
      // …and the rebuild command lists the clinics to rebuild (their ids only).
      `CREATE POLICY clinics_relay ON clinics FOR SELECT TO interlude_relay USING (true)`,
      'GRANT SELECT (id) ON clinics TO interlude_relay',

      `CREATE TABLE rollup_applied_events (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         event_id uuid NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, event_id)
       )`,
      ...tenant('rollup_applied_events', 'SELECT, INSERT, DELETE'),

      // The catch-up reads occurrences by due time.
      'CREATE INDEX occurrences_due ON occurrences (clinic_id, due_at)',

      `CREATE TABLE report_exports (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         requested_by uuid NOT NULL,
         report text NOT NULL CHECK (report IN ('engagement', 'outcomes')),
         filters jsonb NOT NULL,
         scope text NOT NULL CHECK (scope IN ('clinic', 'caseload')),
         status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
         progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
         csv text,
         file_name text,
         error text,
         created_at timestamptz NOT NULL DEFAULT now(),
         finished_at timestamptz,
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, requested_by) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX report_exports_requester ON report_exports (clinic_id, requested_by, created_at DESC)',
      ...tenant('report_exports', 'SELECT, INSERT, UPDATE'),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP POLICY clinics_relay ON clinics');
    await db.query('REVOKE SELECT (id) ON clinics FROM interlude_relay');
    await db.query('DROP INDEX occurrences_due');
    for (const table of [
      'report_exports',
      'rollup_applied_events',
      'rollup_watermarks',
      'outcome_score_rollup',
      'rollup_occurrence_state',
      'engagement_client_rollup',
      'engagement_rollup',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP AGGREGATE rollup_sum_hist(int[])');
    await db.query('DROP FUNCTION rollup_add_hist(int[], int[])');
  }
}
