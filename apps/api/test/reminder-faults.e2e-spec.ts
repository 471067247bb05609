import { Queue } from 'bullmq';
import type { Client } from 'pg';
import { ReminderScan } from '../src/modules/notifications/reminder-scan';
import { DIGEST_EVERY_MS, REMINDER_EVERY_MS } from '../src/modules/notifications/reminder-schedules';
import { ROLLUP_TICK_MS } from '../src/modules/reports/rollup-ticker';
import { JobSchedulers } from '../src/platform/queue/job-schedulers';
import { startTestApp, type TestApp } from './support/app';
import { addStaff, ownerClient } from './support/clinic-people';
import { redisUrl } from './support/databases';
import { addPortalClient } from './support/homework';
import { homeworkRows } from './support/homework-rows';
import { call, signupClinic } from './support/http';
import { membershipOf, type ReminderSeed, seedDueReminders } from './support/reminder-data';
import { byMessageId, type ReceivedMail, SmtpSink } from './support/smtp-sink';
import { TcpProxy } from './support/tcp-proxy';
import { spawnWorker, type WorkerProcess } from './support/worker-process';

/**
 * Reminders reach each person exactly once whatever fails (issue 6, "Survives faults"): real worker
 * processes (dist/worker.js, so `pnpm build` first), real Redis and PostgreSQL, and a real SMTP
 * server that keeps every message that reaches it. A mailbox is the messages grouped by Message-ID:
 * at-least-once delivery may hand the server the same message twice after a crash, but never two
 * different messages for one reminder.
 */
jest.setTimeout(120_000);

const HOUR = 60 * 60 * 1000;
/** APP_URL is http://localhost:3000 (no dot in the host), so Message-IDs are `<mailId@interlude.local>`. */
const MAIL_DOMAIN = 'interlude.local';
const WORKER_CONCURRENCY = 20;

async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: () => string | Promise<string>,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting: ${await what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Quoted-printable soft line breaks joined, so links read whole. */
const plain = (raw: string) => raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');

interface Delivery {
  /** Every copy the server accepted for the seeded recipients. */
  raw: ReceivedMail[];
  /** Message-ID → the copies of it. */
  byId: Map<string, ReceivedMail[]>;
  /** Reminder key (kind, occurrence, recipient; read from the message itself) → the Message-IDs carrying it. */
  byKey: Map<string, Set<string>>;
  /** Messages to seeded recipients that are not reminders (an invitation). */
  strays: ReceivedMail[];
}

/** Reads each message to a seeded recipient as the reminder it is: its kind, occurrence and recipient. */
function delivery(mails: ReceivedMail[], recipients: Map<string, string>): Delivery {
  const raw = mails.filter((m) => m.to.some((to) => recipients.has(to.toLowerCase())));
  const byId = byMessageId(raw);
  const byKey = new Map<string, Set<string>>();
  const strays: ReceivedMail[] = [];
  for (const [id, copies] of byId) {
    for (const mail of copies) {
      const text = plain(mail.raw);
      const occurrence = /\/portal\/homework\/([0-9a-f-]{36})/.exec(text)?.[1];
      const kind = /^Subject: A gentle reminder/m.test(text)
        ? 'due_soon'
        : /^Subject: There is still time/m.test(text)
          ? 'overdue'
          : null;
      if (!occurrence || !kind || mail.to.length !== 1) {
        strays.push(mail);
        continue;
      }
      const key = `${kind}:${occurrence}:${recipients.get(mail.to[0].toLowerCase())}`;
      byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
    }
  }
  return { raw, byId, byKey, strays };
}

describe('reminders survive crashes, overlaps and outages (real worker processes, Redis, SMTP)', () => {
  const redisProxy = TcpProxy.forUrl(redisUrl);
  let t: TestApp;
  let owner: Client;
  let queue: Queue;
  /** Email runs on a queue of its own. */
  let mailQueue: Queue;
  const workers = new Set<WorkerProcess>();
  const sinks: SmtpSink[] = [];
  let redisCut = false;
  const cutRedis = async () => {
    redisCut = true;
    await redisProxy.cut();
  };
  const restoreRedis = async () => {
    await redisProxy.restore();
    redisCut = false;
  };

  beforeAll(async () => {
    await redisProxy.start();
    // The API reaches Redis through a proxy the Redis-outage test cuts; the test app runs no jobs.
    t = await startTestApp({ REDIS_URL: redisProxy.wrap(redisUrl) });
    owner = await ownerClient(t);
    const { hostname, port } = new URL(redisUrl);
    // The test's own view of the queue, straight to Redis (not through the proxy).
    queue = new Queue('events', {
      connection: { host: hostname, port: Number(port) },
      prefix: t.queuePrefix,
    });
    mailQueue = new Queue('mail', {
      connection: { host: hostname, port: Number(port) },
      prefix: t.queuePrefix,
    });
  });
  afterEach(async () => {
    await Promise.all(
      [...workers].map(async (w) => {
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
        await w.exited;
      }),
    );
    workers.clear();
    await Promise.all(sinks.splice(0).map((s) => s.stop()));
    if (redisCut) await restoreRedis();
  });
  afterAll(async () => {
    await queue?.close();
    await mailQueue?.close();
    await owner?.end();
    await t?.close();
    await redisProxy.stop();
  });

  async function startSink(delayMs: number): Promise<SmtpSink> {
    const sink = new SmtpSink();
    sink.delayMs = delayMs;
    await sink.start();
    sinks.push(sink);
    return sink;
  }

  /** `node dist/worker.js` on the test database and queue prefix, sending to `smtp`. */
  function startWorker(smtp: SmtpSink, redis = redisUrl): WorkerProcess {
    const worker = spawnWorker({
      databaseUrl: t.databaseUrl,
      redisUrl: redis,
      queuePrefix: t.queuePrefix,
      smtpUrl: smtp.url,
    });
    workers.add(worker);
    return worker;
  }

  /** Waits until `count` BullMQ workers are connected to the queue. */
  const workersConnected = (count: number) =>
    waitFor(
      async () => (await queue.getWorkers()).length >= count,
      30_000,
      async () =>
        `${(await queue.getWorkers()).length} of ${count} workers connected; output: ${[...workers].map((w) => w.output()).join('\n---\n')}`,
    );

  /** A new clinic with these reminder settings (by its admin, through the API). */
  async function clinicWith(name: string, settings: Record<string, unknown>) {
    const admin = await signupClinic(t, name);
    const res = await call(t, 'PATCH', `/api/v1/clinics/${admin.clinicId}`, {
      token: admin.token,
      body: settings,
    });
    expect(res.status).toBe(200);
    return { ...admin, membershipId: await membershipOf(owner, admin.clinicId, admin.userId) };
  }
  /** No quiet hours, so what is due goes out at whatever time of day the tests run. */
  const NO_QUIET_HOURS = { quietHoursStart: '00:00', quietHoursEnd: '00:00' };

  const mailRows = async (clinicId: string, keys: string[]) =>
    (
      await owner.query<{
        id: string;
        dedupe_key: string;
        status: string;
        attempts: number;
        last_error: string | null;
      }>(
        `SELECT id, dedupe_key, status, attempts, last_error FROM mail_messages
          WHERE clinic_id = $1 AND dedupe_key = ANY($2)`,
        [clinicId, keys.map((k) => `email:${k}`)],
      )
    ).rows;

  /** Mail jobs of the clinic not yet finished (waiting, running, backing off, or held by a dead worker). */
  const unfinishedMailJobs = async (clinicId: string) =>
    (
      await mailQueue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'], 0, -1)
    ).filter((j) => j?.name === 'mail.send' && j.data.clinicId === clinicId).length;

  /**
   * Waits until every expected reminder is in the mailbox and marked sent, and no mail job of the
   * clinic is left to run (so no late re-send can still arrive after the assertions).
   */
  async function allDelivered(
    clinicId: string,
    keys: string[],
    mails: () => ReceivedMail[],
    recipients: Map<string, string>,
  ) {
    const state = async () => {
      const rows = await mailRows(clinicId, keys);
      const d = delivery(mails(), recipients);
      return {
        inMailbox: keys.filter((k) => d.byKey.has(k)).length,
        sent: rows.filter((r) => r.status === 'sent').length,
        unfinished: await unfinishedMailJobs(clinicId),
      };
    };
    await waitFor(
      async () => {
        const s = await state();
        return s.inMailbox === keys.length && s.sent === keys.length && s.unfinished === 0;
      },
      90_000,
      async () => `of ${keys.length} reminders: ${JSON.stringify(await state())}`,
    );
  }

  /**
   * The mailbox holds exactly the expected reminders, each as one message (one Message-ID); any
   * extra copy is a re-send of a message already there; the database has one email and one in-app
   * notification per key, every email sent, and each Message-ID is that key's email.
   */
  async function expectExactlyOnce(
    clinicId: string,
    seed: Pick<ReminderSeed, 'keys' | 'membershipByEmail'>,
    mails: ReceivedMail[],
    options: { resendsAllowed: boolean; strays?: number },
  ): Promise<Delivery> {
    const d = delivery(mails, seed.membershipByEmail);
    expect(d.strays).toHaveLength(options.strays ?? 0);
    // Each expected reminder, and nothing else, arrived; each as exactly one message.
    expect([...d.byKey.keys()].sort()).toEqual([...seed.keys].sort());
    const twoMessagesForOneReminder = [...d.byKey].filter(([, ids]) => ids.size !== 1);
    expect(twoMessagesForOneReminder).toEqual([]);

    const rows = await mailRows(clinicId, seed.keys);
    expect(rows).toHaveLength(seed.keys.length);
    expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(seed.keys.length);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    // Each recorded as sent once, and no send failed on the way (a crash is not a failed attempt).
    expect(rows.filter((r) => r.attempts !== 1 || r.last_error !== null)).toEqual([]);
    // Every copy that arrived carries the Message-ID of its own key's email row: a duplicate copy
    // is a re-send of the same message, never a second message.
    const keyOfMessageId = new Map(rows.map((r) => [`<${r.id}@${MAIL_DOMAIN}>`, r.dedupe_key]));
    const reminderIds = [...d.byKey].map(([key, ids]) => ({ key: `email:${key}`, id: [...ids][0] }));
    expect(reminderIds.filter(({ key, id }) => keyOfMessageId.get(id) !== key)).toEqual([]);
    const rawReminders = d.raw.filter((m) => !d.strays.includes(m));
    const copyIds = rawReminders.map((m) => [...d.byId].find(([, copies]) => copies.includes(m))?.[0]);
    expect(copyIds.filter((id) => !id || !keyOfMessageId.has(id))).toEqual([]);
    if (!options.resendsAllowed) expect(rawReminders).toHaveLength(seed.keys.length);

    const notices = await owner.query<{ dedupe_key: string; n: number }>(
      `SELECT dedupe_key, count(*)::int AS n FROM notifications
        WHERE clinic_id = $1 AND dedupe_key = ANY($2) GROUP BY dedupe_key`,
      [clinicId, seed.keys],
    );
    expect(notices.rows).toHaveLength(seed.keys.length);
    expect(notices.rows.filter((r) => r.n !== 1)).toEqual([]);
    const failedJobs = (await mailQueue.getJobs(['failed'], 0, -1))
      .filter((j) => j?.name === 'mail.send' && j.data.clinicId === clinicId)
      .map((j) => ({ id: j.id, reason: j.failedReason }));
    expect(failedJobs).toEqual([]);
    return d;
  }

  it('a worker killed with SIGKILL mid-batch: after a restart every reminder is in the mailbox exactly once', async () => {
    const smtp = await startSink(100);
    const clinic = await clinicWith('Kill Nine Clinic', NO_QUIET_HOURS);
    const seed = await seedDueReminders(owner, clinic.clinicId, {
      clinicianId: clinic.membershipId,
      clients: 25,
      occurrencesEach: 4,
      dueAt: new Date(Date.now() + 12 * HOUR),
      tag: 'sigkill',
    });
    const expected = seed.keys.length;
    const arrived = () => delivery(smtp.received, seed.membershipByEmail).raw.length;

    // Nothing has run the pass yet. This test is first in the file, so the worker creates the
    // schedulers: BullMQ runs an `every` scheduler's first tick at once, and that tick finds them.
    expect(await queue.getJobSchedulers()).toEqual([]);
    expect((await mailRows(clinic.clinicId, seed.keys)).length).toBe(0);
    const first = startWorker(smtp);
    await waitFor(
      () => arrived() >= expected / 4,
      60_000,
      () => `${arrived()} of ${expected} arrived; worker output: ${first.output()}`,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const atKill = arrived();
    // Mid-batch: some but not all were sent, and some are still unsent in the database.
    expect(atKill).toBeLessThan(expected);
    const pendingAtKill = (await mailRows(clinic.clinicId, seed.keys)).filter((r) => r.status !== 'sent');
    expect(pendingAtKill.length).toBeGreaterThan(0);

    startWorker(smtp);
    await allDelivered(clinic.clinicId, seed.keys, () => smtp.received, seed.membershipByEmail);
    const d = await expectExactlyOnce(clinic.clinicId, seed, smtp.received, { resendsAllowed: true });
    console.info(
      `SIGKILL mid-batch: ${expected} reminders; ${atKill} arrived before the kill; ` +
        `${d.raw.length} copies arrived for ${d.byId.size} messages (re-sends of the same Message-ID: ${d.raw.length - d.byId.size})`,
    );
  });

  it('two workers and two overlapping passes: every reminder emailed once, one row per key', async () => {
    // Each worker sends to its own server, to show both took part; together they are the mailbox.
    const [a, b] = await Promise.all([startSink(50), startSink(50)]);
    const clinic = await clinicWith('Two Workers Clinic', NO_QUIET_HOURS);
    const seed = await seedDueReminders(owner, clinic.clinicId, {
      clinicianId: clinic.membershipId,
      clients: 25,
      occurrencesEach: 4,
      dueAt: new Date(Date.now() + 12 * HOUR),
      tag: 'twoworkers',
    });
    startWorker(a);
    startWorker(b);
    await workersConnected(2);

    const scan = t.app.get(ReminderScan);
    const now = new Date();
    const created = await Promise.all([
      scan.scanClinic(clinic.clinicId, now),
      scan.scanClinic(clinic.clinicId, now),
    ]);
    // However the passes overlap (these two, and the workers' own ticks), each reminder is created once.
    expect(created[0] + created[1]).toBeLessThanOrEqual(seed.keys.length);

    const both = () => [...a.received, ...b.received];
    await allDelivered(clinic.clinicId, seed.keys, both, seed.membershipByEmail);
    await expectExactlyOnce(clinic.clinicId, seed, both(), { resendsAllowed: false });
    expect(delivery(a.received, seed.membershipByEmail).raw.length).toBeGreaterThan(0);
    expect(delivery(b.received, seed.membershipByEmail).raw.length).toBeGreaterThan(0);
    // Both workers set up the schedulers at start: still one of each.
    expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual([
      'interlude:digest',
      'interlude:reminders',
      'interlude:rollups',
    ]);
  });

  it('with Redis down the API serves reads and writes and the pass writes its rows; all are emailed once when it returns, without a restart', async () => {
    const smtp = await startSink(20);
    // Reminders are off until the admin turns them on, during the outage.
    const clinic = await clinicWith('Outage Clinic', { reminderHoursBefore: 0, overdueNudgeHoursAfter: 0 });
    const maya = await addStaff(t, owner, clinic, 'Maya Chen', ['clinician']);
    const robin = await addPortalClient(t, owner, clinic.clinicId, maya.token, 'Robin Client');
    const [robinRow] = (
      await owner.query<{ email: string; membership_id: string }>(
        'SELECT email, portal_membership_id AS membership_id FROM clients WHERE clinic_id = $1 AND id = $2',
        [clinic.clinicId, robin.clientId],
      )
    ).rows;
    const rows = homeworkRows(owner, clinic.clinicId);
    const template = await rows.template();
    const robinAssignment = await rows.assignment(robin.clientId, template);
    const robinKeys: string[] = [];
    for (const hours of [12, 13]) {
      const occurrence = await rows.occurrence(
        robinAssignment,
        robin.clientId,
        new Date(Date.now() + hours * HOUR),
      );
      robinKeys.push(`due_soon:${occurrence}:${robinRow.membership_id}`);
    }
    const seeded = await seedDueReminders(owner, clinic.clinicId, {
      clinicianId: maya.membershipId,
      clients: 10,
      occurrencesEach: 3,
      dueAt: new Date(Date.now() + 12 * HOUR),
      tag: 'outage',
    });
    const seed = {
      keys: [...seeded.keys, ...robinKeys],
      membershipByEmail: new Map([...seeded.membershipByEmail, [robinRow.email, robinRow.membership_id]]),
    };

    // The worker, like the API, reaches Redis through the proxy; it delivers Robin's invitation first.
    const worker = startWorker(smtp, redisProxy.wrap(redisUrl));
    await workersConnected(1);
    await waitFor(
      () => smtp.received.some((m) => m.to.includes(robinRow.email)),
      30_000,
      () => `no invitation to Robin; worker output: ${worker.output()}`,
    );

    await cutRedis();
    const base = `/api/v1/clinics/${clinic.clinicId}`;
    // Reads and writes go on.
    const before = await call(t, 'GET', `${base}/notifications`, { token: robin.token });
    expect(before.status).toBe(200);
    expect(before.body.items).toEqual([]);
    const settings = await call(t, 'PATCH', base, {
      token: clinic.token,
      body: { reminderHoursBefore: 24, overdueNudgeHoursAfter: 24, ...NO_QUIET_HOURS },
    });
    expect(settings.status).toBe(200);
    const edited = await call(t, 'PATCH', `${base}/assignments/${robinAssignment}`, {
      token: maya.token,
      body: { instructions: 'Two lines are plenty.' },
    });
    expect(edited.status).toBe(200);
    // The reminder pass writes its notifications, emails and outbox events.
    expect(await t.app.get(ReminderScan).scanClinic(clinic.clinicId, new Date())).toBe(seed.keys.length);
    const during = await call(t, 'GET', `${base}/notifications`, { token: robin.token });
    expect(during.status).toBe(200);
    expect(during.body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'homework.due_soon',
      'homework.due_soon',
    ]);
    // The API sees the outage (readiness), and the events wait in the outbox for it to end.
    await waitFor(
      async () => (await fetch(`${t.baseUrl}/api/ready`)).status === 503,
      15_000,
      () => 'the API still reports the queue up',
    );
    await new Promise((r) => setTimeout(r, 1500));
    const waiting = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_events
        WHERE clinic_id = $1 AND topic = 'mail.send' AND relayed_at IS NULL`,
      [clinic.clinicId],
    );
    expect(waiting.rows[0].n).toBe(seed.keys.length);
    expect(delivery(smtp.received, seed.membershipByEmail).byKey.size).toBe(0);

    await restoreRedis();
    await allDelivered(clinic.clinicId, seed.keys, () => smtp.received, seed.membershipByEmail);
    await expectExactlyOnce(clinic.clinicId, seed, smtp.received, { resendsAllowed: false, strays: 1 });
    const relayed = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE clinic_id = $1 AND relayed_at IS NULL`,
      [clinic.clinicId],
    );
    expect(relayed.rows[0].n).toBe(0);
    // The same worker process did it: nothing was restarted.
    expect({ exitCode: worker.child.exitCode, signal: worker.child.signalCode }).toEqual({
      exitCode: null,
      signal: null,
    });
  });

  it('setting up the schedulers again and again, even at once, leaves one of each', async () => {
    const schedulers = t.app.get(JobSchedulers);
    await schedulers.upsertAll();
    await schedulers.upsertAll();
    await Promise.all([schedulers.upsertAll(), schedulers.upsertAll()]);
    const list = await queue.getJobSchedulers();
    expect(list.map((s) => s.key).sort()).toEqual([
      'interlude:digest',
      'interlude:reminders',
      'interlude:rollups',
    ]);
    expect(Object.fromEntries(list.map((s) => [s.key, s.every]))).toEqual({
      'interlude:digest': DIGEST_EVERY_MS,
      'interlude:reminders': REMINDER_EVERY_MS,
      'interlude:rollups': ROLLUP_TICK_MS,
    });
    // One next tick queued per scheduler, not one per setup.
    const next = (await queue.getJobs(['delayed', 'waiting', 'prioritized'], 0, -1)).filter((j) =>
      j?.name.startsWith('scheduler.'),
    );
    const perScheduler = new Map<string, number>();
    for (const job of next) perScheduler.set(job.name, (perScheduler.get(job.name) ?? 0) + 1);
    expect([...perScheduler.values()].every((n) => n === 1)).toBe(true);
  });

  it('SIGTERM mid-batch: the worker finishes its reminder emails in flight, takes no more, and nothing is sent twice', async () => {
    const smtp = await startSink(150);
    const clinic = await clinicWith('Graceful Reminders Clinic', NO_QUIET_HOURS);
    const seed = await seedDueReminders(owner, clinic.clinicId, {
      clinicianId: clinic.membershipId,
      clients: 20,
      occurrencesEach: 4,
      dueAt: new Date(Date.now() + 12 * HOUR),
      tag: 'sigterm',
    });
    const expected = seed.keys.length;
    const arrived = () => delivery(smtp.received, seed.membershipByEmail).raw.length;
    // The pass runs here and the API relays its events; the worker then finds them queued.
    expect(await t.app.get(ReminderScan).scanClinic(clinic.clinicId, new Date())).toBe(expected);
    const worker = startWorker(smtp);
    await waitFor(
      () => arrived() >= 10,
      60_000,
      () => `${arrived()} arrived; worker output: ${worker.output()}`,
    );

    const stoppedAt = Date.now();
    const atSignal = arrived();
    worker.child.kill('SIGTERM');
    const exit = await worker.exited;
    const tookMs = Date.now() - stoppedAt;
    expect({ exit, output: worker.output() }).toMatchObject({ exit: { code: 0, signal: null } });
    expect(tookMs).toBeLessThan(20_000);
    const atExit = arrived();
    // It stopped taking jobs: after the signal it finished the ones it was running (at most its
    // concurrency, and a few that may start in the moment before it closes), and the batch is unfinished.
    expect(atExit - atSignal).toBeLessThanOrEqual(WORKER_CONCURRENCY + 5);
    expect(atExit).toBeLessThan(expected);
    // Whatever reached the server was recorded as sent before the exit: nothing is left to re-send.
    const sentRows = new Map(
      (await mailRows(clinic.clinicId, seed.keys)).map((r) => [`<${r.id}@${MAIL_DOMAIN}>`, r.status]),
    );
    const arrivedIds = [...delivery(smtp.received, seed.membershipByEmail).byId.keys()];
    expect(arrivedIds.filter((id) => sentRows.get(id) !== 'sent')).toEqual([]);
    expect([...sentRows.values()].filter((s) => s === 'sent')).toHaveLength(arrivedIds.length);

    startWorker(smtp);
    await allDelivered(clinic.clinicId, seed.keys, () => smtp.received, seed.membershipByEmail);
    await expectExactlyOnce(clinic.clinicId, seed, smtp.received, { resendsAllowed: false });
  });
});
