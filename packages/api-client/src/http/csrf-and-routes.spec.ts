/**
 * @jest-environment node
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient } from '../api-client';
import { ApiError } from './api-error';

interface SeenRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let baseUrl: string;
let answer: { status: number; body?: unknown; headers?: Record<string, string> };
const seen: SeenRequest[] = [];

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const membershipId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d11';
const userId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d12';

const me = {
  user: { id: userId, email: 'ana@example.org', name: 'Ana Admin', mfaEnabled: false },
  memberships: [
    { id: membershipId, clinicId, clinicName: 'Riverside Counseling', roles: ['admin'], status: 'active' },
  ],
  mfaEnrollmentRequired: false,
};

const settings = {
  id: clinicId,
  name: 'Riverside Counseling',
  timezone: 'Europe/London',
  homeworkTerm: 'homework',
  sessionTimeoutMinutes: 30,
  requireMfa: false,
  crisisResources: [],
  smallCellThreshold: 5,
  reminderHoursBefore: 24,
  overdueNudgeHoursAfter: 24,
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
  digestTime: '07:00',
  outcomeThresholds: { phq9: { caseness: 10, reliableChange: 6 }, gad7: { caseness: 8, reliableChange: 4 } },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const json = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        ...(json
          ? { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' }
          : {}),
        ...answer.headers,
      });
      res.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => {
  seen.length = 0;
});

describe('the CSRF header', () => {
  it('goes with a POST, alongside its JSON body', async () => {
    answer = { status: 200, body: { ...me, token: 'secret-token' } };

    await createApiClient({ baseUrl }).signIn({
      email: 'ana@example.org',
      password: 'correct horse battery',
    });

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/v1/auth/login' });
    expect(seen[0].headers['x-interlude-csrf']).toBe('1');
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0].body)).toEqual({ email: 'ana@example.org', password: 'correct horse battery' });
  });

  it('does not go with a GET', async () => {
    answer = { status: 200, body: me };

    await expect(createApiClient({ baseUrl }).getMe()).resolves.toEqual(me);

    expect(seen[0]).toMatchObject({ method: 'GET', url: '/api/v1/me' });
    expect(seen[0].headers).not.toHaveProperty('x-interlude-csrf');
    expect(seen[0].headers).not.toHaveProperty('content-type');
  });

  it('goes with a PATCH', async () => {
    answer = { status: 200, body: settings };

    await createApiClient({ baseUrl }).updateClinicSettings(clinicId, { smallCellThreshold: 8 });

    expect(seen[0]).toMatchObject({ method: 'PATCH', url: `/api/v1/clinics/${clinicId}` });
    expect(seen[0].headers['x-interlude-csrf']).toBe('1');
  });

  it('goes with a POST that has no body, which then has no content type either', async () => {
    answer = { status: 204 };

    await createApiClient({ baseUrl }).signOut();

    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/v1/auth/logout', body: '' });
    expect(seen[0].headers['x-interlude-csrf']).toBe('1');
    expect(seen[0].headers).not.toHaveProperty('content-type');
  });
});

describe('requests', () => {
  it('ask for same-origin credentials, so the session cookie goes along', async () => {
    answer = { status: 200, body: me };
    const inits: (RequestInit | undefined)[] = [];
    const client = createApiClient({
      baseUrl,
      fetch: (input, init) => {
        inits.push(init);
        return fetch(input, init);
      },
    });

    await client.getMe();

    expect(inits[0]?.credentials).toBe('same-origin');
  });

  it('put list filters in the query string and leave out the empty ones', async () => {
    answer = { status: 200, body: { items: [], nextCursor: null } };

    await createApiClient({ baseUrl }).listStaff(clinicId, {
      q: 'ana',
      role: 'clinician',
      status: undefined,
      cursor: 'c2',
      limit: 25,
    });

    expect(seen[0].url).toBe(`/api/v1/clinics/${clinicId}/staff?q=ana&role=clinician&cursor=c2&limit=25`);
  });

  it('encode path parameters', async () => {
    answer = { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };

    await expect(createApiClient({ baseUrl }).getInvitationPreview('a/b?c')).rejects.toBeInstanceOf(ApiError);

    expect(seen[0].url).toBe('/api/v1/auth/invitations/a%2Fb%3Fc');
  });
});

describe('problems', () => {
  it('carry the code a client acts on and the field errors', async () => {
    answer = {
      status: 401,
      body: {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Enter the 6-digit code from your authenticator app.',
        code: 'mfa_required',
      },
    };

    const error = await createApiClient({ baseUrl })
      .signIn({ email: 'ana@example.org', password: 'x' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'problem', status: 401, code: 'mfa_required' });
  });

  it('carry how long to wait after too many attempts', async () => {
    answer = {
      status: 429,
      body: { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'too_many_attempts' },
      headers: { 'retry-after': '120' },
    };

    await expect(
      createApiClient({ baseUrl }).signIn({ email: 'ana@example.org', password: 'x' }),
    ).rejects.toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 120 });
  });

  it('reject a success whose body breaks the contract', async () => {
    answer = { status: 200, body: { ...settings, smallCellThreshold: 'five' } };

    await expect(createApiClient({ baseUrl }).getClinicSettings(clinicId)).rejects.toMatchObject({
      kind: 'invalid-response',
      detail: expect.stringContaining('smallCellThreshold'),
    });
  });
});
