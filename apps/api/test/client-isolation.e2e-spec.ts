import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import { addStaff, latestInvitationToken, ownerClient } from './support/clinic-people';
import { call, PASSWORD, signupClinic, uniqueEmail } from './support/http';

/**
 * Tenant isolation for every client route × caller. The routes come from the OpenAPI document, so a
 * client route added without an entry in MATRIX fails the first test.
 */
type Caller =
  | 'admin'
  | 'clinicianWith'
  | 'clinicianWithout'
  | 'manager'
  | 'theClient'
  | 'anotherClient'
  | 'otherClinicAdmin'
  | 'nobody';
const CALLERS: Caller[] = [
  'admin',
  'clinicianWith',
  'clinicianWithout',
  'manager',
  'theClient',
  'anotherClient',
  'otherClinicAdmin',
  'nobody',
];

interface Route {
  /** The client in the path when not the portal client (e.g. one whose access can be revoked harmlessly). */
  clientId?: () => string;
  body?: () => unknown;
  headers?: () => Record<string, string>;
  expect: Record<Caller, number>;
}

const staffRecord = (ok: number): Record<Caller, number> => ({
  admin: ok,
  clinicianWith: ok,
  clinicianWithout: 404,
  manager: 404,
  theClient: 404,
  anotherClient: 404,
  otherClinicAdmin: 404,
  nobody: 401,
});
const staffCollection = (ok: number): Record<Caller, number> => ({
  ...staffRecord(ok),
  clinicianWithout: ok,
});
const ownPortal = (ok: number): Record<Caller, number> => ({
  admin: 404,
  clinicianWith: 404,
  clinicianWithout: 404,
  manager: 404,
  theClient: ok,
  anotherClient: ok,
  otherClinicAdmin: 404,
  nobody: 401,
});

let planVersion = 1;
const plan = {
  warningSigns: ['Pacing at night'],
  copingStrategies: [],
  distractions: [],
  peopleToAsk: [],
  professionals: [],
  environmentSafety: [],
  reasonsForLiving: [],
};

const MATRIX: Record<string, Route> = {
  'GET /api/v1/clinics/{clinicId}/clients': { expect: staffCollection(200) },
  'POST /api/v1/clinics/{clinicId}/clients': {
    body: () => ({ name: 'Matrix Made' }),
    expect: { ...staffCollection(201), admin: 400 },
  },
  'POST /api/v1/clinics/{clinicId}/clients/transfer': {
    body: () => ({ clientIds: [ids.client], toClinicianId: ids.clinicianWith }),
    expect: { ...staffRecord(200), clinicianWith: 404 },
  },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}': { expect: staffRecord(200) },
  'PATCH /api/v1/clinics/{clinicId}/clients/{clientId}': {
    body: () => ({ tags: ['matrix'] }),
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/caseload-history': { expect: staffRecord(200) },
  'POST /api/v1/clinics/{clinicId}/clients/{clientId}/portal-invitation': { expect: { ...staffRecord(409) } },
  'POST /api/v1/clinics/{clinicId}/clients/{clientId}/portal-access/revoke': {
    clientId: () => ids.invitedOnly,
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/safety-plan': { expect: staffRecord(200) },
  'PUT /api/v1/clinics/{clinicId}/clients/{clientId}/safety-plan': {
    body: () => plan,
    headers: () => ({ 'if-match': `"${planVersion}"` }),
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/safety-plan/versions': { expect: staffRecord(200) },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/safety-plan/versions/{version}': {
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/me/portal': { expect: ownPortal(200) },
  'GET /api/v1/clinics/{clinicId}/me/safety-plan': { expect: ownPortal(200) },
  'POST /api/v1/clinics/{clinicId}/me/safety-plan/entries': {
    body: () => ({ section: 'distractions', text: 'Matrix walk' }),
    expect: ownPortal(201),
  },
};

const ids = { clinic: '', client: '', clinicianWith: '', invitedOnly: '' };

describe('client routes: isolation matrix (route × caller)', () => {
  let t: TestApp;
  let owner: Client;
  const tokens = {} as Record<Caller, string | undefined>;
  let clientName = '';

  async function portalClient(
    admin: { token: string; clinicId: string },
    clinicianToken: string,
    name: string,
  ) {
    const email = uniqueEmail('portal');
    const created = await call(t, 'POST', `/api/v1/clinics/${admin.clinicId}/clients`, {
      token: clinicianToken,
      body: { name, email },
    });
    await call(t, 'POST', `/api/v1/clinics/${admin.clinicId}/clients/${created.body.id}/portal-invitation`, {
      token: clinicianToken,
    });
    const link = await latestInvitationToken(owner, email);
    const accepted = await call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(link)}/accept`, {
      body: { name, password: PASSWORD },
    });
    return { id: created.body.id as string, token: accepted.body.token as string };
  }

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    const admin = await signupClinic(t, 'Matrix Clinic');
    const other = await signupClinic(t, 'Elsewhere Clinic');
    const withClient = await addStaff(t, owner, admin, 'Wren With', ['clinician']);
    const without = await addStaff(t, owner, admin, 'Noor Without', ['clinician']);
    const manager = await addStaff(t, owner, admin, 'Mel Manager', ['manager']);
    clientName = 'Matrix Client Avery';
    const theClient = await portalClient(admin, withClient.token, clientName);
    const anotherClient = await portalClient(admin, without.token, 'Another Client Blake');
    const invitedOnly = await call(t, 'POST', `/api/v1/clinics/${admin.clinicId}/clients`, {
      token: withClient.token,
      body: { name: 'Invited Only', email: uniqueEmail('invited') },
    });
    await call(
      t,
      'POST',
      `/api/v1/clinics/${admin.clinicId}/clients/${invitedOnly.body.id}/portal-invitation`,
      { token: withClient.token },
    );
    Object.assign(ids, {
      clinic: admin.clinicId,
      client: theClient.id,
      clinicianWith: withClient.membershipId,
      invitedOnly: invitedOnly.body.id,
    });
    Object.assign(tokens, {
      admin: admin.token,
      clinicianWith: withClient.token,
      clinicianWithout: without.token,
      manager: manager.token,
      theClient: theClient.token,
      anotherClient: anotherClient.token,
      otherClinicAdmin: other.token,
      nobody: undefined,
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('has an entry for every client route the API serves', async () => {
    const doc = (await call(t, 'GET', '/api/openapi.json')).body;
    const served = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => /\/clients|\/me\/(portal|safety-plan)/.test(path))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    expect(served.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const caller of CALLERS) {
    it(`answers ${caller} as the matrix says, without leaking the client`, async () => {
      const results: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const key of Object.keys(MATRIX)) {
        const route = MATRIX[key];
        const [method, template] = key.split(' ');
        const path = template
          .replace('{clinicId}', ids.clinic)
          .replace('{clientId}', route.clientId?.() ?? ids.client)
          .replace('{version}', '1');
        const res = await call(t, method, path, {
          token: tokens[caller],
          body: route.body?.(),
          headers: route.headers?.(),
        });
        if (key.startsWith('PUT') && res.status === 200) planVersion = res.body.version;
        results[key] = res.status;
        expected[key] = route.expect[caller];
        const mayKnow = caller === 'admin' || caller === 'clinicianWith' || caller === 'theClient';
        if (!mayKnow || res.status === 404 || res.status === 401) {
          expect(JSON.stringify(res.body)).not.toContain(clientName);
          expect(JSON.stringify(res.body)).not.toContain(ids.client);
        }
      }
      expect(results).toEqual(expected);
    });
  }

  it('answers the client 401 right after their portal access is revoked', async () => {
    await call(t, 'POST', `/api/v1/clinics/${ids.clinic}/clients/${ids.client}/portal-access/revoke`, {
      token: tokens.clinicianWith,
    });
    expect(
      (await call(t, 'GET', `/api/v1/clinics/${ids.clinic}/me/portal`, { token: tokens.theClient })).status,
    ).toBe(401);
  });
});
