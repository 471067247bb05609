import { Client } from 'pg';
import { lintSchema } from '../src/platform/database/schema-lint';
import { createTestDatabase } from './support/databases';

describe('schema lint: every tenant table is isolated and distributable by clinic_id', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;
  const query = (sql: string, params?: unknown[]) => client.query(sql, params).then((r) => r.rows);

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('passes on the migrated schema', async () => {
    expect(await lintSchema(query)).toEqual([]);
  });

  it('fails when row-level security is removed from a tenant table', async () => {
    await client.query('BEGIN');
    try {
      await client.query('ALTER TABLE outbox_events NO FORCE ROW LEVEL SECURITY');
      expect(await lintSchema(query)).toContain(
        'outbox_events: row-level security is not enabled and forced',
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('fails on a tenant table whose keys, constraints and policies ignore clinic_id', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        CREATE TABLE careless (clinic_id uuid NOT NULL, id uuid PRIMARY KEY, code text UNIQUE, parent_clinic uuid, parent_id uuid);
        CREATE UNIQUE INDEX careless_code_idx ON careless (lower(code));
        ALTER TABLE careless ADD FOREIGN KEY (parent_clinic, parent_id) REFERENCES outbox_events (clinic_id, id);
        ALTER TABLE careless ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everything ON careless USING (true) WITH CHECK (true);
        ALTER TABLE careless OWNER TO interlude_app;`);
      const problems = await lintSchema(query);
      expect(problems).toEqual(
        expect.arrayContaining([
          'careless: row-level security is not enabled and forced',
          'careless: no clinic policy with both USING and WITH CHECK',
          'careless: policy everything lets the application role past the clinic filter',
          'careless: primary key does not include clinic_id',
          'careless: unique constraint careless_code_key lacks clinic_id',
          'careless: unique index careless_code_idx lacks clinic_id',
          expect.stringMatching(/^careless: foreign key .* does not match on clinic_id$/),
          expect.stringMatching(/^role interlude_app owns \d+ relation\(s\)$/),
        ]),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('fails when the application role could bypass row-level security', async () => {
    const [role] = await query("SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'interlude_app'");
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const fake = async (sql: string, params?: unknown[]) =>
      sql.includes('rolbypassrls') ? [{ rolsuper: false, rolbypassrls: true, owned: 0 }] : query(sql, params);
    expect(await lintSchema(fake)).toEqual(['role interlude_app can bypass row-level security']);
  });
});
