import { startTestApp, type TestApp } from './support/app';
import { call, signupClinic } from './support/http';

describe('probe', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  it('probes', async () => {
    const a = await signupClinic(t, 'Probe');
    const p = `/api/v1/clinics/${a.clinicId}`;
    const log = (n: string, r: any) => console.log(n, r.status, JSON.stringify(r.body).slice(0, 400));
    log(
      'textplain',
      await call(t, 'PATCH', p, {
        token: a.token,
        raw: '{"name":"x"}',
        headers: { 'content-type': 'text/plain' },
      }),
    );
    log('nul', await call(t, 'PATCH', p, { token: a.token, body: { name: 'Clinic\u0000X' } }));
    const cur = Buffer.from(JSON.stringify(['nope', 'nope'])).toString('base64url');
    log('auditcursor', await call(t, 'GET', `${p}/audit-events?cursor=${cur}`, { token: a.token }));
    log('staffcursor', await call(t, 'GET', `${p}/staff?cursor=${cur}`, { token: a.token }));
    log('array', await call(t, 'PATCH', p, { token: a.token, raw: '[1,2]' }));
    log('string', await call(t, 'PATCH', p, { token: a.token, raw: '"hello"' }));
    log(
      'big',
      await call(t, 'PATCH', p, {
        token: a.token,
        raw: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
      }),
    );
    log(
      'resend-array',
      await call(t, 'POST', `${p}/invitations/0190a000-0000-7000-8000-000000000000/resend`, {
        token: a.token,
        raw: '[1]',
      }),
    );
    log(
      'resend-none',
      await call(t, 'POST', `${p}/invitations/0190a000-0000-7000-8000-000000000000/resend`, {
        token: a.token,
      }),
    );
    log(
      'form',
      await call(t, 'POST', `${p}/staff`, {
        token: a.token,
        raw: 'a=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    log(
      'nulinvite',
      await call(t, 'POST', `${p}/staff`, {
        token: a.token,
        body: { email: 'x@example.org', name: 'A\u0000B', roles: ['clinician'] },
      }),
    );
    log('tz', await call(t, 'PATCH', p, { token: a.token, body: { timezone: 'Mars/Olympus' } }));
    log('q', await call(t, 'GET', `${p}/staff?q=%00`, { token: a.token }));
    log('action', await call(t, 'GET', `${p}/audit-events?action=%00`, { token: a.token }));
    log('from', await call(t, 'GET', `${p}/audit-events?from=2024-01-01T00:00:00Z`, { token: a.token }));
  });
});
