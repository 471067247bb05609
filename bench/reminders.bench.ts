import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { bullmq, type PgClient, pg, queueConnection } from './support/api-dist';
import { createBenchDatabase } from './support/database';
import { processCpu, servicesCpu } from './support/proc-cpu';
import { deleteQueueKeys } from './support/queue-keys';
import type { RawMailJob, RawWorkerMessage, RawWorkerSettings } from './support/raw-queue-worker';
import { seedReminders } from './support/reminders-data';
import { fixed, log, markdownTable, percent } from './support/report';
import { childEnv, cleanUp, cleanUpOnSignals, numberFromEnv, onCleanUp, sourceVersion } from './support/run';
import { SmtpCounter } from './support/smtp-counter';

/**
 * Reminders at scale (issue #6 item 8): 100 clinics × 1,000 portal clients, each with one pending
 * occurrence due in 12 hours, so one reminder pass owes 100,000 due-soon reminders. In one run:
 *
 * 1. raw BullMQ: 100,000 no-op jobs added up front, one Worker process at the QueueWorker's
 *    concurrency (20), jobs/s from the first to the last completion — the scale;
 * 2. raw BullMQ + SMTP: the same jobs each sending one reminder-sized email through a nodemailer
 *    pool like MailSender's to the same in-process SMTP sink, no database — the ceiling for email;
 * 3. Interlude: the compiled worker (`apps/api/dist/worker.js`, 1 process, then 2) started on the
 *    generated database; its `reminders` job scheduler fires at start, the pass writes notifications,
 *    mail rows and outbox events clinic by clinic, the outbox relay moves the events to BullMQ and
 *    MailSender sends each email (SELECT, SMTP, UPDATE). Measured: scan time, time until the last of
 *    the 100,000 emails reached the sink, emails/s, and the check that each arrived exactly once.
 */

const GOAL_OF_RAW = 0.3;

const clinics = Math.round(numberFromEnv('BENCH_REMINDERS_CLINICS', 100, 1));
const clientsPerClinic = Math.round(numberFromEnv('BENCH_REMINDERS_CLIENTS_PER_CLINIC', 1_000, 1));
/** The raw baselines' Worker concurrency; the Interlude worker's is the QueueWorker's (20). */
const concurrency = Math.round(numberFromEnv('BENCH_REMINDERS_CONCURRENCY', 20, 1));
const addChunk = Math.round(numberFromEnv('BENCH_REMINDERS_ADD_CHUNK', 1_000, 1));
const timeoutSeconds = numberFromEnv('BENCH_REMINDERS_TIMEOUT', 1_200, 10);
const workerCounts = (process.env.BENCH_REMINDERS_WORKERS ?? '1,2')
  .split(',')
  .map((w) => Math.round(Number(w.trim())))
  .filter((w) => Number.isFinite(w) && w >= 1);
const rawSmtp = process.env.BENCH_REMINDERS_RAW_SMTP !== '0';
/** SMTP connections per worker process; unset: MailSender's default (5), and 5 for the raw baseline. */
const smtpPool = process.env.BENCH_REMINDERS_SMTP_POOL
  ? Math.round(numberFromEnv('BENCH_REMINDERS_SMTP_POOL', 5, 1))
  : undefined;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

cleanUpOnSignals();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();
const benchCpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

interface CpuSample {
  postgres: number;
  redis: number;
  bench: number;
}
const cpuSample = (): CpuSample => ({ ...servicesCpu(), bench: benchCpu() });
const cpuDelta = (a: CpuSample, b: CpuSample): CpuSample => ({
  postgres: b.postgres - a.postgres,
  redis: b.redis - a.redis,
  bench: b.bench - a.bench,
});

interface RunResult {
  label: string;
  jobs: number;
  seconds: number;
  workerCpu: number;
  cpu: CpuSample;
  ok: boolean;
}

const rawJobOptions = (jobId: string) => ({
  // The options BullmqDispatcher gives every outbox event.
  jobId,
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
});

/** Adds `total` jobs (addBulk in chunks), then starts one raw worker process and waits for them all. */
async function rawBaseline(
  label: string,
  prefix: string,
  settings: Omit<RawWorkerSettings, 'redisUrl' | 'prefix' | 'queue' | 'concurrency' | 'expected'>,
  total: number,
  data: (i: number, id: string) => unknown,
): Promise<RunResult & { addSeconds: number }> {
  const connection = queueConnection(redisUrl);
  const { Queue } = bullmq();
  const queue = new Queue('events', { connection, prefix });
  queue.on('error', () => undefined);
  const addStart = now();
  for (let i = 0; i < total; i += addChunk) {
    const jobs = [];
    for (let k = i; k < Math.min(total, i + addChunk); k++) {
      const id = randomUUID();
      jobs.push({ name: 'mail.send', data: data(k, id), opts: rawJobOptions(id) });
    }
    await queue.addBulk(jobs);
  }
  const addSeconds = (now() - addStart) / 1000;
  await queue.close();
  connection.disconnect();
  log(`  ${label}: ${fixed(total)} jobs added in ${fixed(addSeconds, 1)} s (addBulk × ${fixed(addChunk)})`);

  const before = cpuSample();
  const child = fork(join(__dirname, 'support/raw-queue-worker.ts'), [], {
    cwd: __dirname,
    env: childEnv({
      BENCH_RAW_WORKER: JSON.stringify({
        ...settings,
        redisUrl,
        prefix,
        queue: 'events',
        concurrency,
        expected: total,
      } satisfies RawWorkerSettings),
    }),
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('error', () => undefined);
  onCleanUp(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const done = await new Promise<Extract<RawWorkerMessage, { type: 'done' }>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${label} did not finish in ${timeoutSeconds} s`)),
      timeoutSeconds * 1000,
    );
    child.on('message', (m: RawWorkerMessage) => {
      if (m.type === 'done') {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} worker exited with ${code} before it finished`));
    });
  });
  const cpu = cpuDelta(before, cpuSample());
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  await deleteQueueKeys(redisUrl, prefix);
  const seconds = (done.lastAt - done.firstAt) / 1000;
  if (done.failed > 0) log(`  ${label}: ${done.failed} jobs FAILED (first: ${done.failure})`);
  log(
    `  ${label}: ${fixed(done.completed)} completed in ${fixed(seconds, 2)} s (first to last completion; ` +
      `worker start to first completion ${fixed((done.firstAt - done.startedAt) / 1000, 2)} s)`,
  );
  return {
    label,
    jobs: done.completed,
    seconds,
    workerCpu: done.cpuMicros,
    cpu,
    ok: done.failed === 0 && done.completed === total,
    addSeconds,
  };
}

interface WorkerProcess {
  child: ChildProcess;
  warnings: string[];
  lines: number;
  exited: Promise<void>;
}

/** Starts the compiled Interlude worker; keeps the first few warning/error log lines it writes. */
function startWorker(env: Record<string, string>): WorkerProcess {
  // BENCH_WORKER_SCRIPT: another build of the worker, to compare a change (A/B) in the same conditions.
  const script =
    process.env.BENCH_WORKER_SCRIPT ??
    join(dirname(require.resolve('@interlude/api/package.json')), 'dist/worker.js');
  // BENCH_WORKER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the worker.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.on('error', () => undefined);
  const w: WorkerProcess = {
    child,
    warnings: [],
    lines: 0,
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      w.lines += 1;
      if (w.warnings.length < 5) w.warnings.push(line.slice(0, 400));
    }
  });
  onCleanUp(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([w.exited, sleep(25_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
  return w;
}

interface InterludeResult extends RunResult {
  workers: number;
  bootSeconds: number;
  scanSeconds: number;
  scanProcessed: number | null;
  firstEmailSeconds: number;
  deliverySeconds: number;
  sentLagSeconds: number;
  checks: Array<[string, string, boolean]>;
}

async function interlude(
  workers: number,
  owner: PgClient,
  databaseUrl: string,
  prefix: string,
  sink: SmtpCounter,
  total: number,
): Promise<InterludeResult> {
  const label = `Interlude, ${workers} worker process${workers > 1 ? 'es' : ''}`;
  const env = {
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'false',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpPool ? `${sink.url}/?maxConnections=${smtpPool}` : sink.url,
    APP_URL: 'http://localhost',
    LOG_LEVEL: process.env.BENCH_WORKER_LOG_LEVEL ?? 'warn',
  };
  sink.reset();
  const before = cpuSample();
  const spawnedAt = now();
  const procs = Array.from({ length: workers }, () => startWorker(env));
  const deadline = spawnedAt + timeoutSeconds * 1000;
  let scanStart = 0;
  let scanEnd = 0;
  let scanProcessed: number | null = null;
  let sent = 0;
  let lastReport = spawnedAt;
  let lastReceived = 0;
  const poll = async () => {
    const { rows } = await owner.query<{
      started: number | null;
      finished: number | null;
      processed: number | null;
    }>(
      `SELECT extract(epoch FROM last_started_at) * 1000 AS started, extract(epoch FROM last_finished_at) * 1000 AS finished,
              last_processed AS processed
         FROM scheduler_runs WHERE name = 'reminders'`,
    );
    const r = rows[0];
    if (r?.started && !scanStart) scanStart = Number(r.started);
    if (scanStart && !scanEnd && r?.finished && Number(r.finished) >= scanStart) {
      scanEnd = Number(r.finished);
      scanProcessed = r.processed;
    }
  };
  // Until the last email is in: the scheduler's first pass (start, end), progress every 5 s.
  while (sink.received < total) {
    if (now() > deadline)
      throw new Error(`${label}: only ${sink.received} of ${total} emails after ${timeoutSeconds} s`);
    for (const p of procs) {
      if (p.child.exitCode !== null)
        throw new Error(`${label}: a worker exited (${p.child.exitCode}): ${p.warnings.join('\n')}`);
    }
    await poll();
    if (now() - lastReport >= 5000) {
      const { rows } = await owner.query<{
        notifications: number;
        mails: number;
        sent: number;
        relayed: number;
      }>(
        `SELECT (SELECT count(*) FROM notifications)::int AS notifications, (SELECT count(*) FROM mail_messages)::int AS mails,
                (SELECT count(*) FROM mail_messages WHERE status = 'sent')::int AS sent,
                (SELECT count(*) FROM outbox_events WHERE relayed_at IS NOT NULL)::int AS relayed`,
      );
      const c = rows[0];
      log(
        `    t+${fixed((now() - spawnedAt) / 1000, 0).padStart(4)} s: ${fixed(c.notifications)} notifications, ` +
          `${fixed(c.mails)} mails written, ${fixed(c.relayed)} relayed, ${fixed(sink.received)} at the sink ` +
          `(${fixed(((sink.received - lastReceived) * 1000) / (now() - lastReport))}/s), ${fixed(c.sent)} marked sent`,
      );
      lastReport = now();
      lastReceived = sink.received;
    }
    await Promise.race([sink.until(total), sleep(250)]);
  }
  const lastEmail = sink.lastAt;
  // The UPDATE to 'sent' follows each SMTP answer.
  for (;;) {
    const { rows } = await owner.query<{ sent: number }>(
      "SELECT count(*)::int AS sent FROM mail_messages WHERE status = 'sent'",
    );
    sent = rows[0].sent;
    if (sent >= total || now() > deadline) break;
    await sleep(20);
  }
  const allSent = now();
  while (!scanEnd && now() < deadline) {
    await poll();
    if (!scanEnd) await sleep(250);
  }
  const workerCpu = procs.reduce((n, p) => n + processCpu(p.child.pid ?? -1), 0);
  const cpu = cpuDelta(before, cpuSample());
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));

  const [c] = (
    await owner.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(DISTINCT dedupe_key) FROM notifications)::int AS notification_keys,
              (SELECT count(*) FROM mail_messages)::int AS mails,
              (SELECT count(*) FROM mail_messages WHERE status = 'sent')::int AS sent,
              (SELECT count(*) FROM mail_messages WHERE status = 'sent' AND attempts = 1)::int AS sent_first_attempt,
              (SELECT count(*) FROM mail_messages WHERE status = 'failed')::int AS failed,
              (SELECT count(*) FROM outbox_events WHERE topic = 'mail.send')::int AS events,
              (SELECT count(*) FROM outbox_events WHERE relayed_at IS NULL)::int AS unrelayed`,
    )
  ).rows;
  const warnings = procs.flatMap((p) => p.warnings);
  if (warnings.length > 0) {
    log(`    worker log lines (${procs.reduce((n, p) => n + p.lines, 0)}), first ones:`);
    for (const w of warnings.slice(0, 5)) log(`      ${w}`);
  }
  const check = (name: string, actual: number, expected: number): [string, string, boolean] => [
    name,
    `${fixed(actual)} (expected ${fixed(expected)})`,
    actual === expected,
  ];
  const checks = [
    check('messages at the sink', sink.received, total),
    check('distinct Message-IDs at the sink', sink.ids.size, total),
    check('mail rows sent', c.sent, total),
    check('mail rows sent at the first attempt', c.sent_first_attempt, total),
    check('mail rows failed', c.failed, 0),
    check('notifications', c.notifications, total),
    check('distinct notification keys', c.notification_keys, total),
    check('mail.send outbox events', c.events, total),
    check('outbox events not relayed', c.unrelayed, 0),
  ];
  return {
    label,
    workers,
    jobs: sink.received,
    seconds: (lastEmail - scanStart) / 1000,
    workerCpu,
    cpu,
    ok: checks.every(([, , ok]) => ok),
    bootSeconds: (scanStart - spawnedAt) / 1000,
    scanSeconds: (scanEnd - scanStart) / 1000,
    scanProcessed,
    firstEmailSeconds: (sink.firstAt - scanStart) / 1000,
    deliverySeconds: (lastEmail - sink.firstAt) / 1000,
    sentLagSeconds: (allSent - lastEmail) / 1000,
    checks,
  };
}

/** Back to the generated state between Interlude runs: no notifications, mails, events or scheduler runs. */
async function resetReminders(owner: PgClient): Promise<void> {
  await owner.query('TRUNCATE notifications, mail_messages, outbox_events, scheduler_runs');
  await owner.query('VACUUM (ANALYZE) notifications, mail_messages, outbox_events, occurrences');
  await owner.query('CHECKPOINT');
}

async function main(): Promise<void> {
  log(
    `reminders bench: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; source ${sourceVersion()}`,
  );
  const database = await createBenchDatabase(serverUrl);
  onCleanUp(() => database.drop());
  const suffix = database.name.slice('interlude_bench_'.length).replace(/_/g, '-');
  const prefixes: string[] = [];
  const prefix = (name: string) => {
    const p = `bench-${suffix}-${name}`;
    prefixes.push(p);
    return p;
  };
  onCleanUp(async () => {
    for (const p of prefixes) await deleteQueueKeys(redisUrl, p);
  });
  log(`database ${database.name} created and migrated`);

  const sink = new SmtpCounter();
  await sink.start();
  onCleanUp(() => sink.stop());
  log(`SMTP sink listening on ${sink.url}`);

  log(`generating: ${clinics} clinics × ${clientsPerClinic} portal clients, one occurrence each due in 12 h`);
  const seeded = await seedReminders(database.url, { clinics, clientsPerClinic, dueInHours: 12 });
  log(
    `generated in ${fixed(seeded.seconds.rows, 1)} s (+ ${fixed(seeded.seconds.vacuum, 1)} s vacuum/analyse): ` +
      Object.entries(seeded.counts)
        .map(([k, v]) => `${fixed(Number(v))} ${k.replace(/_/g, ' ')}`)
        .join(', '),
  );
  const total = Number(seeded.counts.pending_occurrences);

  const owner: PgClient = new (pg().Client)({
    connectionString: database.url,
    application_name: 'interlude-bench-owner',
  });
  await owner.connect();
  onCleanUp(() => owner.end());

  // 1 and 2: raw BullMQ.
  log();
  log(`raw BullMQ ${concurrency} concurrency, one worker process:`);
  const raw = await rawBaseline('no-op', prefix('raw-noop'), { mode: 'noop' }, total, (_i, id) => ({
    clinicId: randomUUID(),
    eventId: id,
    ids: { mailId: randomUUID() },
  }));
  const results: RunResult[] = [raw];
  let smtpRaw: RunResult | undefined;
  if (rawSmtp) {
    sink.reset();
    const emails = require('@interlude/api/dist/modules/notifications/notice-emails') as {
      reminderEmail(input: Record<string, string>): { subject: string; text: string; html: string };
    };
    const base = 'http://localhost';
    const smtp = await rawBaseline(
      'SMTP send, no database',
      prefix('raw-smtp'),
      { mode: 'smtp', smtpUrl: sink.url, smtpPoolSize: smtpPool ?? 5 },
      total,
      (i, id) => {
        const to = `client${(i % clientsPerClinic) + 1}.clinic${Math.floor(i / clientsPerClinic) + 1}@reminders.bench.example`;
        const token = randomUUID();
        const rendered = emails.reminderEmail({
          kind: 'due_soon',
          to,
          clinicName: `Reminder bench clinic ${Math.floor(i / clientsPerClinic) + 1}`,
          dueAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
          timeZone: 'Europe/London',
          url: `${base}/portal/homework/${randomUUID()}`,
          unsubscribeUrl: `${base}/portal/unsubscribe?token=${token}`,
        });
        return {
          to,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId: `<${id}@interlude.local>`,
          mailId: id,
          clinicName: `Reminder bench clinic ${Math.floor(i / clientsPerClinic) + 1}`,
          unsubscribeUrl: `${base}/api/v1/reminders/unsubscribe?token=${token}`,
        } satisfies RawMailJob;
      },
    );
    const atSink = sink.received;
    const distinct = sink.ids.size;
    log(`  SMTP send, no database: ${fixed(atSink)} at the sink, ${fixed(distinct)} distinct Message-IDs`);
    smtp.ok = smtp.ok && atSink === total && distinct === total;
    results.push(smtp);
    smtpRaw = smtp;
  }

  // 3. Interlude.
  const runs: InterludeResult[] = [];
  for (const [i, workers] of workerCounts.entries()) {
    if (i > 0) await resetReminders(owner);
    log();
    log(
      `Interlude worker × ${workers} (${process.env.BENCH_WORKER_SCRIPT ?? 'dist/worker.js'}, SMTP pool ${smtpPool ?? 'default'}; the 'reminders' scheduler fires at start):`,
    );
    const run = await interlude(workers, owner, database.url, prefix(`interlude-${workers}w`), sink, total);
    runs.push(run);
    results.push(run);
    log(
      `  ${run.label}: scan ${fixed(run.scanSeconds, 1)} s (${fixed(run.scanProcessed ?? 0)} reminders), ` +
        `last email ${fixed(run.seconds, 1)} s after the pass started; checks ${run.ok ? 'all passed' : 'FAILED'}`,
    );
  }

  // Results.
  const perJob = (micros: number, jobs: number) => fixed(micros / jobs, 0);
  log();
  log(
    `Results: ${fixed(total)} jobs per run (${clinics} clinics × ${fixed(clientsPerClinic)} clients), BullMQ ` +
      `concurrency ${concurrency}, load average at the end ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  );
  log();
  log(
    markdownTable(
      [
        'run',
        'jobs',
        'seconds',
        'jobs/s',
        'of raw no-op',
        'of raw SMTP',
        'worker CPU µs/job',
        'PostgreSQL µs/job',
        'Redis µs/job',
        'bench+sink µs/job',
      ],
      results.map((r) => [
        r.label,
        fixed(r.jobs),
        fixed(r.seconds, 2),
        fixed(r.jobs / r.seconds),
        percent(r.jobs / r.seconds / (raw.jobs / raw.seconds)),
        smtpRaw ? percent(r.jobs / r.seconds / (smtpRaw.jobs / smtpRaw.seconds)) : '',
        perJob(r.workerCpu, r.jobs),
        perJob(r.cpu.postgres, r.jobs),
        perJob(r.cpu.redis, r.jobs),
        perJob(r.cpu.bench, r.jobs),
      ]),
    ),
  );
  log();
  log(
    'Raw runs: first to last job completion (jobs added beforehand). Interlude: from the start of the ' +
      "reminder pass (scheduler_runs.last_started_at) to the last email at the sink; CPU over the whole run (PostgreSQL's is server-wide).",
  );
  if (runs.length > 0) {
    log();
    log(
      markdownTable(
        [
          'Interlude run',
          'worker start → pass start s',
          'pass (scan) s',
          'pass start → 1st email s',
          '1st → last email s',
          'delivery emails/s',
          'pass start → last email s',
          'emails/s end to end',
          'last email → all marked sent s',
        ],
        runs.map((r) => [
          r.label,
          fixed(r.bootSeconds, 2),
          fixed(r.scanSeconds, 2),
          fixed(r.firstEmailSeconds, 2),
          fixed(r.deliverySeconds, 2),
          fixed(r.jobs / r.deliverySeconds),
          fixed(r.seconds, 2),
          fixed(r.jobs / r.seconds),
          fixed(r.sentLagSeconds, 2),
        ]),
      ),
    );
    for (const r of runs) {
      log();
      log(
        markdownTable(
          [`checks, ${r.label}`, 'value', 'ok'],
          r.checks.map(([n, v, ok]) => [n, v, ok ? 'yes' : 'NO']),
        ),
      );
    }
    log();
    for (const r of runs) {
      const ratio = r.jobs / r.seconds / (raw.jobs / raw.seconds);
      log(
        `goal, ${r.label}: ≥ ${percent(GOAL_OF_RAW)} of raw BullMQ no-op jobs/s — ${percent(ratio)}: ` +
          `${ratio >= GOAL_OF_RAW ? 'met' : 'NOT met'}` +
          (smtpRaw
            ? `; ${percent(r.jobs / r.seconds / (smtpRaw.jobs / smtpRaw.seconds))} of raw BullMQ + SMTP`
            : ''),
      );
    }
  }
  if (!results.every((r) => r.ok)) {
    log('Some checks FAILED (see above).');
    process.exitCode = 1;
  }
}

main()
  .catch((error: Error) => {
    process.stderr.write(`reminders bench failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
