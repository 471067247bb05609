import type { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '../src/platform/auth/clock';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  latestInvitationToken,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { call, PASSWORD, signupClinic, uniqueEmail } from './support/http';

const DAY = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Admin = Awaited<ReturnType<typeof signupClinic>>;

describe('staff and invitations (clinic admin)', () => {
  let t: TestApp;
  let owner: Client;
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;
  const clinicPath = (admin: Admin, path = '') => `/api/v1/clinics/${admin.clinicId}${path}`;
  const preview = (token: string) => call(t, 'GET', `/api/v1/auth/invitations/${encodeURIComponent(token)}`);
  const accept = (token: string, name = 'New Person', password = PASSWORD) =>
    call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(token)}/accept`, {
      body: { name, password },
    });
  const login = (email: string) =>
    call(t, 'POST', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  const written = async (clinicId: string) =>
    (
      await rows(
        `SELECT (SELECT count(*) FROM invitations WHERE clinic_id = $1)::int AS invitations,
                (SELECT count(*) FROM mail_messages WHERE clinic_id = $1)::int AS mails,
                (SELECT count(*) FROM audit_events WHERE clinic_id = $1 AND action LIKE 'invitation.%')::int AS events`,
        [clinicId],
      )
    )[0];
  const membershipRow = async (clinicId: string, membershipId: string) =>
    (
      await rows('SELECT roles, status FROM memberships WHERE clinic_id = $1 AND id = $2', [
        clinicId,
        membershipId,
      ])
    )[0];
  /** A person who holds only the client role in the clinic (seeded: the client routes come later). */
  const seedClient = async (clinicId: string, name: string) => {
    const userId = uuidv7();
    const membershipId = uuidv7();
    await rows('INSERT INTO users (id, email, name) VALUES ($1, $2, $3)', [
      userId,
      uniqueEmail('client'),
      name,
    ]);
    await rows("INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, '{client}')", [
      clinicId,
      membershipId,
      userId,
    ]);
    return membershipId;
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  describe('GET /staff', () => {
    let admin: Admin;
    let bea: StaffPerson;
    let cal: StaffPerson;
    let dee: StaffPerson;
    let eve: StaffPerson;
    const list = async (query = '') => {
      const res = await call(t, 'GET', clinicPath(admin, `/staff${query}`), { token: admin.token });
      expect(res.status).toBe(200);
      return res.body as { items: any[]; nextCursor: string | null };
    };
    const names = async (query = '') => (await list(query)).items.map((s) => s.name);

    beforeAll(async () => {
      admin = await signupClinic(t, 'Listing Clinic');
      // Invited in an order unlike the alphabetical one the list answers in.
      eve = await addStaff(t, owner, admin, 'Eve Evans', ['clinician']);
      cal = await addStaff(t, owner, admin, 'cal Carter', ['manager']);
      dee = await addStaff(t, owner, admin, 'Dee Dawson', ['clinician', 'manager']);
      bea = await addStaff(t, owner, admin, 'Bea Brown', ['clinician']);
      // Eve's membership is switched off directly: this block is about listing, not deactivating.
      await rows("UPDATE memberships SET status = 'deactivated' WHERE clinic_id = $1 AND id = $2", [
        admin.clinicId,
        eve.membershipId,
      ]);
      await seedClient(admin.clinicId, 'Carla Client');
    });

    it('lists the staff (not clients) by name, case-insensitively, with roles, status and MFA', async () => {
      const page = await list();
      expect(page.nextCursor).toBeNull();
      expect(page.items.map((s) => s.name)).toEqual([
        'Ada Admin',
        'Bea Brown',
        'cal Carter',
        'Dee Dawson',
        'Eve Evans',
      ]);
      expect(page.items[3]).toEqual({
        membershipId: dee.membershipId,
        userId: dee.userId,
        name: 'Dee Dawson',
        email: dee.email,
        roles: ['clinician', 'manager'],
        status: 'active',
        mfaEnabled: false,
        lastSignInAt: null,
      });
      expect(page.items[0]).toMatchObject({ email: admin.email, roles: ['admin'], status: 'active' });
      expect(page.items[4]).toMatchObject({ membershipId: eve.membershipId, status: 'deactivated' });
    });

    it('searches name and email with q, case-insensitively, treating % and _ literally', async () => {
      expect(await names('?q=dAwSoN')).toEqual(['Dee Dawson']);
      const emailPart = `${cal.email.split('@')[0].slice(4)}@`; // <time>.<n>@ of cal.<time>.<n>@example.org
      expect(await names(`?q=${encodeURIComponent(emailPart)}`)).toEqual(['cal Carter']);
      expect(await names('?q=%25')).toEqual([]);
      expect(await names('?q=_')).toEqual([]);
      expect(await names('?q=nobody-has-this')).toEqual([]);
    });

    it('filters by role and by status, and by both', async () => {
      expect(await names('?role=manager')).toEqual(['cal Carter', 'Dee Dawson']);
      expect(await names('?role=admin')).toEqual(['Ada Admin']);
      expect(await names('?status=deactivated')).toEqual(['Eve Evans']);
      expect(await names('?status=active')).toEqual(['Ada Admin', 'Bea Brown', 'cal Carter', 'Dee Dawson']);
      expect(await names('?role=clinician&status=active')).toEqual(['Bea Brown', 'Dee Dawson']);
    });

    it('pages with limit and cursor: every member exactly once, in order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await list(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((s) => s.membershipId));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual((await list()).items.map((s) => s.membershipId));
      expect(new Set(seen).size).toBe(5);
      expect(seen).toEqual(expect.arrayContaining([bea.membershipId, cal.membershipId, dee.membershipId]));

      const first = await list('?role=clinician&limit=1');
      expect(first.items.map((s) => s.name)).toEqual(['Bea Brown']);
      const second = await list(
        `?role=clinician&limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      );
      expect(second.items.map((s) => s.name)).toEqual(['Dee Dawson']);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['role=client', 'role'],
      ['role=owner', 'role'],
      ['status=gone', 'status'],
      ['cursor=garbage', 'cursor'],
    ])('refuses ?%s with 400 naming %s', async (query, path) => {
      const res = await call(t, 'GET', clinicPath(admin, `/staff?${query}`), { token: admin.token });
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain(path);
    });

    it('refuses a well-formed cursor it did not issue with 400, not 500', async () => {
      const forged = Buffer.from(JSON.stringify(['bea brown', 'not-a-uuid'])).toString('base64url');
      const res = await call(t, 'GET', clinicPath(admin, `/staff?cursor=${forged}`), { token: admin.token });
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain('cursor');
    });
  });

  describe('POST /staff (invite)', () => {
    let admin: Admin;
    beforeAll(async () => {
      admin = await signupClinic(t, 'Inviting Clinic');
    });

    it('creates a pending invitation, emails a single-use link and audits it', async () => {
      const email = uniqueEmail('nia');
      const before = Date.now();
      const res = await call(t, 'POST', clinicPath(admin, '/staff'), {
        token: admin.token,
        body: { email: email.toUpperCase(), name: '  Nia Nurse ', roles: ['clinician', 'manager'] },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        email,
        name: 'Nia Nurse',
        roles: ['clinician', 'manager'],
        status: 'pending',
        expiresAt: expect.any(String),
        createdAt: expect.any(String),
      });
      const expiresIn = Date.parse(res.body.expiresAt) - before;
      expect(expiresIn).toBeGreaterThan(7 * DAY - 60_000);
      expect(expiresIn).toBeLessThan(7 * DAY + 60_000);

      const [invitation] = await rows('SELECT * FROM invitations WHERE clinic_id = $1 AND id = $2', [
        admin.clinicId,
        res.body.id,
      ]);
      expect(invitation).toMatchObject({
        email,
        name: 'Nia Nurse',
        roles: ['clinician', 'manager'],
        invited_by: admin.userId,
        accepted_at: null,
        revoked_at: null,
      });

      const mails = await rows('SELECT * FROM mail_messages WHERE clinic_id = $1 AND to_address = $2', [
        admin.clinicId,
        email,
      ]);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('Inviting Clinic');
      expect(mails[0].text_body).toMatch(
        new RegExp(`http://localhost:3000/invitations/${admin.clinicId}\\.[A-Za-z0-9_-]{43}(\\s|$)`),
      );
      const token = await latestInvitationToken(owner, email);
      // Only a digest of the link's token is kept.
      expect(JSON.stringify(invitation)).not.toContain(token.split('.')[1]);
      const shown = await preview(token);
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        clinicName: 'Inviting Clinic',
        email,
        name: 'Nia Nurse',
        roles: ['clinician', 'manager'],
      });

      const audit = await call(t, 'GET', clinicPath(admin, '/audit-events?action=invitation.created'), {
        token: admin.token,
      });
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'invitation.created',
          actor: { userId: admin.userId, name: 'Ada Admin' },
          resourceType: 'invitation',
          resourceId: res.body.id,
          outcome: 'success',
          requestId: res.headers.get('x-request-id'),
        }),
      ]);
    });

    it.each([
      ['a malformed email', 'email', { email: 'not-an-email', name: 'Ola', roles: ['clinician'] }],
      ['a missing email', 'email', { name: 'Ola', roles: ['clinician'] }],
      ['a blank name', 'name', { email: 'ola@example.org', name: '   ', roles: ['clinician'] }],
      ['no roles', 'roles', { email: 'ola@example.org', name: 'Ola', roles: [] }],
      ['a missing roles list', 'roles', { email: 'ola@example.org', name: 'Ola' }],
      ['an unknown role', 'roles.0', { email: 'ola@example.org', name: 'Ola', roles: ['owner'] }],
      [
        'the client role',
        'roles.1',
        { email: 'ola@example.org', name: 'Ola', roles: ['clinician', 'client'] },
      ],
      ['roles as a string', 'roles', { email: 'ola@example.org', name: 'Ola', roles: 'admin' }],
    ])('refuses %s with 400 naming "%s", writing nothing', async (_case, path, body) => {
      const before = await written(admin.clinicId);
      const res = await call(t, 'POST', clinicPath(admin, '/staff'), { token: admin.token, body });
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain(path);
      expect(await written(admin.clinicId)).toEqual(before);
    });

    it('refuses an unknown extra field with 400 naming it, writing nothing', async () => {
      const before = await written(admin.clinicId);
      const res = await call(t, 'POST', clinicPath(admin, '/staff'), {
        token: admin.token,
        body: { email: 'ola@example.org', name: 'Ola', roles: ['clinician'], isOwner: true },
      });
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(res.body.errors).toEqual([{ path: '', message: expect.stringContaining('isOwner') }]);
      expect(await written(admin.clinicId)).toEqual(before);
      expect(await rows("SELECT 1 FROM invitations WHERE email = 'ola@example.org'")).toEqual([]);
    });

    it('answers 409 for someone who is already a member, whatever the case of the address', async () => {
      const member = await addStaff(t, owner, admin, 'Mo Member', ['clinician']);
      const before = await written(admin.clinicId);
      for (const email of [admin.email.toUpperCase(), member.email]) {
        const res = await call(t, 'POST', clinicPath(admin, '/staff'), {
          token: admin.token,
          body: { email, name: 'Someone', roles: ['manager'] },
        });
        expect(res.status).toBe(409);
        expectSafeProblem(res);
        expect(errorPaths(res)).toEqual(['email']);
      }
      expect(await written(admin.clinicId)).toEqual(before);
    });

    it('replaces a pending invitation to the same address: the earlier link stops working', async () => {
      const email = uniqueEmail('twice');
      const first = await call(t, 'POST', clinicPath(admin, '/staff'), {
        token: admin.token,
        body: { email, name: 'Tess Twice', roles: ['clinician'] },
      });
      const firstLink = await latestInvitationToken(owner, email);
      const second = await call(t, 'POST', clinicPath(admin, '/staff'), {
        token: admin.token,
        body: { email, name: 'Tess Twice', roles: ['manager'] },
      });
      expect(second.status).toBe(201);
      const secondLink = await latestInvitationToken(owner, email);
      expect((await preview(firstLink)).status).toBe(404);
      expect((await preview(secondLink)).body.roles).toEqual(['manager']);
      const listed = await call(t, 'GET', clinicPath(admin, '/invitations'), { token: admin.token });
      const statusOf = (id: string) => listed.body.items.find((i: any) => i.id === id)?.status;
      expect(statusOf(first.body.id)).toBe('revoked');
      expect(statusOf(second.body.id)).toBe('pending');
    });
  });

  describe('invitations: list, resend, revoke, single use, expiry', () => {
    let admin: Admin;
    const invite = async (name: string, roles = ['clinician']) => {
      const email = uniqueEmail(name.toLowerCase());
      const res = await call(t, 'POST', clinicPath(admin, '/staff'), {
        token: admin.token,
        body: { email, name, roles },
      });
      expect(res.status).toBe(201);
      return { id: res.body.id as string, email, name, link: await latestInvitationToken(owner, email) };
    };
    const invitations = async () => {
      const res = await call(t, 'GET', clinicPath(admin, '/invitations'), { token: admin.token });
      expect(res.status).toBe(200);
      return res.body.items as any[];
    };
    const auditFor = (resourceId: string) =>
      rows(
        'SELECT action, actor_user_id, request_id FROM audit_events WHERE clinic_id = $1 AND resource_id = $2 ORDER BY occurred_at, id',
        [admin.clinicId, resourceId],
      );

    beforeAll(async () => {
      admin = await signupClinic(t, 'Invitations Clinic');
    });

    it('lists invitations pending first, with accepted and revoked ones after', async () => {
      const accepted = await invite('Alma');
      expect((await accept(accepted.link, 'Alma')).status).toBe(200);
      const revoked = await invite('Rita');
      expect(
        (
          await call(t, 'POST', clinicPath(admin, `/invitations/${revoked.id}/revoke`), {
            token: admin.token,
          })
        ).status,
      ).toBe(200);
      const pending = await invite('Pip');

      const items = await invitations();
      const ours = items.filter((i) => [accepted.id, revoked.id, pending.id].includes(i.id));
      expect(ours.map((i) => [i.name, i.status])).toEqual([
        ['Pip', 'pending'],
        ['Rita', 'revoked'],
        ['Alma', 'accepted'],
      ]);
      const firstDone = items.findIndex((i) => i.status !== 'pending');
      expect(items.slice(firstDone).some((i) => i.status === 'pending')).toBe(false);
      expect(ours[0]).toEqual({
        id: pending.id,
        email: pending.email,
        name: 'Pip',
        roles: ['clinician'],
        status: 'pending',
        expiresAt: expect.any(String),
        createdAt: expect.any(String),
      });
    });

    it('resends with a new link and a new 7 days: the old link stops working, the new one works', async () => {
      const inv = await invite('Rhea');
      const [before] = await rows('SELECT expires_at FROM invitations WHERE clinic_id = $1 AND id = $2', [
        admin.clinicId,
        inv.id,
      ]);
      const res = await call(t, 'POST', clinicPath(admin, `/invitations/${inv.id}/resend`), {
        token: admin.token,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: inv.id, email: inv.email, status: 'pending' });
      expect(Date.parse(res.body.expiresAt)).toBeGreaterThanOrEqual(before.expires_at.getTime());
      const mails = await rows('SELECT 1 FROM mail_messages WHERE to_address = $1', [inv.email]);
      expect(mails).toHaveLength(2);
      const newLink = await latestInvitationToken(owner, inv.email);
      expect(newLink).not.toBe(inv.link);

      expect((await preview(inv.link)).status).toBe(404);
      expect((await accept(inv.link, 'Rhea')).status).toBe(404);
      expect((await preview(newLink)).status).toBe(200);
      const accepted = await accept(newLink, 'Rhea');
      expect(accepted.status).toBe(200);
      expect(accepted.body.memberships).toEqual([
        expect.objectContaining({ clinicId: admin.clinicId, roles: ['clinician'], status: 'active' }),
      ]);
      expect(await auditFor(inv.id)).toEqual(
        expect.arrayContaining([
          {
            action: 'invitation.resent',
            actor_user_id: admin.userId,
            request_id: res.headers.get('x-request-id'),
          },
        ]),
      );
    });

    it('revokes: the link answers 404 afterwards and a revoked invitation cannot be revoked or resent', async () => {
      const inv = await invite('Rex');
      const res = await call(t, 'POST', clinicPath(admin, `/invitations/${inv.id}/revoke`), {
        token: admin.token,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: inv.id, status: 'revoked' });

      const shown = await preview(inv.link);
      expect(shown.status).toBe(404);
      expectSafeProblem(shown);
      expect((await accept(inv.link, 'Rex')).status).toBe(404);
      expect(await rows('SELECT 1 FROM users WHERE email = $1', [inv.email])).toEqual([]);

      for (const action of ['revoke', 'resend']) {
        const again = await call(t, 'POST', clinicPath(admin, `/invitations/${inv.id}/${action}`), {
          token: admin.token,
        });
        expect(again.status).toBe(404);
      }
      expect(await rows('SELECT 1 FROM mail_messages WHERE to_address = $1', [inv.email])).toHaveLength(1);
      expect((await auditFor(inv.id)).map((e) => e.action)).toEqual([
        'invitation.created',
        'invitation.revoked',
      ]);
    });

    it.each(['resend', 'revoke'])(
      'answers 404 when asked to %s an invitation that does not exist',
      async (action) => {
        for (const id of [uuidv7(), 'not-a-uuid']) {
          const res = await call(t, 'POST', clinicPath(admin, `/invitations/${id}/${action}`), {
            token: admin.token,
          });
          expect(res.status).toBe(404);
          expectSafeProblem(res);
        }
      },
    );

    it('accepts a link once: the second use answers 404 and changes nothing', async () => {
      const inv = await invite('Una', ['manager']);
      const first = await accept(inv.link, 'Una');
      expect(first.status).toBe(200);
      const second = await accept(inv.link, 'Una Again', 'another calm river 77');
      expect(second.status).toBe(404);
      expectSafeProblem(second);
      expect((await preview(inv.link)).status).toBe(404);
      expect(await rows('SELECT name FROM users WHERE email = $1', [inv.email])).toEqual([{ name: 'Una' }]);
      expect(
        await rows('SELECT roles FROM memberships WHERE clinic_id = $1 AND user_id = $2', [
          admin.clinicId,
          first.body.user.id,
        ]),
      ).toEqual([{ roles: ['manager'] }]);
      expect((await invitations()).find((i) => i.id === inv.id)?.status).toBe('accepted');
      const resend = await call(t, 'POST', clinicPath(admin, `/invitations/${inv.id}/resend`), {
        token: admin.token,
      });
      expect(resend.status).toBe(404);
    });

    // Moves this app's clock 8 days on, so it runs last in the file.
    it('expires a link after 7 days: preview and accept answer 404; a resend gives a working link', async () => {
      const inv = await invite('Ezra');
      t.app.get(Clock).advance(8 * DAY);

      expect((await preview(inv.link)).status).toBe(404);
      expect((await accept(inv.link, 'Ezra')).status).toBe(404);
      expect(await rows('SELECT 1 FROM users WHERE email = $1', [inv.email])).toEqual([]);

      const signedIn = await login(admin.email); // the admin's session ended with the jump
      expect(signedIn.status).toBe(200);
      admin = { ...admin, token: signedIn.body.token };
      expect((await invitations()).find((i) => i.id === inv.id)?.status).toBe('expired');

      const resent = await call(t, 'POST', clinicPath(admin, `/invitations/${inv.id}/resend`), {
        token: admin.token,
      });
      expect(resent.status).toBe(200);
      expect(resent.body.status).toBe('pending');
      const fresh = await latestInvitationToken(owner, inv.email);
      expect((await accept(fresh, 'Ezra')).status).toBe(200);
    });
  });

  describe('PATCH /staff/{membershipId}', () => {
    let admin: Admin;
    const patch = (membershipId: string, body: unknown, token = admin.token) =>
      call(t, 'PATCH', clinicPath(admin, `/staff/${membershipId}`), { token, body });
    const eventsFor = (membershipId: string) =>
      rows(
        'SELECT action, actor_user_id, details FROM audit_events WHERE clinic_id = $1 AND resource_id = $2 ORDER BY occurred_at, id',
        [admin.clinicId, membershipId],
      );

    beforeAll(async () => {
      admin = await signupClinic(t, 'Changing Clinic');
    });

    it('changes roles, which the person sees at once, and audits from and to', async () => {
      const gus = await addStaff(t, owner, admin, 'Gus Green', ['clinician']);
      const res = await patch(gus.membershipId, { roles: ['manager', 'clinician'] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        membershipId: gus.membershipId,
        userId: gus.userId,
        name: 'Gus Green',
        email: gus.email,
        roles: ['manager', 'clinician'],
        status: 'active',
        mfaEnabled: false,
        lastSignInAt: null,
      });
      expect(await membershipRow(admin.clinicId, gus.membershipId)).toEqual({
        roles: ['manager', 'clinician'],
        status: 'active',
      });
      const me = await call(t, 'GET', '/api/v1/me', { token: gus.token });
      expect(me.body.memberships).toEqual([
        expect.objectContaining({ clinicId: admin.clinicId, roles: ['manager', 'clinician'] }),
      ]);
      expect(await eventsFor(gus.membershipId)).toEqual([
        {
          action: 'staff.roles_changed',
          actor_user_id: admin.userId,
          details: { from: ['clinician'], to: ['manager', 'clinician'] },
        },
      ]);
    });

    it('deactivates: the person’s session ends (401) and they cannot sign in (403 account_inactive)', async () => {
      const hal = await addStaff(t, owner, admin, 'Hal Hughes', ['clinician']);
      expect((await call(t, 'GET', '/api/v1/me', { token: hal.token })).status).toBe(200);

      const res = await patch(hal.membershipId, { status: 'deactivated' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ membershipId: hal.membershipId, status: 'deactivated' });
      expect(await membershipRow(admin.clinicId, hal.membershipId)).toEqual({
        roles: ['clinician'],
        status: 'deactivated',
      });

      const me = await call(t, 'GET', '/api/v1/me', { token: hal.token });
      expect(me.status).toBe(401);
      const clinic = await call(t, 'GET', clinicPath(admin), { token: hal.token });
      expect(clinic.status).toBe(401);
      const signIn = await login(hal.email);
      expect(signIn.status).toBe(403);
      expect(signIn.body.code).toBe('account_inactive');
      expect(signIn.body.token).toBeUndefined();
      expect((await eventsFor(hal.membershipId)).map((e) => e.action)).toEqual(['staff.deactivated']);
    });

    it('reactivates a deactivated member, who can then sign in again', async () => {
      const ivy = await addStaff(t, owner, admin, 'Ivy Irwin', ['manager']);
      // Seeded directly, so that reactivation is tested independently of deactivation above.
      await rows("UPDATE memberships SET status = 'deactivated' WHERE clinic_id = $1 AND id = $2", [
        admin.clinicId,
        ivy.membershipId,
      ]);
      expect((await login(ivy.email)).body.code).toBe('account_inactive');

      const res = await patch(ivy.membershipId, { status: 'active' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        membershipId: ivy.membershipId,
        status: 'active',
        roles: ['manager'],
      });
      expect(await membershipRow(admin.clinicId, ivy.membershipId)).toEqual({
        roles: ['manager'],
        status: 'active',
      });
      const signIn = await login(ivy.email);
      expect(signIn.status).toBe(200);
      expect((await call(t, 'GET', clinicPath(admin), { token: signIn.body.token })).status).toBe(200);
      expect((await eventsFor(ivy.membershipId)).map((e) => e.action)).toEqual(['staff.reactivated']);
    });

    it('never removes the last active admin (409 last_admin), and lets a second admin take over', async () => {
      const solo = await signupClinic(t, 'Solo Clinic');
      const soloPath = (id: string) => `/api/v1/clinics/${solo.clinicId}/staff/${id}`;
      const [mine] = await rows('SELECT id FROM memberships WHERE clinic_id = $1 AND user_id = $2', [
        solo.clinicId,
        solo.userId,
      ]);
      for (const body of [
        { roles: ['clinician'] },
        { status: 'deactivated' },
        { roles: ['manager'], status: 'active' },
      ]) {
        const res = await call(t, 'PATCH', soloPath(mine.id), { token: solo.token, body });
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('last_admin');
        expectSafeProblem(res);
      }
      expect(await membershipRow(solo.clinicId, mine.id)).toEqual({ roles: ['admin'], status: 'active' });

      const kim = await addStaff(t, owner, solo, 'Kim King', ['admin']);
      const handover = await call(t, 'PATCH', soloPath(mine.id), {
        token: kim.token,
        body: { roles: ['clinician'] },
      });
      expect(handover.status).toBe(200);
      const last = await call(t, 'PATCH', soloPath(kim.membershipId), {
        token: kim.token,
        body: { roles: ['manager'] },
      });
      expect(last.status).toBe(409);
      expect(last.body.code).toBe('last_admin');
      expect(await membershipRow(solo.clinicId, kim.membershipId)).toEqual({
        roles: ['admin'],
        status: 'active',
      });
      expect(
        await rows(
          "SELECT 1 FROM audit_events WHERE clinic_id = $1 AND resource_id = $2 AND action LIKE 'staff.%'",
          [solo.clinicId, kim.membershipId],
        ),
      ).toEqual([]);
    });

    it('keeps an active admin when two admins demote each other at the same moment', async () => {
      // A race: each request alone is allowed (two admins), together they would leave none.
      const outcomes: string[] = [];
      for (let round = 0; round < 5; round++) {
        const first = await signupClinic(t, `Race Clinic ${round}`);
        const second = await addStaff(t, owner, first, 'Rae Rival', ['admin']);
        const [firstMembership] = await rows(
          'SELECT id FROM memberships WHERE clinic_id = $1 AND user_id = $2',
          [first.clinicId, first.userId],
        );
        const staffPath = (id: string) => `/api/v1/clinics/${first.clinicId}/staff/${id}`;
        const [a, b] = await Promise.all([
          call(t, 'PATCH', staffPath(second.membershipId), {
            token: first.token,
            body: { roles: ['clinician'] },
          }),
          call(t, 'PATCH', staffPath(firstMembership.id), {
            token: second.token,
            body: { roles: ['clinician'] },
          }),
        ]);
        const [{ admins }] = await rows(
          "SELECT count(*)::int AS admins FROM memberships WHERE clinic_id = $1 AND status = 'active' AND 'admin' = ANY (roles)",
          [first.clinicId],
        );
        outcomes.push(`${a.status}/${b.status} → ${admins} admin(s)`);
      }
      expect(outcomes.filter((o) => !o.endsWith('→ 1 admin(s)'))).toEqual([]);
    });

    it('answers 404 for a membership id that is unknown, malformed or not staff', async () => {
      const clientMembership = await seedClient(admin.clinicId, 'Cleo Client');
      for (const id of [uuidv7(), 'not-a-uuid', clientMembership]) {
        const res = await patch(id, { roles: ['clinician'] });
        expect(res.status).toBe(404);
        expectSafeProblem(res);
      }
      expect(await membershipRow(admin.clinicId, clientMembership)).toEqual({
        roles: ['client'],
        status: 'active',
      });
    });

    it.each([
      ['an empty body', '', {}],
      ['no roles', 'roles', { roles: [] }],
      ['an unknown role', 'roles.0', { roles: ['owner'] }],
      ['the client role', 'roles.0', { roles: ['client'] }],
      ['roles as a string', 'roles', { roles: 'admin' }],
      ['an unknown status', 'status', { status: 'paused' }],
      ['an unknown field', '', { roles: ['manager'], isOwner: true }],
    ])('refuses %s with 400 naming "%s", leaving the membership as it was', async (_case, path, body) => {
      const jay = await addStaff(t, owner, admin, 'Jay Jones', ['clinician']);
      const res = await patch(jay.membershipId, body);
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain(path);
      expect(await membershipRow(admin.clinicId, jay.membershipId)).toEqual({
        roles: ['clinician'],
        status: 'active',
      });
      expect(await eventsFor(jay.membershipId)).toEqual([]);
    });
  });
});
