import { Client } from 'pg';
import { totpAt } from '../src/modules/auth/totp';
import { Clock } from '../src/platform/auth/clock';
import { startTestApp, type TestApp } from './support/app';
import { call, PASSWORD, signupClinic, uniqueEmail } from './support/http';

const MINUTE = 60_000;

describe('sign-up, sign-in, sessions, MFA and passwords', () => {
  let t: TestApp;
  let owner: Client;
  let clock: Clock;
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
    owner = new Client({ connectionString: t.databaseUrl });
    await owner.connect();
    clock = t.app.get(Clock);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const login = (email: string, password: string, extra: Record<string, unknown> = {}, ip = '203.0.113.7') =>
    call(t, 'POST', '/api/v1/auth/login', {
      body: { email, password, ...extra },
      headers: { 'x-forwarded-for': ip },
    });

  describe('sign-up', () => {
    it('creates a clinic and its first admin, signed in with a secure cookie and an argon2id hash', async () => {
      const email = uniqueEmail('founder');
      const res = await call(t, 'POST', '/api/v1/auth/signup', {
        body: {
          clinicName: 'Harbour Therapy',
          timezone: 'Europe/Dublin',
          name: 'Fiona Founder',
          email,
          password: PASSWORD,
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.memberships).toEqual([
        expect.objectContaining({ clinicName: 'Harbour Therapy', roles: ['admin'], status: 'active' }),
      ]);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^__Host-interlude_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('SameSite=Lax');
      const [user] = await rows('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
      const [, m, tCost] = user.password_hash.match(/m=(\d+),t=(\d+)/);
      expect(Number(m)).toBeGreaterThanOrEqual(19456);
      expect(Number(tCost)).toBeGreaterThanOrEqual(2);
      const [session] = await rows('SELECT token_hash FROM sessions WHERE user_id = $1', [res.body.user.id]);
      expect(session.token_hash.toString('base64url')).not.toBe(res.body.token);
      const me = await call(t, 'GET', '/api/v1/me', { token: res.body.token });
      expect(me.status).toBe(200);
      expect(me.body.user.email).toBe(email);
    });

    it.each([
      [
        'a missing field',
        { clinicName: 'X Clinic', timezone: 'UTC', name: 'N', email: 'n@example.org' },
        'password',
      ],
      [
        'a bad email',
        { clinicName: 'X Clinic', timezone: 'UTC', name: 'N', email: 'not-an-email', password: PASSWORD },
        'email',
      ],
      [
        'a short password',
        { clinicName: 'X Clinic', timezone: 'UTC', name: 'N', email: 'n@example.org', password: 'short' },
        'password',
      ],
      [
        'a common password',
        {
          clinicName: 'X Clinic',
          timezone: 'UTC',
          name: 'N',
          email: 'n@example.org',
          password: 'password123',
        },
        'password',
      ],
      [
        'an unknown time zone',
        {
          clinicName: 'X Clinic',
          timezone: 'Mars/Olympus',
          name: 'N',
          email: 'n@example.org',
          password: PASSWORD,
        },
        'timezone',
      ],
      [
        'an unknown field',
        {
          clinicName: 'X Clinic',
          timezone: 'UTC',
          name: 'N',
          email: 'n@example.org',
          password: PASSWORD,
          admin: true,
        },
        '',
      ],
    ])('refuses %s with a 400 naming the field and writes nothing', async (_case, body, path) => {
      const before = await rows(
        'SELECT (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM clinics) AS c',
      );
      const res = await call(t, 'POST', '/api/v1/auth/signup', { body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(
        await rows('SELECT (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM clinics) AS c'),
      ).toEqual(before);
    });

    it('refuses an email that already has an account, and leaves no half-made clinic', async () => {
      const a = await signupClinic(t);
      const before = await rows('SELECT count(*)::int AS n FROM clinics');
      const res = await call(t, 'POST', '/api/v1/auth/signup', {
        body: { clinicName: 'Second', timezone: 'UTC', name: 'Again', email: a.email, password: PASSWORD },
      });
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
      expect(await rows('SELECT count(*)::int AS n FROM clinics')).toEqual(before);
    });
  });

  describe('sign-in and throttling', () => {
    it('signs in with the right password and audits success and failure', async () => {
      const a = await signupClinic(t);
      expect((await login(a.email, 'not the password at all')).body.code).toBe('invalid_credentials');
      const ok = await login(a.email, PASSWORD);
      expect(ok.status).toBe(200);
      expect(ok.body.token).toEqual(expect.any(String));
      const events = await rows(
        "SELECT action, outcome FROM audit_events WHERE clinic_id = $1 AND action LIKE 'auth.%' ORDER BY occurred_at",
        [a.clinicId],
      );
      expect(events).toEqual([
        { action: 'auth.sign_in_failed', outcome: 'failure' },
        { action: 'auth.signed_in', outcome: 'success' },
      ]);
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      const res = await login(uniqueEmail('nobody'), PASSWORD);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_credentials');
      expect(res.body.detail).toBe('That email and password do not match.');
    });

    it('limits failures per account and address with 429 + Retry-After, without locking the real user out', async () => {
      const a = await signupClinic(t);
      for (let i = 0; i < 5; i++)
        expect((await login(a.email, 'wrong password again', {}, '198.51.100.1')).status).toBe(401);
      const blocked = await login(a.email, PASSWORD, {}, '198.51.100.1');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(blocked.body.code).toBe('too_many_attempts');
      const elsewhere = await login(a.email, PASSWORD, {}, '192.0.2.44');
      expect(elsewhere.status).toBe(200);
    });

    it('limits an account guessed from many addresses', async () => {
      const a = await signupClinic(t);
      for (let i = 0; i < 20; i++) await login(a.email, 'wrong password again', {}, `198.51.100.${10 + i}`);
      expect((await login(a.email, PASSWORD, {}, '192.0.2.99')).status).toBe(429);
    });

    it('refuses bad sign-in input with 400', async () => {
      const res = await call(t, 'POST', '/api/v1/auth/login', { body: { email: 'x', password: '' } });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
    });
  });

  describe('sessions', () => {
    it('ends at sign-out', async () => {
      const a = await signupClinic(t);
      expect((await call(t, 'POST', '/api/v1/auth/logout', { token: a.token })).status).toBe(204);
      const after = await call(t, 'GET', '/api/v1/me', { token: a.token });
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('session_expired');
    });

    it('needs a session: 401 without one', async () => {
      expect((await call(t, 'GET', '/api/v1/me')).body.code).toBe('unauthenticated');
      expect((await call(t, 'GET', '/api/v1/me', { token: 'made-up-token' })).status).toBe(401);
    });

    it("ends after the clinic's idle timeout, and activity keeps it alive", async () => {
      const a = await signupClinic(t);
      clock.advance(25 * MINUTE);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(200);
      clock.advance(25 * MINUTE);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(200);
      clock.advance(31 * MINUTE);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(401);
    });

    it('uses a shorter idle timeout set by the clinic', async () => {
      const a = await signupClinic(t);
      await call(t, 'PATCH', `/api/v1/clinics/${a.clinicId}`, {
        token: a.token,
        body: { sessionTimeoutMinutes: 10 },
      });
      const fresh = await login(a.email, PASSWORD);
      clock.advance(11 * MINUTE);
      expect((await call(t, 'GET', '/api/v1/me', { token: fresh.body.token })).status).toBe(401);
    });

    it('ends 12 hours after sign-in however active', async () => {
      const a = await signupClinic(t);
      // Active every 29 minutes for 24 × 29 = 696 minutes (11.6 h): still signed in.
      for (let i = 0; i < 24; i++) {
        clock.advance(29 * MINUTE);
        expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(200);
      }
      clock.advance(29 * MINUTE);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(401);
    });

    it('requires the CSRF header on state-changing requests made with the cookie', async () => {
      const a = await signupClinic(t);
      const cookie = a.cookie.split(';')[0];
      expect((await call(t, 'GET', '/api/v1/me', { headers: { cookie } })).status).toBe(200);
      const refused = await call(t, 'POST', '/api/v1/auth/logout', { headers: { cookie } });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('csrf_missing');
      expect((await call(t, 'GET', '/api/v1/me', { headers: { cookie } })).status).toBe(200);
      expect(
        (await call(t, 'POST', '/api/v1/auth/logout', { headers: { cookie, 'x-interlude-csrf': '1' } }))
          .status,
      ).toBe(204);
      expect((await call(t, 'GET', '/api/v1/me', { headers: { cookie } })).status).toBe(401);
    });
  });

  describe('passwords', () => {
    it('changes the password and ends every other session', async () => {
      const a = await signupClinic(t);
      const other = await login(a.email, PASSWORD);
      const res = await call(t, 'POST', '/api/v1/me/password', {
        token: a.token,
        body: { currentPassword: PASSWORD, newPassword: 'a different calm river 77' },
      });
      expect(res.status).toBe(204);
      expect((await call(t, 'GET', '/api/v1/me', { token: other.body.token })).status).toBe(401);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(200);
      expect((await login(a.email, 'a different calm river 77')).status).toBe(200);
    });

    it('refuses a wrong current password or a common new one, changing nothing', async () => {
      const a = await signupClinic(t);
      const [before] = await rows('SELECT password_hash FROM users WHERE id = $1', [a.userId]);
      const wrong = await call(t, 'POST', '/api/v1/me/password', {
        token: a.token,
        body: { currentPassword: 'not my password', newPassword: 'a different calm river 77' },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].path).toBe('currentPassword');
      const common = await call(t, 'POST', '/api/v1/me/password', {
        token: a.token,
        body: { currentPassword: PASSWORD, newPassword: '1234567890' },
      });
      expect(common.body.errors[0].path).toBe('newPassword');
      expect(await rows('SELECT password_hash FROM users WHERE id = $1', [a.userId])).toEqual([before]);
    });

    it('resets by a single-use one-hour link, answering forgot the same for unknown addresses', async () => {
      const a = await signupClinic(t);
      const unknown = await call(t, 'POST', '/api/v1/auth/password/forgot', {
        body: { email: uniqueEmail('ghost') },
      });
      const known = await call(t, 'POST', '/api/v1/auth/password/forgot', { body: { email: a.email } });
      expect(unknown.status).toBe(202);
      expect(known.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      const [mail] = await rows('SELECT text_body, to_address FROM mail_messages WHERE to_address = $1', [
        a.email,
      ]);
      const token = decodeURIComponent(mail.text_body.match(/reset-password\?token=([^\s]+)/)[1]);
      const weak = await call(t, 'POST', '/api/v1/auth/password/reset', {
        body: { token, password: 'qwertyuiop' },
      });
      expect(weak.status).toBe(400);
      const ok = await call(t, 'POST', '/api/v1/auth/password/reset', {
        body: { token, password: 'new quiet harbour 19' },
      });
      expect(ok.status).toBe(204);
      expect((await call(t, 'GET', '/api/v1/me', { token: a.token })).status).toBe(401);
      const reused = await call(t, 'POST', '/api/v1/auth/password/reset', {
        body: { token, password: 'another quiet harbour 20' },
      });
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('token_invalid');
      expect((await login(a.email, 'new quiet harbour 19')).status).toBe(200);
    });

    it('refuses an expired reset link', async () => {
      const a = await signupClinic(t);
      await call(t, 'POST', '/api/v1/auth/password/forgot', { body: { email: a.email } });
      const [mail] = await rows('SELECT text_body FROM mail_messages WHERE to_address = $1', [a.email]);
      const token = decodeURIComponent(mail.text_body.match(/reset-password\?token=([^\s]+)/)[1]);
      clock.advance(61 * MINUTE);
      const res = await call(t, 'POST', '/api/v1/auth/password/reset', {
        body: { token, password: 'new quiet harbour 19' },
      });
      expect(res.status).toBe(400);
    });
  });

  describe('two-step sign-in (TOTP)', () => {
    it('enrols with a QR code, then asks for a code at sign-in; recovery codes work once', async () => {
      const a = await signupClinic(t);
      const enrol = await call(t, 'POST', '/api/v1/me/mfa/totp', { token: a.token, headers: {} });
      expect(enrol.status).toBe(200);
      expect(enrol.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
      expect(enrol.body.otpauthUrl).toContain('otpauth://totp/');
      const wrong = await call(t, 'POST', '/api/v1/me/mfa/totp/verify', {
        token: a.token,
        body: { code: '000000' },
      });
      expect(wrong.status).toBe(400);
      const code = await totpAt(enrol.body.secret, clock.now());
      const verified = await call(t, 'POST', '/api/v1/me/mfa/totp/verify', {
        token: a.token,
        body: { code },
      });
      expect(verified.status).toBe(200);
      expect(verified.body.recoveryCodes).toHaveLength(10);

      expect((await login(a.email, PASSWORD)).body.code).toBe('mfa_required');
      expect((await login(a.email, PASSWORD, { totp: '123456' })).body.code).toBe('mfa_invalid');
      const withCode = await login(a.email, PASSWORD, { totp: await totpAt(enrol.body.secret, clock.now()) });
      expect(withCode.status).toBe(200);
      expect(withCode.body.user.mfaEnabled).toBe(true);
      const recovery = verified.body.recoveryCodes[0];
      expect((await login(a.email, PASSWORD, { recoveryCode: recovery })).status).toBe(200);
      expect((await login(a.email, PASSWORD, { recoveryCode: recovery })).body.code).toBe('mfa_invalid');
      const events = await rows(
        "SELECT count(*)::int AS n FROM audit_events WHERE clinic_id = $1 AND action = 'auth.mfa_enabled'",
        [a.clinicId],
      );
      expect(events[0].n).toBe(1);
    });

    it('holds staff of a clinic that requires MFA at enrolment until they set it up', async () => {
      const a = await signupClinic(t);
      await call(t, 'PATCH', `/api/v1/clinics/${a.clinicId}`, { token: a.token, body: { requireMfa: true } });
      const session = await login(a.email, PASSWORD);
      expect(session.body.mfaEnrollmentRequired).toBe(true);
      const held = await call(t, 'GET', `/api/v1/clinics/${a.clinicId}/staff`, { token: session.body.token });
      expect(held.status).toBe(403);
      expect(held.body.code).toBe('mfa_enrolment_required');
      const enrol = await call(t, 'POST', '/api/v1/me/mfa/totp', { token: session.body.token });
      const code = await totpAt(enrol.body.secret, clock.now());
      await call(t, 'POST', '/api/v1/me/mfa/totp/verify', { token: session.body.token, body: { code } });
      expect(
        (await call(t, 'GET', `/api/v1/clinics/${a.clinicId}/staff`, { token: session.body.token })).status,
      ).toBe(200);
    });
  });
});
