import { v7 as uuidv7 } from 'uuid';
import { ClinicsService } from '../src/modules/clinics/clinics.service';
import { TenantDatabase } from '../src/platform/database/tenant-database';
import { startTestApp, type TestApp } from './support/app';

describe('tenancy in the database', () => {
  let t: TestApp;
  let db: TenantDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDatabase);
    const clinics = t.app.get(ClinicsService);
    a = (await clinics.create({ name: 'Clinic A', timezone: 'Europe/London' })).id;
    b = (await clinics.create({ name: 'Clinic B', timezone: 'America/Chicago' })).id;
  });
  afterAll(() => t.close());

  it('runs every transaction as the application role with the clinic set locally', async () => {
    const row = await db.inClinic(a, async (m) => {
      const [r] = await m.query(
        "SELECT current_user AS who, current_setting('app.clinic_id', true) AS clinic",
      );
      return r;
    });
    expect(row).toEqual({ who: 'interlude_app', clinic: a });
    const after = await db.global(
      async (m) => (await m.query("SELECT current_setting('app.clinic_id', true) AS c"))[0].c,
    );
    expect(after ?? '').toBe('');
  });

  it('shows a clinic only its own rows, even without a WHERE clause', async () => {
    const seen = await db.inClinic(a, (m) => m.query('SELECT id FROM clinics'));
    expect(seen).toEqual([{ id: a }]);
    const events = await db.inClinic(a, (m) => m.query('SELECT DISTINCT clinic_id FROM outbox_events'));
    expect(events).toEqual([{ clinic_id: a }]);
    const none = await db.global((m) => m.query('SELECT id FROM clinics'));
    expect(none).toEqual([]);
  });

  it('refuses to write a row for another clinic (WITH CHECK)', async () => {
    await expect(
      db.inClinic(a, (m) =>
        m.query("INSERT INTO outbox_events (clinic_id, id, topic) VALUES ($1, $2, 'x.y')", [b, uuidv7()]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      db.inClinic(a, (m) =>
        m.query('UPDATE clinics SET name = $2 WHERE id = $1 RETURNING id', [b, 'Hijacked']),
      ),
    ).resolves.toEqual([[], 0]);
  });

  it('rolls the clinic setting and role back with the transaction', async () => {
    await expect(
      db.inClinic(a, async (m) => {
        await m.query("UPDATE clinics SET name = 'Renamed' WHERE id = $1", [a]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const [clinic] = await db.inClinic(a, (m) => m.query('SELECT name FROM clinics'));
    expect(clinic.name).toBe('Clinic A');
  });

  it('refuses to open a transaction for another clinic inside one that is open', async () => {
    await expect(db.inClinic(a, () => db.inClinic(b, async () => 1))).rejects.toThrow(/another clinic/);
  });

  it('lets the relay role see the outbox and which clinics exist, and nothing of their content', async () => {
    const pending = await db.unsafeAsRelay((m) =>
      m.query('SELECT count(DISTINCT clinic_id)::int AS n FROM outbox_events'),
    );
    expect(pending[0].n).toBe(2);
    // Clinic ids only: the rollup catch-up and rebuild walk the clinics with them.
    const ids = await db.unsafeAsRelay((m) => m.query('SELECT id FROM clinics'));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const sql of ['SELECT name FROM clinics', 'SELECT id FROM clients', 'SELECT id FROM submissions']) {
      await expect(db.unsafeAsRelay((m) => m.query(sql))).rejects.toThrow(/permission denied/);
    }
  });
});
