import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import { addStaff, latestInvitationToken, ownerClient, type StaffPerson } from './support/clinic-people';
import { call, PASSWORD, signupClinic, uniqueEmail } from './support/http';

describe('clients, caseloads, portal access and safety plans', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let maya: StaffPerson;
  let sam: StaffPerson;
  let manager: StaffPerson;
  const base = () => `/api/v1/clinics/${admin.clinicId}`;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await owner.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Caseload Clinic');
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    sam = await addStaff(t, owner, admin, 'Sam Okafor', ['clinician']);
    manager = await addStaff(t, owner, admin, 'Morgan Lee', ['manager']);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const createClient = (token: string, body: Record<string, unknown>) =>
    call(t, 'POST', `${base()}/clients`, { token, body });

  it('lets a clinician create a client on their own caseload, with the clinic timezone and an empty safety plan', async () => {
    const res = await createClient(maya.token, {
      name: 'Jordan Rivera',
      preferredName: 'Jo',
      email: uniqueEmail('jo'),
      tags: ['anxiety'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Jordan Rivera',
      preferredName: 'Jo',
      timezone: 'Europe/London',
      status: 'active',
      primaryClinician: { membershipId: maya.membershipId, name: 'Maya Chen' },
      portalStatus: 'none',
      tags: ['anxiety'],
    });
    const plan = await call(t, 'GET', `${base()}/clients/${res.body.id}/safety-plan`, { token: maya.token });
    expect(plan.status).toBe(200);
    expect(plan.headers.get('etag')).toBe('"1"');
    expect(plan.body.warningSigns).toEqual([]);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE resource_id = $1 AND action = 'client.created'",
        [res.body.id],
      ),
    ).toBe(1);
  });

  it.each([
    ['no name', {}, 'name'],
    ['a bad email', { name: 'A', email: 'nope' }, 'email'],
    ['a bad date of birth', { name: 'A', dateOfBirth: '21/04/1990' }, 'dateOfBirth'],
    ['an unknown time zone', { name: 'A', timezone: 'Moon/Base' }, 'timezone'],
    [
      'a primary clinician who is not one',
      { name: 'A', primaryClinicianId: '00000000-0000-4000-8000-000000000000' },
      'primaryClinicianId',
    ],
    ['an unknown field', { name: 'A', diagnosis: 'x' }, ''],
  ])('refuses %s with 400 and writes nothing', async (_case, body, path) => {
    const before = await count('SELECT count(*) AS n FROM clients');
    const res = await createClient(maya.token, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count('SELECT count(*) AS n FROM clients')).toBe(before);
  });

  it('refuses bad edits and bad transfers with 400, changing nothing', async () => {
    const c = await createClient(maya.token, { name: 'Edit Target', tags: ['keep'] });
    const url = `${base()}/clients/${c.body.id}`;
    for (const [body, path] of [
      [{ status: 'archived' }, 'status'],
      [{ nextSessionAt: 'next tuesday' }, 'nextSessionAt'],
      [{ tags: ['x'.repeat(41)] }, 'tags.0'],
      [{ additionalClinicianIds: [manager.membershipId] }, 'additionalClinicianIds.0'],
      [{ timezone: 'Nowhere/Land' }, 'timezone'],
    ] as const) {
      const res = await call(t, 'PATCH', url, { token: maya.token, body });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const notAClinician = await call(t, 'PATCH', url, {
      token: admin.token,
      body: { primaryClinicianId: manager.membershipId },
    });
    expect(notAClinician.status).toBe(400);
    expect(notAClinician.body.errors[0].path).toBe('primaryClinicianId');
    const after = await call(t, 'GET', url, { token: maya.token });
    expect(after.body).toMatchObject({
      status: 'active',
      tags: ['keep'],
      primaryClinician: { membershipId: maya.membershipId },
    });
    for (const body of [
      { clientIds: [], toClinicianId: sam.membershipId },
      { clientIds: [c.body.id], toClinicianId: manager.membershipId },
      { clientIds: ['nope'] },
    ]) {
      expect((await call(t, 'POST', `${base()}/clients/transfer`, { token: admin.token, body })).status).toBe(
        400,
      );
    }
    expect((await call(t, 'GET', url, { token: maya.token })).body.primaryClinician.membershipId).toBe(
      maya.membershipId,
    );
  });

  it('needs an admin without the clinician role to choose the primary clinician', async () => {
    const res = await createClient(admin.token, { name: 'No Clinician' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('primaryClinicianId');
  });

  it('shows a clinician only their caseload; others answer 404 like a missing record', async () => {
    const mine = await createClient(maya.token, { name: 'Casey Mine' });
    const samsOwn = await createClient(sam.token, { name: 'Riley Sams' });
    const list = await call(t, 'GET', `${base()}/clients?limit=100`, { token: maya.token });
    const names = list.body.items.map((c: { name: string }) => c.name);
    expect(names).toContain('Casey Mine');
    expect(names).not.toContain('Riley Sams');
    const hidden = await call(t, 'GET', `${base()}/clients/${samsOwn.body.id}`, { token: maya.token });
    const missing = await call(t, 'GET', `${base()}/clients/01a21d99-0000-7000-8000-000000000000`, {
      token: maya.token,
    });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body.detail).toBe(missing.body.detail);
    expect(
      (
        await call(t, 'PATCH', `${base()}/clients/${samsOwn.body.id}`, {
          token: maya.token,
          body: { name: 'X' },
        })
      ).status,
    ).toBe(404);
    // Adding Maya as an additional clinician opens the record to her.
    await call(t, 'PATCH', `${base()}/clients/${samsOwn.body.id}`, {
      token: sam.token,
      body: { additionalClinicianIds: [maya.membershipId] },
    });
    expect((await call(t, 'GET', `${base()}/clients/${samsOwn.body.id}`, { token: maya.token })).status).toBe(
      200,
    );
    const adminView = await call(t, 'GET', `${base()}/clients?limit=100`, { token: admin.token });
    expect(adminView.body.items.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Casey Mine', 'Riley Sams']),
    );
    expect(mine.status).toBe(201);
  });

  it('answers a manager 404 on every individual client route', async () => {
    const c = await createClient(maya.token, { name: 'Hidden From Managers' });
    const id = c.body.id;
    for (const [method, path, body] of [
      ['GET', `/clients`, undefined],
      ['POST', `/clients`, { name: 'X' }],
      ['GET', `/clients/${id}`, undefined],
      ['PATCH', `/clients/${id}`, { name: 'Y' }],
      ['GET', `/clients/${id}/caseload-history`, undefined],
      ['POST', `/clients/${id}/portal-invitation`, undefined],
      ['POST', `/clients/${id}/portal-access/revoke`, undefined],
      ['GET', `/clients/${id}/safety-plan`, undefined],
      ['PUT', `/clients/${id}/safety-plan`, {}],
      ['GET', `/clients/${id}/safety-plan/versions`, undefined],
      ['POST', `/clients/transfer`, { clientIds: [id], toClinicianId: sam.membershipId }],
    ] as const) {
      const res = await call(t, method, `${base()}${path}`, { token: manager.token, body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      expect(JSON.stringify(res.body)).not.toContain('Hidden From Managers');
    }
  });

  it('filters by status, clinician and tag, searches, and pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) await createClient(sam.token, { name: `Page Person ${i}`, tags: ['paged'] });
    await createClient(sam.token, { name: 'Page Person Discharged', tags: ['paged'] });
    const discharged = await call(t, 'GET', `${base()}/clients?q=Discharged`, { token: sam.token });
    await call(t, 'PATCH', `${base()}/clients/${discharged.body.items[0].id}`, {
      token: sam.token,
      body: { status: 'discharged' },
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `tag=paged&status=active&limit=2&clinicianId=${sam.membershipId}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await call(t, 'GET', `${base()}/clients?${query}`, { token: admin.token });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((c: { name: string }) => c.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'Page Person 0',
      'Page Person 1',
      'Page Person 2',
      'Page Person 3',
      'Page Person 4',
    ]);
    const bad = await call(t, 'GET', `${base()}/clients?cursor=garbage&sort=sideways`, {
      token: admin.token,
    });
    expect(bad.status).toBe(400);
  });

  it('transfers clients between clinicians (admin) and keeps who held each when', async () => {
    const c = await createClient(maya.token, { name: 'Taylor Transfer' });
    const res = await call(t, 'POST', `${base()}/clients/transfer`, {
      token: admin.token,
      body: { clientIds: [c.body.id], toClinicianId: sam.membershipId },
    });
    expect(res.body).toEqual({ transferred: 1 });
    expect((await call(t, 'GET', `${base()}/clients/${c.body.id}`, { token: maya.token })).status).toBe(404);
    const history = await call(t, 'GET', `${base()}/clients/${c.body.id}/caseload-history`, {
      token: sam.token,
    });
    expect(
      history.body.items.map((h: { clinician: { name: string }; to: string | null }) => [
        h.clinician.name,
        h.to === null,
      ]),
    ).toEqual([
      ['Maya Chen', false],
      ['Sam Okafor', true],
    ]);
    expect(
      (
        await call(t, 'POST', `${base()}/clients/transfer`, {
          token: maya.token,
          body: { clientIds: [c.body.id], toClinicianId: maya.membershipId },
        })
      ).status,
    ).toBe(404);
  });

  it('leaves changing who holds a client to admins', async () => {
    const c = await createClient(maya.token, { name: 'Held By Maya' });
    const res = await call(t, 'PATCH', `${base()}/clients/${c.body.id}`, {
      token: maya.token,
      body: { primaryClinicianId: sam.membershipId },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('transfer_requires_admin');
    const byAdmin = await call(t, 'PATCH', `${base()}/clients/${c.body.id}`, {
      token: admin.token,
      body: { primaryClinicianId: sam.membershipId, additionalClinicianIds: [maya.membershipId] },
    });
    expect(byAdmin.body.primaryClinician.name).toBe('Sam Okafor');
    expect((await call(t, 'GET', `${base()}/clients/${c.body.id}`, { token: maya.token })).status).toBe(200);
  });

  it('asks for the caseload to be transferred before a clinician holding clients is deactivated', async () => {
    const res = await call(t, 'PATCH', `${base()}/staff/${maya.membershipId}`, {
      token: admin.token,
      body: { status: 'deactivated' },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('clinician_holds_clients');
  });

  it('versions the safety plan: a stale write gets 412, history is kept', async () => {
    const c = await createClient(maya.token, { name: 'Sky Safety' });
    const url = `${base()}/clients/${c.body.id}/safety-plan`;
    const plan = {
      warningSigns: ['Not sleeping', 'Skipping meals'],
      copingStrategies: [{ text: 'Walk by the river' }],
      distractions: [{ text: 'Call my sister' }],
      peopleToAsk: [{ name: 'Alex (brother)', phone: '+44 7700 900123' }],
      professionals: [{ name: 'Samaritans', phone: '116 123' }],
      environmentSafety: ['Give spare medication to the pharmacy'],
      reasonsForLiving: ['My dog, Pepper'],
    };
    expect((await call(t, 'PUT', url, { token: maya.token, body: plan })).status).toBe(428);
    const saved = await call(t, 'PUT', url, {
      token: maya.token,
      body: plan,
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect(saved.headers.get('etag')).toBe('"2"');
    const stale = await call(t, 'PUT', url, {
      token: maya.token,
      body: { ...plan, warningSigns: [] },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('stale_version');
    const invalid = await call(t, 'PUT', url, {
      token: maya.token,
      body: { ...plan, warningSigns: [''] },
      headers: { 'if-match': '"2"' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].path).toBe('warningSigns.0');
    const versions = await call(t, 'GET', `${url}/versions`, { token: maya.token });
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await call(t, 'GET', `${url}/versions/1`, { token: maya.token });
    expect(first.body.warningSigns).toEqual([]);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE resource_id = $1 AND action = 'safety_plan.updated'",
        [c.body.id],
      ),
    ).toBe(1);
  });

  it('invites the client to the portal; they see their home and safety plan, add a coping strategy, and lose access at once when revoked', async () => {
    const email = uniqueEmail('client');
    const c = await createClient(maya.token, {
      name: 'Quinn Portal',
      preferredName: 'Quinn',
      email,
      nextSessionAt: '2026-12-03T15:00:00Z',
    });
    const invited = await call(t, 'POST', `${base()}/clients/${c.body.id}/portal-invitation`, {
      token: maya.token,
    });
    expect(invited.body.portalStatus).toBe('invited');
    const token = await latestInvitationToken(owner, email);
    const accepted = await call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(token)}/accept`, {
      body: { name: 'Quinn', password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships[0].roles).toEqual(['client']);
    const clientToken = accepted.body.token;
    const home = await call(t, 'GET', `${base()}/me/portal`, { token: clientToken });
    expect(home.status).toBe(200);
    expect(home.body.client).toMatchObject({
      id: c.body.id,
      preferredName: 'Quinn',
      clinicians: ['Maya Chen'],
      nextSessionAt: '2026-12-03T15:00:00.000Z',
    });
    expect(home.body.safetyPlan.version).toBe(1);
    const added = await call(t, 'POST', `${base()}/me/safety-plan/entries`, {
      token: clientToken,
      body: { section: 'copingStrategies', text: 'Listen to my playlist' },
    });
    expect(added.status).toBe(201);
    expect(added.body.copingStrategies).toEqual([{ text: 'Listen to my playlist', addedBy: 'client' }]);
    const refused = await call(t, 'POST', `${base()}/me/safety-plan/entries`, {
      token: clientToken,
      body: { section: 'warningSigns', text: 'x' },
    });
    expect(refused.status).toBe(400);
    // A client never reaches staff routes for client records, their own included.
    expect((await call(t, 'GET', `${base()}/clients/${c.body.id}`, { token: clientToken })).status).toBe(404);
    expect((await call(t, 'GET', `${base()}/clients`, { token: clientToken })).status).toBe(404);
    const revoked = await call(t, 'POST', `${base()}/clients/${c.body.id}/portal-access/revoke`, {
      token: maya.token,
    });
    expect(revoked.body.portalStatus).toBe('revoked');
    expect((await call(t, 'GET', `${base()}/me/portal`, { token: clientToken })).status).toBe(401);
    // Re-invited, the same account comes back with its password.
    await call(t, 'POST', `${base()}/clients/${c.body.id}/portal-invitation`, { token: maya.token });
    const again = await latestInvitationToken(owner, email);
    const back = await call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(again)}/accept`, {
      body: { name: 'Quinn', password: PASSWORD },
    });
    expect(back.status).toBe(200);
    expect((await call(t, 'GET', `${base()}/me/portal`, { token: back.body.token })).status).toBe(200);
  });

  it('refuses a portal invitation for a client without an email', async () => {
    const c = await createClient(maya.token, { name: 'No Email' });
    const res = await call(t, 'POST', `${base()}/clients/${c.body.id}/portal-invitation`, {
      token: maya.token,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_missing');
  });

  it('lists the active clinicians, by name only, to staff (managers filter reports with it)', async () => {
    const url = `${base()}/clinicians`;
    const names = (await call(t, 'GET', url, { token: maya.token })).body.items.map(
      (c: { name: string }) => c.name,
    );
    expect(names).toEqual(['Maya Chen', 'Sam Okafor']);
    expect((await call(t, 'GET', url, { token: admin.token })).status).toBe(200);
    const forManager = await call(t, 'GET', url, { token: manager.token });
    expect(forManager.status).toBe(200);
    expect(Object.keys(forManager.body.items[0]).sort()).toEqual(['membershipId', 'name']);
    const other = await signupClinic(t, 'Another Clinic');
    expect((await call(t, 'GET', url, { token: other.token })).status).toBe(404);
  });

  it('keeps another clinic out: 404 on its clients', async () => {
    const other = await signupClinic(t, 'Other Clinic');
    const c = await createClient(maya.token, { name: 'Not Yours' });
    const res = await call(t, 'GET', `/api/v1/clinics/${admin.clinicId}/clients/${c.body.id}`, {
      token: other.token,
    });
    expect(res.status).toBe(404);
    const viaOwn = await call(t, 'GET', `/api/v1/clinics/${other.clinicId}/clients/${c.body.id}`, {
      token: other.token,
    });
    expect(viaOwn.status).toBe(404);
  });
});
