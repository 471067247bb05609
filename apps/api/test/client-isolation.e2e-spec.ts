import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import { addStaff, latestInvitationToken, ownerClient } from './support/clinic-people';
import { homeworkRows } from './support/homework-rows';
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
  /** Other ids in the path, e.g. `{submissionId}`; per caller where a first success would change the answer. */
  params?: (caller: Caller) => Record<string, string>;
  expect: Record<Caller, number>;
}

/** The review routes (apps/api/src/modules/review) reach a client's homework through other ids. */
/** The homework library, assignments and the client's own homework. */
const HOMEWORK_ROUTES =
  /\/clinics\/\{clinicId\}\/(templates|programs|assignments|occurrences|me\/(assignments|proposals|occurrences|progress))/;
const REVIEW_ROUTES =
  /^\/api\/v1\/clinics\/\{clinicId\}\/(submissions|declines|review-queue|prep-tasks|risk-alerts|dashboard)(\/|$)/;

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
  // FHIR export (apps/api/src/modules/fhir): the client's homework as a FHIR R4 Bundle.
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/fhir': { expect: staffRecord(200) },
  'GET /api/v1/clinics/{clinicId}/me/portal': { expect: ownPortal(200) },
  'GET /api/v1/clinics/{clinicId}/me/safety-plan': { expect: ownPortal(200) },
  'POST /api/v1/clinics/{clinicId}/me/safety-plan/entries': {
    body: () => ({ section: 'distractions', text: 'Matrix walk' }),
    expect: ownPortal(201),
  },
  // Review (apps/api/src/modules/review): records of the client's homework, and staff collections
  // that must never show the client to another caseload.
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/activity': { expect: staffRecord(200) },
  'GET /api/v1/clinics/{clinicId}/clients/{clientId}/scores': { expect: staffRecord(200) },
  'GET /api/v1/clinics/{clinicId}/submissions/{submissionId}': {
    params: () => ({ submissionId: ids.submission }),
    expect: staffRecord(200),
  },
  'POST /api/v1/clinics/{clinicId}/submissions/{submissionId}/feedback': {
    params: () => ({ submissionId: ids.submission }),
    body: () => ({ text: 'Matrix feedback' }),
    expect: staffRecord(201),
  },
  'POST /api/v1/clinics/{clinicId}/submissions/{submissionId}/reviewed': {
    params: () => ({ submissionId: ids.submission }),
    expect: staffRecord(200),
  },
  'POST /api/v1/clinics/{clinicId}/declines/{declineId}/discussed': {
    params: (caller) => ({ declineId: caller === 'clinicianWith' ? ids.secondDecline : ids.decline }),
    body: () => ({ note: 'Talked it through' }),
    expect: staffRecord(200),
  },
  'POST /api/v1/clinics/{clinicId}/risk-alerts/{alertId}/acknowledge': {
    params: (caller) => ({ alertId: caller === 'clinicianWith' ? ids.secondAlert : ids.alert }),
    body: () => ({ note: 'Called and checked in' }),
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/review-queue': { expect: staffCollection(200) },
  'GET /api/v1/clinics/{clinicId}/risk-alerts': { expect: staffCollection(200) },
  'GET /api/v1/clinics/{clinicId}/dashboard': { expect: staffCollection(200) },
  'GET /api/v1/clinics/{clinicId}/prep-tasks': { expect: staffCollection(200) },
  'POST /api/v1/clinics/{clinicId}/prep-tasks': {
    body: () => ({ title: 'Matrix prep', clientId: ids.client }),
    expect: { ...staffRecord(201), clinicianWithout: 400 },
  },
  'PATCH /api/v1/clinics/{clinicId}/prep-tasks/{taskId}': {
    params: () => ({ taskId: ids.task }),
    body: () => ({ done: true }),
    // Prep tasks are their owner's alone: the admin too gets 404 for the clinician's task.
    expect: { ...staffRecord(404), clinicianWith: 200 },
  },
  // Homework (apps/api/src/modules/homework): the library is the clinic's, assignments are the
  // client's record, and the portal routes reach only the client's own homework.
  'GET /api/v1/clinics/{clinicId}/templates': { expect: staffCollection(200) },
  'POST /api/v1/clinics/{clinicId}/templates': {
    body: () => ({
      kind: 'worksheet',
      title: 'Matrix worksheet',
      instructions: '',
      fields: [{ key: 'note', label: 'A note', type: 'shortText' }],
    }),
    expect: staffCollection(201),
  },
  'GET /api/v1/clinics/{clinicId}/templates/{templateId}': {
    params: () => ({ templateId: ids.template }),
    expect: staffCollection(200),
  },
  'PATCH /api/v1/clinics/{clinicId}/templates/{templateId}': {
    params: () => ({ templateId: ids.template }),
    body: () => ({ instructions: 'Take your time.' }),
    expect: staffCollection(200),
  },
  'GET /api/v1/clinics/{clinicId}/templates/{templateId}/versions/{version}': {
    params: () => ({ templateId: ids.template }),
    expect: staffCollection(200),
  },
  // Managers list programs (names only) to filter reports by program.
  'GET /api/v1/clinics/{clinicId}/programs': { expect: { ...staffCollection(200), manager: 200 } },
  'POST /api/v1/clinics/{clinicId}/programs': {
    body: () => ({
      name: 'Matrix program',
      steps: [{ templateId: ids.template, dayOffset: 0, recurrence: { kind: 'once' } }],
    }),
    expect: staffCollection(201),
  },
  'GET /api/v1/clinics/{clinicId}/programs/{programId}': {
    params: () => ({ programId: ids.program }),
    expect: staffCollection(200),
  },
  'PATCH /api/v1/clinics/{clinicId}/programs/{programId}': {
    params: () => ({ programId: ids.program }),
    body: () => ({ description: 'Edited by the matrix' }),
    expect: staffCollection(200),
  },
  'POST /api/v1/clinics/{clinicId}/clients/{clientId}/assignments': {
    body: () => ({
      templateId: ids.template,
      schedule: { kind: 'once', dueDate: inDays(5), dueTime: '18:00' },
      check: { relevant: true, withinAbility: true, safetyConcern: false },
    }),
    expect: staffRecord(201),
  },
  'GET /api/v1/clinics/{clinicId}/assignments': { expect: staffCollection(200) },
  'GET /api/v1/clinics/{clinicId}/assignments/{assignmentId}': {
    params: () => ({ assignmentId: ids.assignment }),
    expect: staffRecord(200),
  },
  'PATCH /api/v1/clinics/{clinicId}/assignments/{assignmentId}': {
    params: () => ({ assignmentId: ids.assignment }),
    body: () => ({ instructions: 'A little each day.' }),
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/assignments/{assignmentId}/occurrences': {
    params: () => ({ assignmentId: ids.assignment }),
    expect: staffRecord(200),
  },
  'GET /api/v1/clinics/{clinicId}/me/assignments': { expect: ownPortal(200) },
  'GET /api/v1/clinics/{clinicId}/me/proposals': { expect: ownPortal(200) },
  'GET /api/v1/clinics/{clinicId}/me/progress': { expect: ownPortal(200) },
  'GET /api/v1/clinics/{clinicId}/me/occurrences/{occurrenceId}': {
    params: () => ({ occurrenceId: ids.occurrence }),
    expect: { ...ownPortal(200), anotherClient: 404 },
  },
  'PUT /api/v1/clinics/{clinicId}/occurrences/{occurrenceId}/draft': {
    params: () => ({ occurrenceId: ids.occurrence }),
    body: () => ({ answers: { entry: 'Half a thought' } }),
    expect: { ...ownPortal(200), anotherClient: 404 },
  },
  'POST /api/v1/clinics/{clinicId}/occurrences/{occurrenceId}/submissions': {
    params: () => ({ occurrenceId: ids.occurrence }),
    headers: () => ({ 'idempotency-key': 'matrix-submit-0001' }),
    body: () => ({ answers: { entry: 'A calm evening' } }),
    expect: { ...ownPortal(201), anotherClient: 404 },
  },
  'POST /api/v1/clinics/{clinicId}/occurrences/{occurrenceId}/decline': {
    params: () => ({ occurrenceId: ids.occurrenceToDecline }),
    body: () => ({ reason: 'no_time' }),
    expect: { ...ownPortal(201), anotherClient: 404 },
  },
  'POST /api/v1/clinics/{clinicId}/assignments/{assignmentId}/accept': {
    params: () => ({ assignmentId: ids.proposal }),
    expect: { ...ownPortal(204), anotherClient: 404 },
  },
  'POST /api/v1/clinics/{clinicId}/assignments/{assignmentId}/decline': {
    params: () => ({ assignmentId: ids.assignmentToDecline }),
    body: () => ({ reason: 'not_relevant' }),
    expect: { ...ownPortal(201), anotherClient: 404 },
  },
};

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const ids = {
  clinic: '',
  client: '',
  clinicianWith: '',
  invitedOnly: '',
  submission: '',
  decline: '',
  secondDecline: '',
  alert: '',
  secondAlert: '',
  task: '',
  template: '',
  program: '',
  assignment: '',
  occurrence: '',
  occurrenceToDecline: '',
  proposal: '',
  assignmentToDecline: '',
};

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

  /** The client's homework made through the API: a journal due today, one to decline, a proposal. */
  async function homeworkThroughTheApi(clinicId: string, clinicianToken: string, clientId: string) {
    const base = `/api/v1/clinics/${clinicId}`;
    const created = await call(t, 'POST', `${base}/templates`, {
      token: clinicianToken,
      body: {
        kind: 'journal',
        title: 'Matrix journal',
        instructions: 'A line or two.',
        fields: [{ key: 'entry', label: 'Today', type: 'longText', required: true }],
      },
    });
    ids.template = created.body.id;
    const program = await call(t, 'POST', `${base}/programs`, {
      token: clinicianToken,
      body: {
        name: 'Matrix steps',
        steps: [{ templateId: ids.template, dayOffset: 0, recurrence: { kind: 'once' } }],
      },
    });
    ids.program = program.body.id;
    const assign = async (extra: Record<string, unknown> = {}) => {
      const res = await call(t, 'POST', `${base}/clients/${clientId}/assignments`, {
        token: clinicianToken,
        body: {
          templateId: ids.template,
          schedule: { kind: 'daily', startDate: inDays(1), time: '20:00', count: 2 },
          check: { relevant: true, withinAbility: true, safetyConcern: false },
          ...extra,
        },
      });
      return res.body.items[0].id as string;
    };
    const firstOccurrence = async (assignmentId: string) =>
      (await call(t, 'GET', `${base}/assignments/${assignmentId}/occurrences`, { token: clinicianToken }))
        .body.items[0].id as string;
    ids.assignment = await assign();
    ids.occurrence = await firstOccurrence(ids.assignment);
    ids.occurrenceToDecline = await firstOccurrence(await assign());
    ids.assignmentToDecline = await assign();
    ids.proposal = await assign({ requiresAcceptance: true });
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
    // The client's homework for the review routes, written straight into the clinic's tables.
    const rows = homeworkRows(owner, admin.clinicId);
    const template = await rows.template({ measure: 'phq9' });
    const assignment = await rows.assignment(theClient.id, template);
    const occurrence = (n: number) =>
      rows.occurrence(assignment, theClient.id, new Date(Date.now() - n * 3600_000));
    ids.submission = await rows.submission(await occurrence(1));
    await rows.score(ids.submission, { total: 12, band: 'Moderate', riskItem: 1 });
    ids.alert = await rows.riskAlert(ids.submission);
    ids.secondAlert = await rows.riskAlert(await rows.submission(await occurrence(2)));
    ids.decline = await rows.decline(assignment, await occurrence(3));
    ids.secondDecline = await rows.decline(assignment, await occurrence(4));
    await homeworkThroughTheApi(admin.clinicId, withClient.token, theClient.id);
    const task = await call(t, 'POST', `/api/v1/clinics/${admin.clinicId}/prep-tasks`, {
      token: withClient.token,
      body: { title: 'Read what Avery reads', clientId: theClient.id },
    });
    ids.task = task.body.id;
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
      .filter(
        ([path]) =>
          /\/clients|\/me\/(portal|safety-plan)/.test(path) ||
          REVIEW_ROUTES.test(path) ||
          HOMEWORK_ROUTES.test(path),
      )
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
        let path = template
          .replace('{clinicId}', ids.clinic)
          .replace('{clientId}', route.clientId?.() ?? ids.client)
          .replace('{version}', '1');
        for (const [name, value] of Object.entries(route.params?.(caller) ?? {})) {
          path = path.replace(`{${name}}`, value);
        }
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
