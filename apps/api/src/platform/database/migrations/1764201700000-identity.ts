import type { MigrationInterface, QueryRunner } from 'typeorm';

const tenantPolicy = (table: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
];

/**
 * People and access: global identities (users, sessions, password resets, recovery codes), per-clinic
 * memberships and invitations, clinic settings, and the append-only audit log.
 */
export class Identity1764201700000 implements MigrationInterface {
  name = 'Identity1764201700000';

  async up(db: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const sql of statements) await db.query(sql);
    };

    await run(
      // The signed-in person of the transaction (NULL when none): they may see their own memberships in
      // every clinic, and those clinics' names, to choose where to work.
      `CREATE FUNCTION app_current_user() RETURNS uuid
       LANGUAGE sql STABLE PARALLEL SAFE
       AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`,
      `ALTER TABLE clinics
         ADD COLUMN homework_term text NOT NULL DEFAULT 'homework'
           CHECK (homework_term IN ('homework', 'practice', 'between-session activities')),
         ADD COLUMN session_timeout_minutes int NOT NULL DEFAULT 30 CHECK (session_timeout_minutes BETWEEN 5 AND 480),
         ADD COLUMN require_mfa boolean NOT NULL DEFAULT false,
         ADD COLUMN crisis_resources jsonb NOT NULL DEFAULT '[]'::jsonb,
         ADD COLUMN small_cell_threshold int NOT NULL DEFAULT 11 CHECK (small_cell_threshold BETWEEN 5 AND 20)`,

      // Global identities: one person, any number of clinics.
      `CREATE TABLE users (
         id uuid PRIMARY KEY,
         email text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
         password_hash text,
         mfa_secret text,
         mfa_enabled_at timestamptz,
         password_changed_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      'CREATE UNIQUE INDEX users_email_key ON users (email)',
      'GRANT SELECT, INSERT, UPDATE ON users TO interlude_app',

      `CREATE TABLE mfa_recovery_codes (
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         code_hash text NOT NULL,
         used_at timestamptz,
         PRIMARY KEY (user_id, code_hash)
       )`,
      'GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_recovery_codes TO interlude_app',

      `CREATE TABLE sessions (
         id uuid PRIMARY KEY,
         token_hash bytea NOT NULL UNIQUE,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         created_at timestamptz NOT NULL,
         last_seen_at timestamptz NOT NULL,
         expires_at timestamptz NOT NULL,
         idle_timeout_minutes int NOT NULL,
         revoked_at timestamptz,
         ip text,
         user_agent text
       )`,
      'CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL',
      'GRANT SELECT, INSERT, UPDATE ON sessions TO interlude_app',

      `CREATE TABLE password_resets (
         id uuid PRIMARY KEY,
         token_hash bytea NOT NULL UNIQUE,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      'GRANT SELECT, INSERT, UPDATE ON password_resets TO interlude_app',

      `CREATE TABLE memberships (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES users (id),
         roles text[] NOT NULL CHECK (cardinality(roles) > 0
           AND roles <@ ARRAY['admin', 'clinician', 'manager', 'client']::text[]),
         status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
         last_sign_in_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, user_id)
       )`,
      'CREATE INDEX memberships_user ON memberships (user_id)',
      'ALTER TABLE memberships ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE memberships FORCE ROW LEVEL SECURITY',
      `CREATE POLICY tenant_isolation ON memberships
         USING (clinic_id = app_current_clinic() OR user_id = app_current_user())
         WITH CHECK (clinic_id = app_current_clinic())`,
      'DROP POLICY clinic_isolation ON clinics',
      `CREATE POLICY clinic_isolation ON clinics
         USING (id = app_current_clinic()
                OR id IN (SELECT m.clinic_id FROM memberships m WHERE m.user_id = app_current_user()))
         WITH CHECK (id = app_current_clinic())`,
      'GRANT SELECT, INSERT, UPDATE ON memberships TO interlude_app',

      `CREATE TABLE invitations (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         email text NOT NULL,
         name text NOT NULL,
         roles text[] NOT NULL CHECK (cardinality(roles) > 0
           AND roles <@ ARRAY['admin', 'clinician', 'manager', 'client']::text[]),
         token_hash bytea NOT NULL,
         invited_by uuid REFERENCES users (id),
         expires_at timestamptz NOT NULL,
         accepted_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         UNIQUE (clinic_id, token_hash)
       )`,
      'CREATE INDEX invitations_email ON invitations (clinic_id, email)',
      ...tenantPolicy('invitations'),
      'GRANT SELECT, INSERT, UPDATE ON invitations TO interlude_app',

      // Append-only: the application role may add and read events, never change or remove them.
      `CREATE TABLE audit_events (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         occurred_at timestamptz NOT NULL DEFAULT now(),
         actor_user_id uuid REFERENCES users (id),
         action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.]{1,59}$'),
         resource_type text NOT NULL,
         resource_id text,
         outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
         request_id text,
         ip text,
         details jsonb NOT NULL DEFAULT '{}'::jsonb,
         PRIMARY KEY (clinic_id, id)
       )`,
      'CREATE INDEX audit_events_recent ON audit_events (clinic_id, occurred_at DESC, id DESC)',
      ...tenantPolicy('audit_events'),
      'GRANT SELECT, INSERT ON audit_events TO interlude_app',

      // Outgoing email, rendered when the change commits (links hold tokens we only keep hashed).
      `CREATE TABLE mail_messages (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         to_address text NOT NULL,
         subject text NOT NULL,
         text_body text NOT NULL,
         html_body text NOT NULL,
         status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
         attempts int NOT NULL DEFAULT 0,
         last_error text,
         sent_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id)
       )`,
      'CREATE INDEX mail_messages_recent ON mail_messages (clinic_id, created_at DESC)',
      ...tenantPolicy('mail_messages'),
      // The demo mailbox shows every clinic's messages; only the relay role may read across clinics.
      'CREATE POLICY demo_mailbox ON mail_messages FOR SELECT TO interlude_relay USING (true)',
      'GRANT SELECT, INSERT, UPDATE ON mail_messages TO interlude_app',
      'GRANT SELECT ON mail_messages TO interlude_relay',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'mail_messages',
      'audit_events',
      'invitations',
      'memberships',
      'password_resets',
      'sessions',
      'mfa_recovery_codes',
      'users',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP POLICY clinic_isolation ON clinics');
    await db.query(`CREATE POLICY clinic_isolation ON clinics
      USING (id = app_current_clinic()) WITH CHECK (id = app_current_clinic())`);
    await db.query('DROP FUNCTION app_current_user()');
    await db.query(`ALTER TABLE clinics DROP COLUMN homework_term, DROP COLUMN session_timeout_minutes,
      DROP COLUMN require_mfa, DROP COLUMN crisis_resources, DROP COLUMN small_cell_threshold`);
  }
}
