import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles, the tenancy helpers, the clinic root table and the transactional outbox.
 * Roles are cluster-wide, so their creation tolerates running once per database.
 */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        CREATE ROLE interlude_app LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
      DO $$ BEGIN
        CREATE ROLE interlude_relay NOLOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
      DO $$ BEGIN
        GRANT interlude_relay TO interlude_app;
        GRANT interlude_app TO CURRENT_USER;
        GRANT interlude_relay TO CURRENT_USER;
      EXCEPTION WHEN OTHERS THEN NULL; END $$;
    `);
    await db.query('GRANT USAGE ON SCHEMA public TO interlude_app, interlude_relay');

    // The clinic of the current transaction; NULL (so every policy denies) when none was set.
    await db.query(`
      CREATE FUNCTION app_current_clinic() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('app.clinic_id', true), '')::uuid $$
    `);

    await db.query(`
      CREATE TABLE clinics (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        timezone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await db.query('ALTER TABLE clinics ENABLE ROW LEVEL SECURITY');
    await db.query('ALTER TABLE clinics FORCE ROW LEVEL SECURITY');
    await db.query(`
      CREATE POLICY clinic_isolation ON clinics
        USING (id = app_current_clinic()) WITH CHECK (id = app_current_clinic())
    `);
    await db.query('GRANT SELECT, INSERT, UPDATE ON clinics TO interlude_app');

    await db.query(`
      CREATE TABLE outbox_events (
        clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        topic text NOT NULL CHECK (topic ~ '^[a-z][a-z0-9_.-]{0,99}$'),
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        PRIMARY KEY (clinic_id, id)
      )
    `);
    await db.query(
      'CREATE INDEX outbox_events_pending ON outbox_events (created_at, clinic_id, id) WHERE relayed_at IS NULL',
    );
    await db.query('ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY');
    await db.query('ALTER TABLE outbox_events FORCE ROW LEVEL SECURITY');
    await db.query(`
      CREATE POLICY tenant_isolation ON outbox_events
        USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())
    `);
    // The relay moves every clinic's committed events to the queue; it may read and mark them only.
    await db.query(`
      CREATE POLICY outbox_relay ON outbox_events TO interlude_relay
        USING (true) WITH CHECK (true)
    `);
    await db.query('GRANT SELECT, INSERT ON outbox_events TO interlude_app');
    await db.query('GRANT SELECT, UPDATE (relayed_at) ON outbox_events TO interlude_relay');

    // Global bookkeeping: which one-off seeds (the demo data) have run.
    await db.query(
      'CREATE TABLE seed_runs (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())',
    );
    await db.query('GRANT SELECT, INSERT ON seed_runs TO interlude_app');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE seed_runs');
    await db.query('DROP TABLE outbox_events');
    await db.query('DROP TABLE clinics');
    await db.query('DROP FUNCTION app_current_clinic()');
  }
}
