import type { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  expectSafeProblem,
  latestInvitationToken,
  ownerClient,
  type StaffPerson,
  sessionCookie,
} from './support/clinic-people';
import { call, type Reply, signupClinic, uniqueEmail } from './support/http';

type Admin = Awaited<ReturnType<typeof signupClinic>>;
interface Ids {
  membershipId: string;
  invitationId: string;
}
interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** The path after /clinics/{clinicId}, as the router knows it. */
  template: string;
  /** Any staff role may use it (else admin only). */
  anyStaff?: boolean;
  body?: () => unknown;
}

/** Every clinic route of docs/api.md. */
const ROUTES: Route[] = [
  { name: 'GET /', method: 'GET', template: '', anyStaff: true },
  { name: 'PATCH /', method: 'PATCH', template: '', body: () => ({ homeworkTerm: 'practice' }) },
  { name: 'GET /staff', method: 'GET', template: '/staff' },
  {
    name: 'POST /staff',
    method: 'POST',
    template: '/staff',
    body: () => ({ email: uniqueEmail('probe'), name: 'Probe Person', roles: ['clinician'] }),
  },
  {
    name: 'PATCH /staff/{id}',
    method: 'PATCH',
    template: '/staff/:membershipId',
    body: () => ({ roles: ['manager'] }),
  },
  { name: 'GET /invitations', method: 'GET', template: '/invitations' },
  { name: 'POST /invitations/{id}/resend', method: 'POST', template: '/invitations/:invitationId/resend' },
  { name: 'POST /invitations/{id}/revoke', method: 'POST', template: '/invitations/:invitationId/revoke' },
  { name: 'GET /audit-events', method: 'GET', template: '/audit-events' },
];
const RESOURCE_ROUTES = ROUTES.filter((r) => r.template.includes('/:'));
const WRITE_ROUTES = ROUTES.filter((r) => r.method !== 'GET');

const pathOf = (route: Route, clinicId: string, ids: Ids) =>
  `/api/v1/clinics/${clinicId}${route.template
    .replace(':membershipId', ids.membershipId)
    .replace(':invitationId', ids.invitationId)}`;

const withoutRequestId = (body: any) => {
  const { requestId: _requestId, ...rest } = body ?? {};
  return rest;
};

describe('tenant isolation, roles and CSRF on the clinic routes', () => {
  let t: TestApp;
  let owner: Client;
  let adminA: Admin;
  let clinicianA: StaffPerson;
  let managerA: StaffPerson;
  let idsA: Ids;
  let adminB: Admin;
  let staffB: StaffPerson;
  let idsB: Ids;
  /** Everything of clinic B that must never appear in an answer to someone outside it. */
  let secretsOfB: string[];
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;

  const send = (route: Route, path: string, token?: string, headers: Record<string, string> = {}) =>
    call(t, route.method, path, { token, body: route.body?.(), headers });

  /** Clinic B as stored: its settings, memberships, invitations, emails and its non-denial audit events. */
  const stateOf = async (clinicId: string) => ({
    clinic: await rows('SELECT * FROM clinics WHERE id = $1', [clinicId]),
    memberships: await rows('SELECT * FROM memberships WHERE clinic_id = $1 ORDER BY id', [clinicId]),
    invitations: await rows('SELECT * FROM invitations WHERE clinic_id = $1 ORDER BY id', [clinicId]),
    mails: await rows('SELECT id FROM mail_messages WHERE clinic_id = $1 ORDER BY id', [clinicId]),
    events: await rows(
      "SELECT id FROM audit_events WHERE clinic_id = $1 AND action <> 'access.denied' ORDER BY id",
      [clinicId],
    ),
  });

  const expectNothingOfB = (res: Reply) => {
    const text = JSON.stringify(res.body);
    for (const secret of secretsOfB) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    adminA = await signupClinic(t, 'Alder Clinic');
    clinicianA = await addStaff(t, owner, adminA, 'Cass Clinician', ['clinician']);
    managerA = await addStaff(t, owner, adminA, 'Mona Manager', ['manager']);
    const pendingA = await call(t, 'POST', `/api/v1/clinics/${adminA.clinicId}/staff`, {
      token: adminA.token,
      body: { email: uniqueEmail('pending-a'), name: 'Pat Pending', roles: ['clinician'] },
    });
    idsA = { membershipId: clinicianA.membershipId, invitationId: pendingA.body.id };

    adminB = await signupClinic(t, 'Birchwood Private Practice');
    staffB = await addStaff(t, owner, adminB, 'Bree Birch', ['clinician']);
    const pendingEmail = uniqueEmail('pending-b');
    const pendingB = await call(t, 'POST', `/api/v1/clinics/${adminB.clinicId}/staff`, {
      token: adminB.token,
      body: { email: pendingEmail, name: 'Boris Pending', roles: ['manager'] },
    });
    idsB = { membershipId: staffB.membershipId, invitationId: pendingB.body.id };
    const [bAdminMembership] = await rows(
      'SELECT id FROM memberships WHERE clinic_id = $1 AND user_id = $2',
      [adminB.clinicId, adminB.userId],
    );
    secretsOfB = [
      adminB.clinicId,
      'Birchwood',
      adminB.email,
      adminB.userId,
      bAdminMembership.id,
      staffB.email,
      staffB.userId,
      staffB.membershipId,
      'Bree Birch',
      pendingB.body.id,
      pendingEmail,
      'Boris Pending',
      (await latestInvitationToken(owner, pendingEmail)).split('.')[1],
    ];
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  describe('matrix: route × caller', () => {
    it.each(ROUTES.map((r) => [r.name, r]))(
      '%s on another clinic: 404 revealing nothing, nothing changed, audited there as access.denied',
      async (_name, route) => {
        const before = await stateOf(adminB.clinicId);
        const nowhere = await send(route, pathOf(route, uuidv7(), idsB), adminA.token);
        expect(nowhere.status).toBe(404);
        const attempts: Array<{ userId: string; requestId: string }> = [];
        for (const caller of [adminA, clinicianA, managerA]) {
          const res = await send(route, pathOf(route, adminB.clinicId, idsB), caller.token);
          expect(res.status).toBe(404);
          expectSafeProblem(res);
          expectNothingOfB(res);
          // Indistinguishable from a clinic that does not exist.
          expect(withoutRequestId(res.body)).toEqual(withoutRequestId(nowhere.body));
          attempts.push({ userId: caller.userId, requestId: res.headers.get('x-request-id') ?? '' });
        }
        expect(await stateOf(adminB.clinicId)).toEqual(before);

        const audit = await call(
          t,
          'GET',
          `/api/v1/clinics/${adminB.clinicId}/audit-events?action=access.denied&limit=100`,
          {
            token: adminB.token,
          },
        );
        expect(audit.status).toBe(200);
        for (const attempt of attempts) {
          expect(audit.body.items).toContainEqual(
            expect.objectContaining({
              action: 'access.denied',
              outcome: 'denied',
              actor: expect.objectContaining({ userId: attempt.userId }),
              resourceType: `/api/v1/clinics/:clinicId${route.template}`,
              requestId: attempt.requestId,
            }),
          );
        }
      },
    );

    it.each(ROUTES.map((r) => [r.name, r]))(
      '%s on a clinic that does not exist or a malformed clinic id: 404, and nothing audited',
      async (_name, route) => {
        for (const clinicId of [uuidv7(), 'not-a-clinic', '42', `${adminB.clinicId}x`]) {
          const res = await send(route, pathOf(route, clinicId, idsA), adminA.token);
          expect(res.status).toBe(404);
          expectSafeProblem(res);
          expectNothingOfB(res);
          expect(
            await rows('SELECT 1 FROM audit_events WHERE request_id = $1', [res.headers.get('x-request-id')]),
          ).toEqual([]);
        }
      },
    );

    it.each(ROUTES.map((r) => [r.name, r]))(
      '%s without a session: 401, on any clinic',
      async (_name, route) => {
        const before = await stateOf(adminB.clinicId);
        for (const [clinicId, ids] of [
          [adminA.clinicId, idsA],
          [adminB.clinicId, idsB],
          [uuidv7(), idsA],
          ['not-a-clinic', idsA],
        ] as Array<[string, Ids]>) {
          const none = await send(route, pathOf(route, clinicId, ids));
          expect(none.status).toBe(401);
          expectSafeProblem(none);
          expect(none.body.code).toBe('unauthenticated');
          expectNothingOfB(none);
          const bogus = await send(route, pathOf(route, clinicId, ids), 'not-a-real-session-token');
          expect(bogus.status).toBe(401);
          expectNothingOfB(bogus);
        }
        expect(await stateOf(adminB.clinicId)).toEqual(before);
      },
    );

    it.each(ROUTES.map((r) => [r.name, r]))(
      '%s in their own clinic: 403 for a clinician and a manager unless any staff may use it',
      async (_name, route) => {
        const before = await stateOf(adminA.clinicId);
        for (const person of [clinicianA, managerA]) {
          const res = await send(route, pathOf(route, adminA.clinicId, idsA), person.token);
          if (route.anyStaff) {
            expect(res.status).toBe(200);
          } else {
            expect(res.status).toBe(403);
            expectSafeProblem(res);
            expect(res.body.code).toBe('role_required');
          }
        }
        const after = await stateOf(adminA.clinicId);
        expect(after.clinic).toEqual(before.clinic);
        expect(after.memberships).toEqual(before.memberships);
        expect(after.invitations).toEqual(before.invitations);
        expect(after.mails).toEqual(before.mails);
      },
    );

    it.each(RESOURCE_ROUTES.map((r) => [r.name, r]))(
      '%s in the admin’s own clinic naming a resource of another clinic: 404, nothing changed',
      async (_name, route) => {
        const before = await stateOf(adminB.clinicId);
        const res = await send(route, pathOf(route, adminA.clinicId, idsB), adminA.token);
        expect(res.status).toBe(404);
        expectSafeProblem(res);
        expectNothingOfB({ ...res, body: withoutRequestId(res.body) });
        expect(await stateOf(adminB.clinicId)).toEqual(before);
      },
    );
  });

  describe('CSRF: the session cookie needs X-Interlude-Csrf: 1 on state-changing requests', () => {
    let cookie: string;
    const clinicRow = async () => (await rows('SELECT * FROM clinics WHERE id = $1', [adminA.clinicId]))[0];

    beforeAll(() => {
      cookie = sessionCookie(adminA.cookie);
    });

    it.each(WRITE_ROUTES.map((r) => [r.name, r]))(
      '%s with the cookie and no CSRF header (or a wrong one): 403 csrf_missing, nothing changed',
      async (_name, route) => {
        const before = await stateOf(adminA.clinicId);
        const variants: Array<Record<string, string>> = [
          { cookie },
          { cookie, 'x-interlude-csrf': '0' },
          { cookie, 'x-interlude-csrf': 'true' },
        ];
        for (const headers of variants) {
          const res = await send(route, pathOf(route, adminA.clinicId, idsA), undefined, headers);
          expect(res.status).toBe(403);
          expectSafeProblem(res);
          expect(res.body.code).toBe('csrf_missing');
        }
        expect(await stateOf(adminA.clinicId)).toEqual(before);
      },
    );

    it('accepts the change with the cookie and the header', async () => {
      const res = await call(t, 'PATCH', `/api/v1/clinics/${adminA.clinicId}`, {
        body: { sessionTimeoutMinutes: 45 },
        headers: { cookie, 'x-interlude-csrf': '1' },
      });
      expect(res.status).toBe(200);
      expect((await clinicRow()).session_timeout_minutes).toBe(45);
    });

    it('reads with the cookie and no header', async () => {
      for (const path of ['', '/staff', '/audit-events']) {
        const res = await call(t, 'GET', `/api/v1/clinics/${adminA.clinicId}${path}`, {
          headers: { cookie },
        });
        expect(res.status).toBe(200);
      }
    });

    it('needs no header with a bearer token', async () => {
      const res = await call(t, 'PATCH', `/api/v1/clinics/${adminA.clinicId}`, {
        token: adminA.token,
        body: { sessionTimeoutMinutes: 50 },
      });
      expect(res.status).toBe(200);
      expect((await clinicRow()).session_timeout_minutes).toBe(50);
    });
  });

  describe('bad input never causes a 5xx', () => {
    const TWO_MB = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    const payloads: Array<[string, { raw: string; headers?: Record<string, string> }, number[]]> = [
      ['malformed JSON', { raw: '{"a":' }, [400]],
      ['a JSON array', { raw: '[1,2,3]' }, [400, 404]],
      ['a JSON string', { raw: '"hello"' }, [400, 404]],
      ['a JSON null', { raw: 'null' }, [400, 404]],
      ['a 2 MB body', { raw: TWO_MB }, [413]],
      ['text/plain', { raw: '{"name":"Plain Text"}', headers: { 'content-type': 'text/plain' } }, [415]],
      [
        'a form',
        { raw: 'name=Form+Post', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        [415],
      ],
    ];

    it.each(payloads)(
      '%s on every POST and PATCH route: a 4xx problem, no stack or SQL',
      async (_case, payload, statuses) => {
        const before = await stateOf(adminA.clinicId);
        // The invitation routes take no body: they are sent an id that does not exist (else they would act).
        const ids = { membershipId: idsA.membershipId, invitationId: uuidv7() };
        const answers: string[] = [];
        for (const route of WRITE_ROUTES) {
          const res = await call(t, route.method, pathOf(route, adminA.clinicId, ids), {
            token: adminA.token,
            ...payload,
          });
          answers.push(`${route.name} → ${res.status}`);
          if (res.status >= 400) expectSafeProblem(res);
        }
        const bodyless = (name: string) => name.includes('/invitations/');
        expect(answers).toEqual(
          WRITE_ROUTES.map((route) => {
            const expected = bodyless(route.name) && statuses.includes(404) ? 404 : statuses[0];
            return `${route.name} → ${expected}`;
          }),
        );
        expect(await stateOf(adminA.clinicId)).toEqual(before);
      },
    );

    it('answers a NUL character in text with 400, not 500', async () => {
      const base = `/api/v1/clinics/${adminA.clinicId}`;
      const before = await stateOf(adminA.clinicId);
      const attempts: Array<[string, string, unknown?]> = [
        ['PATCH', base, { name: 'Alder\u0000Clinic' }],
        ['PATCH', base, { crisisResources: [{ name: 'Line\u0000', phone: '999' }] }],
        [
          'POST',
          `${base}/staff`,
          { email: uniqueEmail('nul'), name: 'Nul\u0000Person', roles: ['clinician'] },
        ],
        ['GET', `${base}/staff?q=%00`],
        ['GET', `${base}/audit-events?action=%00`],
      ];
      const answers: string[] = [];
      for (const [method, path, body] of attempts) {
        const res = await call(t, method, path, { token: adminA.token, body });
        answers.push(`${method} ${path.replace(base, '')} ${JSON.stringify(body ?? '')} → ${res.status}`);
        expectSafeProblem(res);
      }
      expect(answers).toEqual(answers.map((a) => a.replace(/→ \d+$/, '→ 400')));
      expect(await stateOf(adminA.clinicId)).toEqual(before);
    });
  });
});
