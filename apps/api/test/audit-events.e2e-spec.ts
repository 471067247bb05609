import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  appRoleUrl,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { call, signupClinic } from './support/http';

type Admin = Awaited<ReturnType<typeof signupClinic>>;

const CHANGES = 32;

describe('audit log (GET /clinics/{clinicId}/audit-events)', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Admin;
  let other: Admin;
  let clinician: StaffPerson;
  let manager: StaffPerson;
  /** The request id each settings change was sent with, oldest first. */
  const changeRequestIds: string[] = [];
  let deniedRequestId: string;

  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;
  const path = (query = '') => `/api/v1/clinics/${admin.clinicId}/audit-events${query}`;
  const list = async (query = '', token = admin.token) => {
    const res = await call(t, 'GET', path(query), { token });
    expect(res.status).toBe(200);
    return res.body as { items: any[]; nextCursor: string | null };
  };
  /** The clinic's events as the database orders them, newest first. */
  const storedIds = async (where = '', params: unknown[] = []) =>
    (
      await rows(
        `SELECT id FROM audit_events WHERE clinic_id = $1 ${where} ORDER BY occurred_at DESC, id DESC`,
        [admin.clinicId, ...params],
      )
    ).map((r) => r.id);
  const allPages = async (query: string) => {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      ids.push(...page.items.map((e) => e.id));
      sizes.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor && sizes.length < 50);
    return { ids, sizes };
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Audit Clinic');
    other = await signupClinic(t, 'Neighbour Clinic');
    clinician = await addStaff(t, owner, admin, 'Cy Clinician', ['clinician']);
    manager = await addStaff(t, owner, admin, 'Mae Manager', ['manager']);
    for (let i = 0; i < CHANGES; i++) {
      const requestId = `audit-change-${String(i).padStart(3, '0')}`;
      const res = await call(t, 'PATCH', `/api/v1/clinics/${admin.clinicId}`, {
        token: admin.token,
        body: { smallCellThreshold: 5 + (i % 15) },
        headers: { 'x-request-id': requestId },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      changeRequestIds.push(requestId);
    }
    const denied = await call(t, 'GET', path(), { token: clinician.token });
    expect(denied.status).toBe(403);
    deniedRequestId = denied.headers.get('x-request-id') ?? '';
    // Some activity in the other clinic, which must never show up here.
    await call(t, 'PATCH', `/api/v1/clinics/${other.clinicId}`, {
      token: other.token,
      body: { name: 'Elsewhere' },
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('lists the clinic’s own events newest first, each with actor, action, resource, outcome, request id and ip', async () => {
    const page = await list('?limit=100');
    const expected = await storedIds();
    expect(expected.length).toBeGreaterThan(CHANGES);
    expect(page.items.map((e) => e.id)).toEqual(expected);
    const times = page.items.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const changes = page.items.filter((e) => e.action === 'clinic.settings_changed');
    expect(changes.map((e) => e.requestId)).toEqual([...changeRequestIds].reverse());
    expect(changes[0]).toEqual({
      id: expect.any(String),
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      actor: { userId: admin.userId, name: 'Ada Admin' },
      action: 'clinic.settings_changed',
      resourceType: 'clinic',
      resourceId: admin.clinicId,
      outcome: 'success',
      requestId: changeRequestIds[CHANGES - 1],
      ip: '127.0.0.1',
    });
    expect(page.items.find((e) => e.action === 'access.denied')).toMatchObject({
      actor: { userId: clinician.userId, name: 'Cy Clinician' },
      outcome: 'denied',
      requestId: deniedRequestId,
    });
    for (const e of page.items) {
      expect(e.requestId).toEqual(expect.any(String));
      expect(e.ip).toBe('127.0.0.1');
    }
    expect(JSON.stringify(page.items)).not.toContain(other.clinicId);
    expect(JSON.stringify(page.items)).not.toContain(other.userId);
  });

  it('records the request id the server generated when the caller sent none', async () => {
    const res = await call(t, 'PATCH', `/api/v1/clinics/${admin.clinicId}`, {
      token: admin.token,
      body: { homeworkTerm: 'practice' },
    });
    const generated = res.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const [newest] = (await list('?limit=1')).items;
    expect(newest).toMatchObject({ action: 'clinic.settings_changed', requestId: generated });
    changeRequestIds.push(generated ?? '');
  });

  it('pages with limit 10 and the cursor: every event exactly once, none skipped, in order', async () => {
    const { ids, sizes } = await allPages('limit=10');
    const expected = await storedIds();
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sizes.slice(0, -1).every((n) => n === 10)).toBe(true);
    expect(sizes.length).toBe(Math.ceil(expected.length / 10));
  });

  it('filters by action, and pages within the filter', async () => {
    const { ids, sizes } = await allPages('action=clinic.settings_changed&limit=10');
    expect(ids).toEqual(await storedIds("AND action = 'clinic.settings_changed'"));
    expect(ids.length).toBeGreaterThanOrEqual(CHANGES);
    expect(sizes).toEqual([...sizes.slice(0, -1).map(() => 10), ids.length % 10 || 10]);
    expect(sizes).toHaveLength(Math.ceil(ids.length / 10));
    expect((await list('?action=nothing.like_this')).items).toEqual([]);
  });

  it('filters by outcome and by actor', async () => {
    const denied = await list('?outcome=denied&limit=100');
    expect(denied.items.length).toBeGreaterThan(0);
    expect(denied.items.every((e) => e.outcome === 'denied')).toBe(true);
    expect(denied.items.map((e) => e.requestId)).toContain(deniedRequestId);
    expect(denied.items.map((e) => e.id)).toEqual(await storedIds("AND outcome = 'denied'"));

    const success = await list('?outcome=success&limit=100');
    expect(success.items.every((e) => e.outcome === 'success')).toBe(true);
    expect(success.items.map((e) => e.id)).toEqual(await storedIds("AND outcome = 'success'"));

    const byClinician = await list(`?actorId=${clinician.userId}&limit=100`);
    expect(byClinician.items.length).toBeGreaterThan(0);
    expect(byClinician.items.every((e) => e.actor?.userId === clinician.userId)).toBe(true);
  });

  it('filters by time: from is inclusive, to is exclusive', async () => {
    const changes = (await list('?action=clinic.settings_changed&limit=100')).items.reverse(); // oldest first
    const from = changes[10].occurredAt;
    const to = changes[20].occurredAt;
    const window = await list(`?from=${from}&to=${to}&limit=100`);
    expect(window.items.map((e) => e.id)).toEqual(
      await storedIds('AND occurred_at >= $2 AND occurred_at < $3', [from, to]),
    );
    const ids = window.items.map((e) => e.id);
    expect(ids).toContain(changes[10].id);
    expect(ids).toContain(changes[19].id);
    expect(ids).not.toContain(changes[20].id);
    expect(ids).not.toContain(changes[9].id);
    expect(window.items.every((e) => e.occurredAt >= from && e.occurredAt < to)).toBe(true);
    expect((await list(`?from=${to}&to=${from}`)).items).toEqual([]);
  });

  it('refuses a clinician and a manager with 403', async () => {
    for (const person of [clinician, manager]) {
      const res = await call(t, 'GET', path(), { token: person.token });
      expect(res.status).toBe(403);
      expectSafeProblem(res);
      expect(res.body.items).toBeUndefined();
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=-5', 'limit'],
    ['outcome=maybe', 'outcome'],
    ['cursor=garbage', 'cursor'],
    ['from=yesterday', 'from'],
    ['to=2026-13-45T00:00:00Z', 'to'],
    ['actorId=someone', 'actorId'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const res = await call(t, 'GET', path(`?${query}`), { token: admin.token });
    expect(res.status).toBe(400);
    expectSafeProblem(res);
    expect(errorPaths(res)).toContain(field);
  });

  it('refuses a well-formed cursor it did not issue with 400, not 500', async () => {
    for (const key of [
      ['yesterday', 'not-a-uuid'],
      [new Date().toISOString(), 'not-a-uuid'],
    ]) {
      const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
      const res = await call(t, 'GET', path(`?cursor=${forged}`), { token: admin.token });
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain('cursor');
    }
  });

  describe('append-only for the application role', () => {
    let app: Client;
    const inClinic = async () => {
      await app.query('BEGIN');
      await app.query('SET LOCAL ROLE interlude_app');
      await app.query("SELECT set_config('app.clinic_id', $1, true)", [admin.clinicId]);
    };
    const refused = async (sql: string) => {
      await app.query('SAVEPOINT attempt');
      await expect(app.query(sql)).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK TO SAVEPOINT attempt');
    };

    beforeAll(async () => {
      app = new Client({ connectionString: appRoleUrl(t) });
      await app.connect();
    });
    afterAll(() => app.end());

    it('may add and read the clinic’s events but never change or remove one', async () => {
      const before = await rows('SELECT * FROM audit_events ORDER BY clinic_id, id');
      await inClinic();
      try {
        const { rows: who } = await app.query('SELECT current_user AS who');
        expect(who).toEqual([{ who: 'interlude_app' }]);
        const { rows: seen } = await app.query('SELECT DISTINCT clinic_id FROM audit_events');
        expect(seen).toEqual([{ clinic_id: admin.clinicId }]);

        await refused("UPDATE audit_events SET action = 'tampered.with'");
        await refused(`UPDATE audit_events SET outcome = 'success' WHERE action = 'access.denied'`);
        await refused('DELETE FROM audit_events');
        await refused(`DELETE FROM audit_events WHERE action = 'access.denied'`);
        await refused('TRUNCATE audit_events');

        const id = uuidv7();
        await app.query(
          `INSERT INTO audit_events (clinic_id, id, actor_user_id, action, resource_type, outcome)
           VALUES ($1, $2, $3, 'test.appended', 'test', 'success')`,
          [admin.clinicId, id, admin.userId],
        );
        const { rows: mine } = await app.query('SELECT action FROM audit_events WHERE id = $1', [id]);
        expect(mine).toEqual([{ action: 'test.appended' }]);
        await app.query('COMMIT');
      } catch (error) {
        await app.query('ROLLBACK');
        throw error;
      }

      const after = await rows('SELECT * FROM audit_events ORDER BY clinic_id, id');
      expect(after.filter((r) => r.action !== 'test.appended')).toEqual(before);
      expect(after.filter((r) => r.action === 'test.appended')).toHaveLength(1);
    });

    it('cannot add an event to another clinic', async () => {
      await inClinic();
      try {
        await app.query('SAVEPOINT attempt');
        await expect(
          app.query(
            `INSERT INTO audit_events (clinic_id, id, action, resource_type, outcome)
             VALUES ($1, $2, 'test.forged', 'test', 'success')`,
            [other.clinicId, uuidv7()],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await app.query('ROLLBACK');
      }
      expect(await rows("SELECT 1 FROM audit_events WHERE action = 'test.forged'")).toEqual([]);
    });
  });
});
