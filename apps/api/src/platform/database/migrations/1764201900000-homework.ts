import type { MigrationInterface, QueryRunner } from 'typeorm';

const tenant = (table: string, grants: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
  `GRANT ${grants} ON ${table} TO interlude_app`,
];

/**
 * Homework: the template library (immutable versions), programs, assignments and their due
 * occurrences, submissions with feedback, declines, questionnaire scores, risk alerts and the
 * clinician's own prep tasks.
 */
export class Homework1764201900000 implements MigrationInterface {
  name = 'Homework1764201900000';

  async up(db: QueryRunner): Promise<void> {
    const kinds = `'journal','schedule','event_plan','interests','worksheet','reach_out','meeting','social_skills','reading','measure'`;
    const statements = [
      `CREATE TABLE templates (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN (${kinds})),
         measure text CHECK (measure IN ('phq9', 'gad7')),
         status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
         source text NOT NULL CHECK (source IN ('library', 'clinic')),
         starter_key text,
         current_version int NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         CHECK ((kind = 'measure') = (measure IS NOT NULL))
       )`,
      'CREATE UNIQUE INDEX templates_starter ON templates (clinic_id, starter_key)',
      'CREATE INDEX templates_kind ON templates (clinic_id, status, kind)',
      ...tenant('templates', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE template_versions (
         clinic_id uuid NOT NULL,
         template_id uuid NOT NULL,
         version int NOT NULL CHECK (version > 0),
         title text NOT NULL,
         instructions text NOT NULL,
         fields jsonb NOT NULL,
         created_by uuid REFERENCES users (id),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, template_id, version),
         FOREIGN KEY (clinic_id, template_id) REFERENCES templates (clinic_id, id) ON DELETE CASCADE
       )`,
      // Versions are immutable: the app may add them, never change or remove them.
      ...tenant('template_versions', 'SELECT, INSERT'),

      `CREATE TABLE programs (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         description text NOT NULL DEFAULT '',
         status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
         source text NOT NULL CHECK (source IN ('library', 'clinic')),
         starter_key text,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id)
       )`,
      'CREATE UNIQUE INDEX programs_starter ON programs (clinic_id, starter_key)',
      ...tenant('programs', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE program_steps (
         clinic_id uuid NOT NULL,
         program_id uuid NOT NULL,
         position int NOT NULL,
         template_id uuid NOT NULL,
         day_offset int NOT NULL CHECK (day_offset BETWEEN 0 AND 365),
         recurrence jsonb NOT NULL,
         instructions text,
         PRIMARY KEY (clinic_id, program_id, position),
         FOREIGN KEY (clinic_id, program_id) REFERENCES programs (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, template_id) REFERENCES templates (clinic_id, id)
       )`,
      ...tenant('program_steps', 'SELECT, INSERT, DELETE'),

      `CREATE TABLE assignments (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         client_id uuid NOT NULL,
         template_id uuid NOT NULL,
         template_version int NOT NULL,
         program_id uuid,
         program_run_id uuid,
         instructions text NOT NULL DEFAULT '',
         schedule jsonb NOT NULL,
         timezone text NOT NULL,
         check_relevant boolean NOT NULL,
         check_within_ability boolean NOT NULL,
         safety_concern boolean NOT NULL,
         backup_plan text,
         safety_plan_version int,
         requires_acceptance boolean NOT NULL DEFAULT false,
         status text NOT NULL CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'cancelled', 'declined')),
         assigned_by uuid,
         accepted_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, template_id, template_version)
           REFERENCES template_versions (clinic_id, template_id, version),
         FOREIGN KEY (clinic_id, program_id) REFERENCES programs (clinic_id, id),
         FOREIGN KEY (clinic_id, assigned_by) REFERENCES memberships (clinic_id, id),
         CHECK (NOT safety_concern OR backup_plan IS NOT NULL)
       )`,
      'CREATE INDEX assignments_client ON assignments (clinic_id, client_id, created_at DESC)',
      ...tenant('assignments', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE occurrences (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         assignment_id uuid NOT NULL,
         client_id uuid NOT NULL,
         idx int NOT NULL CHECK (idx >= 0),
         due_at timestamptz NOT NULL,
         local_date date NOT NULL,
         local_time text NOT NULL,
         status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'submitted', 'reviewed', 'declined')),
         draft jsonb,
         draft_saved_at timestamptz,
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, assignment_id, idx),
         FOREIGN KEY (clinic_id, assignment_id) REFERENCES assignments (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX occurrences_client_due ON occurrences (clinic_id, client_id, due_at)',
      ...tenant('occurrences', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE submissions (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         occurrence_id uuid NOT NULL,
         assignment_id uuid NOT NULL,
         client_id uuid NOT NULL,
         answers jsonb NOT NULL,
         talk_next_session boolean NOT NULL DEFAULT false,
         submitted_at timestamptz NOT NULL,
         late boolean NOT NULL,
         idempotency_key text NOT NULL,
         request_digest text NOT NULL,
         reviewed_at timestamptz,
         reviewed_by uuid,
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, occurrence_id),
         UNIQUE (clinic_id, client_id, idempotency_key),
         FOREIGN KEY (clinic_id, occurrence_id) REFERENCES occurrences (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, assignment_id) REFERENCES assignments (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, reviewed_by) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX submissions_client ON submissions (clinic_id, client_id, submitted_at DESC)',
      'CREATE INDEX submissions_unreviewed ON submissions (clinic_id, submitted_at) WHERE reviewed_at IS NULL',
      ...tenant('submissions', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE feedback (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         submission_id uuid NOT NULL,
         author_id uuid NOT NULL,
         text text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, submission_id) REFERENCES submissions (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, author_id) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX feedback_submission ON feedback (clinic_id, submission_id, created_at)',
      ...tenant('feedback', 'SELECT, INSERT'),

      `CREATE TABLE declines (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         assignment_id uuid NOT NULL,
         occurrence_id uuid,
         client_id uuid NOT NULL,
         reason text NOT NULL CHECK (reason IN ('not_relevant', 'too_hard', 'not_safe', 'no_time', 'other')),
         note text,
         declined_at timestamptz NOT NULL,
         discussed_at timestamptz,
         discussed_note text,
         discussed_by uuid,
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, assignment_id) REFERENCES assignments (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, occurrence_id) REFERENCES occurrences (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, discussed_by) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE UNIQUE INDEX declines_occurrence ON declines (clinic_id, occurrence_id) WHERE occurrence_id IS NOT NULL',
      'CREATE INDEX declines_client ON declines (clinic_id, client_id, declined_at DESC)',
      ...tenant('declines', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE measure_scores (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         client_id uuid NOT NULL,
         submission_id uuid NOT NULL,
         measure text NOT NULL CHECK (measure IN ('phq9', 'gad7')),
         total int NOT NULL CHECK (total >= 0),
         band text NOT NULL,
         risk_item_answer int,
         scored_at timestamptz NOT NULL,
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, submission_id),
         FOREIGN KEY (clinic_id, submission_id) REFERENCES submissions (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX measure_scores_client ON measure_scores (clinic_id, client_id, scored_at)',
      ...tenant('measure_scores', 'SELECT, INSERT'),

      `CREATE TABLE risk_alerts (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         client_id uuid NOT NULL,
         submission_id uuid NOT NULL,
         source text NOT NULL CHECK (source IN ('phq9_item9')),
         severity text NOT NULL CHECK (severity IN ('high')),
         item_answer int NOT NULL,
         created_at timestamptz NOT NULL,
         acknowledged_at timestamptz,
         acknowledged_by uuid,
         note text,
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, submission_id, source),
         FOREIGN KEY (clinic_id, submission_id) REFERENCES submissions (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, acknowledged_by) REFERENCES memberships (clinic_id, id),
         CHECK ((acknowledged_at IS NULL) = (note IS NULL))
       )`,
      'CREATE INDEX risk_alerts_open ON risk_alerts (clinic_id, client_id) WHERE acknowledged_at IS NULL',
      ...tenant('risk_alerts', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE prep_tasks (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         owner_id uuid NOT NULL,
         client_id uuid,
         assignment_id uuid,
         title text NOT NULL,
         notes text NOT NULL DEFAULT '',
         due_date date,
         done_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, owner_id) REFERENCES memberships (clinic_id, id),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, assignment_id) REFERENCES assignments (clinic_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX prep_tasks_owner ON prep_tasks (clinic_id, owner_id, done_at, due_date)',
      ...tenant('prep_tasks', 'SELECT, INSERT, UPDATE'),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'prep_tasks',
      'risk_alerts',
      'measure_scores',
      'declines',
      'feedback',
      'submissions',
      'occurrences',
      'assignments',
      'program_steps',
      'programs',
      'template_versions',
      'templates',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
