import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/app';
import { redisUrl } from './support/databases';
import { call, signupClinic } from './support/http';
import { SmtpSink } from './support/smtp-sink';
import { spawnWorker, workerEntry } from './support/worker-process';

describe('the worker process', () => {
  const smtp = new SmtpSink();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const startWorker = () =>
    spawnWorker({ databaseUrl: t.databaseUrl, redisUrl, queuePrefix: t.queuePrefix, smtpUrl: smtp.url });

  it('on SIGTERM stops taking jobs, finishes the active delivery and exits cleanly', async () => {
    const a = await signupClinic(t, 'Graceful Clinic');
    smtp.delayMs = 2500;
    const incoming = new Promise<void>((resolve) => (smtp.onIncoming = resolve));
    const worker = startWorker();
    await call(t, 'POST', `/api/v1/clinics/${a.clinicId}/staff`, {
      token: a.token,
      body: { email: 'in.flight@example.org', name: 'In Flight', roles: ['clinician'] },
    });
    await incoming;
    const stoppedAt = Date.now();
    worker.child.kill('SIGTERM');
    const { code } = await worker.exited;
    expect({ code, output: worker.output() }).toMatchObject({ code: 0 });
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);
    expect(smtp.received.filter((m) => m.to.includes('in.flight@example.org'))).toHaveLength(1);
  });

  it('refuses to start without REDIS_URL, naming the variable in one line', async () => {
    const child = spawn(process.execPath, [workerEntry], {
      env: { PATH: process.env.PATH, DATABASE_URL: t.databaseUrl, INTERLUDE_DEMO: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Configuration error: REDIS_URL must be set to run the worker.');
  });

  it('stops at start with one line naming a malformed variable', async () => {
    const child = spawn(process.execPath, [join(__dirname, '../dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: 'mysql://nope',
        REDIS_URL: redisUrl,
        SMTP_URL: smtp.url,
        APP_URL: 'http://x',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'Configuration error: DATABASE_URL must be a URL like postgres://user@host:5432/interlude (the value given is not valid).',
    ]);
  });
});
