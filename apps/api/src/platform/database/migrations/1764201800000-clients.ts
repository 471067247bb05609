import type { MigrationInterface, QueryRunner } from 'typeorm';

const tenant = (table: string, grants: string) => [
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY tenant_isolation ON ${table}
     USING (clinic_id = app_current_clinic()) WITH CHECK (clinic_id = app_current_clinic())`,
  `GRANT ${grants} ON ${table} TO interlude_app`,
];

/** Client records, who holds them (and who held them when), portal links and versioned safety plans. */
export class Clients1764201800000 implements MigrationInterface {
  name = 'Clients1764201800000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE clients (
         clinic_id uuid NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
         preferred_name text,
         email text,
         phone text,
         date_of_birth date,
         timezone text NOT NULL,
         status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discharged')),
         primary_clinician_id uuid NOT NULL,
         next_session_at timestamptz,
         tags text[] NOT NULL DEFAULT '{}',
         portal_membership_id uuid,
         portal_invited_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, primary_clinician_id) REFERENCES memberships (clinic_id, id),
         FOREIGN KEY (clinic_id, portal_membership_id) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX clients_primary ON clients (clinic_id, primary_clinician_id)',
      'CREATE INDEX clients_name ON clients (clinic_id, lower(name), id)',
      'CREATE UNIQUE INDEX clients_portal_membership ON clients (clinic_id, portal_membership_id)',
      ...tenant('clients', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE client_clinicians (
         clinic_id uuid NOT NULL,
         client_id uuid NOT NULL,
         membership_id uuid NOT NULL,
         PRIMARY KEY (clinic_id, client_id, membership_id),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, membership_id) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX client_clinicians_member ON client_clinicians (clinic_id, membership_id)',
      ...tenant('client_clinicians', 'SELECT, INSERT, DELETE'),

      `CREATE TABLE caseload_history (
         clinic_id uuid NOT NULL,
         id uuid NOT NULL,
         client_id uuid NOT NULL,
         membership_id uuid NOT NULL,
         role text NOT NULL CHECK (role IN ('primary', 'additional')),
         started_at timestamptz NOT NULL,
         ended_at timestamptz,
         PRIMARY KEY (clinic_id, id),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE,
         FOREIGN KEY (clinic_id, membership_id) REFERENCES memberships (clinic_id, id)
       )`,
      'CREATE INDEX caseload_history_client ON caseload_history (clinic_id, client_id, started_at)',
      ...tenant('caseload_history', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE safety_plan_versions (
         clinic_id uuid NOT NULL,
         client_id uuid NOT NULL,
         version int NOT NULL CHECK (version > 0),
         content jsonb NOT NULL,
         updated_by uuid REFERENCES users (id),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (clinic_id, client_id, version),
         FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
       )`,
      ...tenant('safety_plan_versions', 'SELECT, INSERT'),

      'ALTER TABLE invitations ADD COLUMN client_id uuid',
      `ALTER TABLE invitations ADD FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE invitations DROP COLUMN client_id');
    for (const table of ['safety_plan_versions', 'caseload_history', 'client_clinicians', 'clients']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
