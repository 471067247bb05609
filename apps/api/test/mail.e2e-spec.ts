import { startTestApp, type TestApp } from './support/app';
import { call, signupClinic } from './support/http';
import { SmtpSink } from './support/smtp-sink';

async function waitFor(check: () => boolean, timeoutMs = 20000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('email through the outbox, BullMQ and SMTP', () => {
  const smtp = new SmtpSink();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp(
      { SMTP_URL: smtp.url, APP_URL: 'https://interlude.example.org' },
      { processors: true },
    );
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('delivers an invitation once, in text and HTML, with the clinic name and a working link', async () => {
    const a = await signupClinic(t, 'Lakeside Therapy');
    const invite = await call(t, 'POST', `/api/v1/clinics/${a.clinicId}/staff`, {
      token: a.token,
      body: { email: 'new.clinician@example.org', name: 'Nia Clinician', roles: ['clinician'] },
    });
    expect(invite.status).toBe(201);
    await waitFor(() => smtp.received.some((m) => m.to.includes('new.clinician@example.org')));
    const mail = smtp.received.filter((m) => m.to.includes('new.clinician@example.org'));
    expect(mail).toHaveLength(1);
    expect(mail[0].raw).toContain('Lakeside Therapy');
    expect(mail[0].raw).toMatch(/Content-Type: text\/plain/);
    expect(mail[0].raw).toMatch(/Content-Type: text\/html/);
    const link = mail[0].raw
      .replace(/=\r\n/g, '')
      .match(/https:\/\/interlude\.example\.org\/invitations\/([A-Za-z0-9%._-]+)/);
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link?.[1] ?? '');
    const preview = await call(t, 'GET', `/api/v1/auth/invitations/${encodeURIComponent(token)}`);
    expect(preview.body).toMatchObject({
      clinicName: 'Lakeside Therapy',
      email: 'new.clinician@example.org',
      roles: ['clinician'],
    });
  });

  it('retries a temporary SMTP failure and delivers exactly once', async () => {
    const a = await signupClinic(t, 'Retry Clinic');
    smtp.refuse(1);
    await call(t, 'POST', '/api/v1/auth/password/forgot', { body: { email: a.email } });
    await waitFor(() => smtp.received.some((m) => m.to.includes(a.email)), 30000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to.includes(a.email))).toHaveLength(1);
  });
});
