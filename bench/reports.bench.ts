import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { dataSource, type PgClient, type PgPool, pg } from './support/api-dist';
import { startChildServer } from './support/child-server';
import { createBenchDatabase } from './support/database';
import { percentile } from './support/load';
import { deleteQueueKeys } from './support/queue-keys';
import { fixed, log, markdownTable } from './support/report';
import { type ReportsDataSettings, rowCounts, seedReports, TABLES, tableSizes } from './support/reports-data';
import {
  RAW_OUTCOMES_SQL,
  type ReplayStatement,
  rawEngagementSql,
  replayable,
  requestTransactions,
} from './support/reports-queries';
import { childEnv, cleanUp, cleanUpOnSignals, numberFromEnv, onCleanUp, sourceVersion } from './support/run';
import { SmtpCounter } from './support/smtp-counter';

/**
 * Reports at scale (issue #7 item 7): a generated database of 200 clinics, 100,000 clients and
 * about 5 million occurrences, rollups built with the rebuild path; then, in one run, the report
 * endpoints as a manager of the largest clinic against the same statements replayed directly through
 * node-postgres and against an aggregation over the raw rows; then the rollup lag under a stream of
 * portal submissions with the worker running.
 */

const GOAL_P50 = 1.3;
const GOAL_P99 = 2;
const GOAL_RAW = 20;

const data: ReportsDataSettings = {
  clinics: Math.round(numberFromEnv('BENCH_REPORTS_CLINICS', 200, 11)),
  clients: Math.round(numberFromEnv('BENCH_REPORTS_CLIENTS', 100_000, 20)),
  largestClinic: Math.round(numberFromEnv('BENCH_REPORTS_LARGEST_CLINIC', 5_000, 1)),
  caseload: Math.round(numberFromEnv('BENCH_REPORTS_CASELOAD', 25, 1)),
  portalSessions: Math.round(numberFromEnv('BENCH_REPORTS_PORTAL_SESSIONS', 1_500, 1)),
};
const requests = Math.round(numberFromEnv('BENCH_REPORTS_REQUESTS', 50, 10));
const rawRequests = Math.round(numberFromEnv('BENCH_REPORTS_RAW_REQUESTS', 10, 3));
const streamRate = numberFromEnv('BENCH_REPORTS_STREAM_RATE', 50, 1);
const streamSeconds = numberFromEnv('BENCH_REPORTS_STREAM_SECONDS', 30, 1);
/** At most this many submissions in flight: beyond the API's capacity the stream would only queue in its pool. */
const streamConcurrency = Math.round(numberFromEnv('BENCH_REPORTS_STREAM_CONCURRENCY', 8, 1));
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

cleanUpOnSignals();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const mib = (bytes: number) => `${fixed(bytes / 2 ** 20)} MiB`;

interface Latencies {
  label: string;
  sorted: Float64Array;
}

async function loop(label: string, warmup: number, n: number, once: () => Promise<void>): Promise<Latencies> {
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = now();
    await once();
    times.push(now() - t0);
  }
  return { label, sorted: Float64Array.from(times).sort() };
}

/**
 * Runs the targets in turn, one request each per round (the order rotating), so whatever else the
 * machine is doing (the worker's catch-up, autovacuum) falls on all of them alike.
 */
async function interleaved(
  warmup: number,
  n: number,
  targets: Array<{ label: string; once: () => Promise<void> }>,
): Promise<Latencies[]> {
  for (let i = 0; i < warmup; i++) for (const t of targets) await t.once();
  const times = targets.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < targets.length; j++) {
      const k = (i + j) % targets.length;
      const t0 = now();
      await targets[k].once();
      times[k].push(now() - t0);
    }
  }
  return targets.map((t, k) => ({ label: t.label, sorted: Float64Array.from(times[k]).sort() }));
}

async function replay(pool: PgPool, txs: ReplayStatement[][]): Promise<void> {
  const client = await pool.connect();
  try {
    for (const tx of txs) for (const s of tx) await client.query(s.text, s.values());
  } finally {
    client.release();
  }
}

/** Starts the compiled worker (BullMQ processors and the rollup ticker) in its own process. */
function startWorker(env: Record<string, string>): ChildProcess {
  const script = join(dirname(require.resolve('@interlude/api/package.json')), 'dist/worker.js');
  // BENCH_REPORTS_WORKER_LOG=<file> keeps the worker's log (warnings and errors) for a look afterwards.
  const logFile = process.env.BENCH_REPORTS_WORKER_LOG;
  const child = spawn(process.execPath, [script], {
    env: childEnv(env),
    stdio: ['ignore', logFile ? openSync(logFile, 'w') : 'ignore', 'inherit'],
  });
  child.on('error', () => undefined);
  return child;
}

async function main(): Promise<void> {
  log(
    `reports bench: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; source ${sourceVersion()}`,
  );
  const database = await createBenchDatabase(serverUrl);
  // BENCH_REPORTS_KEEP_DATABASE=1 leaves the generated database for EXPLAIN and other looks afterwards.
  if (!process.env.BENCH_REPORTS_KEEP_DATABASE) onCleanUp(() => database.drop());
  log(`database ${database.name} created and migrated`);
  const suffix = database.name.slice('interlude_bench_'.length).replace(/_/g, '-');
  const queuePrefix = `bench-${suffix}`;
  onCleanUp(() => deleteQueueKeys(redisUrl, queuePrefix).then(() => undefined));
  // Email goes to an in-process SMTP sink that accepts everything, as a working relay would.
  const sink = new SmtpCounter();
  await sink.start();
  onCleanUp(() => sink.stop());
  const apiEnv = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    MIGRATE_ON_START: 'false',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    APP_URL: 'http://localhost',
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'warn',
  };
  const api = await startChildServer(
    'Nest API',
    join(__dirname, 'support/api-server.ts'),
    childEnv({ BENCH_API_ENV: JSON.stringify(apiEnv) }),
  );
  onCleanUp(() => api.stop());

  // 1. Data and rollups.
  log(
    `generating: ${data.clinics} clinics (largest ${data.largestClinic} clients), ${data.clients} clients, ` +
      `1 clinician per ${data.caseload} clients`,
  );
  const seeded = await seedReports(database.url, api.url, data, suffix.replace(/[^a-z0-9]/g, ''), (line) =>
    log(`  ${line}`),
  );
  const c = seeded.counts;
  log(
    `generated in ${fixed(seeded.seconds.signup, 1)} s (signups) + ${fixed(seeded.seconds.rows, 1)} s (rows) + ` +
      `${fixed(seeded.seconds.vacuum, 1)} s (vacuum, analyse, checkpoint): ` +
      Object.entries(c)
        .map(([k, v]) => `${fixed(Number(v))} ${k}`)
        .join(', '),
  );

  const owner: PgClient = new (pg().Client)({
    connectionString: database.url,
    application_name: 'interlude-bench-owner',
  });
  await owner.connect();
  onCleanUp(() => owner.end());
  // Reminders are measured by the reminders benchmark; here they would add a burst of tens of
  // thousands of emails (every client with homework due within a day) to the worker's first minute.
  await owner.query('UPDATE clinics SET reminder_hours_before = 0, overdue_nudge_hours_after = 0');

  const rollups = require('@interlude/api/dist/rollups') as {
    rebuildRollups(url: string, clinicId?: string): Promise<string[]>;
  };
  let t0 = now();
  const rebuilt = await rollups.rebuildRollups(database.url);
  const rebuildSeconds = (now() - t0) / 1000;
  t0 = now();
  await owner.query(
    'VACUUM (ANALYZE) engagement_rollup, engagement_week_rollup, engagement_presence, rollup_occurrence_state, outcome_score_rollup',
  );
  const rollupVacuum = (now() - t0) / 1000;
  const rollupCounts = await rowCounts(owner, TABLES);
  const sizes = await tableSizes(owner);
  log(
    `rollups rebuilt for ${rebuilt.length} clinics in ${fixed(rebuildSeconds, 1)} s ` +
      `(+ ${fixed(rollupVacuum, 1)} s vacuum/analyse): ` +
      Object.entries(rollupCounts)
        .filter(([k]) => /rollup/.test(k))
        .map(([k, v]) => `${fixed(v)} ${k}`)
        .join(', '),
  );
  log();
  log(
    markdownTable(
      ['table', 'rows', 'size (heap + indexes)'],
      Object.entries(sizes).map(([t, bytes]) => [
        t,
        t === 'database'
          ? ''
          : fixed(rollupCounts[t] ?? Number(c[t] ?? c[t.replace(/_.*/, '')] ?? Number.NaN)),
        mib(bytes),
      ]),
    ),
  );
  log();

  // The worker runs from here on, as in production (BullMQ processors and the 30 s rollup catch-up).
  const worker = startWorker(apiEnv);
  onCleanUp(async () => {
    if (worker.exitCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
  });
  await owner.query('UPDATE sessions SET last_seen_at = now() WHERE revoked_at IS NULL');
  // Let the worker's first catch-up of every clinic (the time since the rebuild) finish first.
  const workerStarted = new Date();
  for (let waited = 0; waited < 120_000; waited += 1000) {
    const { rows: w } = await owner.query<{ behind: number }>(
      'SELECT count(*)::int AS behind FROM rollup_watermarks WHERE applied_until < $1',
      [workerStarted],
    );
    if (w[0].behind === 0) break;
    await sleep(1000);
  }

  // 2. Reports: API vs the same statements through pg vs the raw aggregation.
  const appPool = new (pg().Pool)({
    connectionString: dataSource().appDatabaseUrl(database.url),
    max: 2,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 60_000,
    application_name: 'interlude-bench-direct',
  });
  onCleanUp(() => appPool.end());
  const headers = { authorization: `Bearer ${seeded.managerToken}` };
  const base = `${api.url}/api/v1/clinics/${seeded.clinicId}`;
  const variants = [
    {
      name: 'engagement, groupBy=week',
      path: '/reports/engagement?groupBy=week',
      raw: ['total', 'week'] as const,
    },
    {
      name: 'engagement, groupBy=clinician',
      path: '/reports/engagement?groupBy=clinician',
      raw: ['total', 'clinician', 'week'] as const,
    },
    {
      name: 'outcomes (PHQ-9), groupBy=engagement',
      path: '/reports/outcomes?groupBy=engagement&measure=phq9',
      raw: [],
    },
  ];
  const rows: string[][] = [];
  const ratios: Array<{ name: string; p50: number; p99: number; raw50: number }> = [];
  for (const variant of variants) {
    const get = async () => {
      const response = await fetch(`${base}${variant.path}`, { headers });
      const body = await response.text();
      if (response.status !== 200)
        throw new Error(`${variant.path} answered ${response.status} ${body.slice(0, 300)}`);
      return body;
    };
    const report = JSON.parse(await get()) as {
      from: string;
      to: string;
      asOf: string;
      totals: Record<string, { value: number | null }>;
      groups: unknown[];
    };
    await api.startSqlTrace();
    await get();
    const txs = requestTransactions(await api.stopSqlTrace());
    const statements = txs.reduce((n, tx) => n + tx.length, 0);
    const direct = replayable(txs, { tokenHash: seeded.managerTokenHash });
    const reportTx = txs.find((tx) => tx.some((s) => /_rollup\b/.test(s.text))) ?? [];
    const prologue = reportTx
      .filter((s) => /^SET LOCAL ROLE|set_config\('app\.clinic_id'/i.test(s.text))
      .map((s) => s.text);
    // The report's own transaction alone (no session, MFA and access checks): what raw is compared with.
    const reportOnly = replayable([reportTx], { tokenHash: seeded.managerTokenHash });
    const asOf = new Date(report.asOf);
    const activeFrom = (grouped: string) =>
      grouped === 'week' ? report.from : maxDate(report.from, addDays(report.to, -6));
    const rawOnce = async (): Promise<Array<Record<string, unknown>>> => {
      const client = await appPool.connect();
      try {
        await client.query('START TRANSACTION');
        for (const text of prologue) await client.query(text, /\$1/.test(text) ? [seeded.clinicId] : []);
        let result: Array<Record<string, unknown>> = [];
        if (variant.raw.length === 0) {
          result = (
            await client.query(RAW_OUTCOMES_SQL, [seeded.clinicId, report.from, report.to, asOf, 'phq9'])
          ).rows;
        } else {
          for (const dim of variant.raw) {
            const { rows: r } = await client.query(rawEngagementSql(dim), [
              seeded.clinicId,
              report.from,
              report.to,
              asOf,
              activeFrom(dim),
            ]);
            if (dim === 'total') result = r;
          }
        }
        await client.query('COMMIT');
        return result;
      } finally {
        client.release();
      }
    };
    // The raw aggregation must give the report's numbers (totals; cells the API suppressed are skipped).
    const raw = await rawOnce();
    const check =
      variant.raw.length === 0
        ? compare(report.totals, {
            clients: raw.reduce((n, r) => n + Number(r.clients), 0),
            scores: raw.reduce((n, r) => n + Number(r.scores), 0),
          })
        : compare(report.totals, {
            due: Number(raw[0]?.due),
            submitted: Number(raw[0]?.submitted),
            onTime: Number(raw[0]?.on_time),
            declined: Number(raw[0]?.declined),
            missed: Number(raw[0]?.missed),
            clients: Number(raw[0]?.clients),
            activeClients: Number(raw[0]?.active),
          });
    log(
      `${variant.name}: ${report.groups.length} groups, ${statements} statements in ${txs.length} transactions per ` +
        `request; raw aggregation vs report totals: ${check}`,
    );
    if (process.env.BENCH_REPORTS_SHOW_SQL) {
      for (const tx of txs)
        for (const s of tx) log(`    ${s.text.slice(0, 160)}  [${s.values.join('; ').slice(0, 160)}]`);
    }

    const [apiLat, directLat, rollupLat] = await interleaved(3, requests, [
      { label: 'API', once: async () => void (await get()) },
      { label: 'direct pg', once: () => replay(appPool, direct) },
      { label: 'direct pg, report transaction only', once: () => replay(appPool, reportOnly) },
    ]);
    const rawLat = await loop('raw aggregation', 1, rawRequests, async () => void (await rawOnce()));
    for (const l of [apiLat, directLat, rollupLat, rawLat]) {
      rows.push([
        `${variant.name} — ${l.label}`,
        fixed(l.sorted.length),
        fixed(percentile(l.sorted, 50), 2),
        fixed(percentile(l.sorted, 99), 2),
      ]);
    }
    ratios.push({
      name: variant.name,
      p50: percentile(apiLat.sorted, 50) / percentile(directLat.sorted, 50),
      p99: percentile(apiLat.sorted, 99) / percentile(directLat.sorted, 99),
      raw50: percentile(rawLat.sorted, 50) / percentile(rollupLat.sorted, 50),
    });
  }
  log();
  log(
    `Sequential requests (one at a time) as the manager of the largest clinic (${fixed(seeded.clinicClients)} clients), ` +
      'default period (last 12 weeks):',
  );
  log();
  log(markdownTable(['report — target', 'requests', 'p50 ms', 'p99 ms'], rows));
  log();
  log(
    markdownTable(
      ['report', 'API ÷ direct p50', 'API ÷ direct p99', 'raw ÷ rollup p50 (report transactions)'],
      ratios.map((r) => [r.name, `${fixed(r.p50, 2)}×`, `${fixed(r.p99, 2)}×`, `${fixed(r.raw50, 1)}×`]),
    ),
  );
  log();
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  for (const r of ratios) {
    log(
      `goals, ${r.name}: API p50 ≤ ${GOAL_P50}× direct — ${met(r.p50 <= GOAL_P50)}; API p99 ≤ ${GOAL_P99}× direct — ` +
        `${met(r.p99 <= GOAL_P99)}; rollups ≥ ${GOAL_RAW}× faster than raw — ${met(r.raw50 >= GOAL_RAW)}`,
    );
  }
  log();

  // 3. Rollup lag under a stream of portal submissions.
  await streamSubmissions(api.url, owner, seeded.portal);
}

async function streamSubmissions(
  apiUrl: string,
  owner: PgClient,
  portal: Array<{ clinicId: string; clientId: string; token: string }>,
): Promise<void> {
  const total = Math.round(streamRate * streamSeconds);
  const tokens = new Map(portal.map((p) => [p.clientId, p]));
  const { rows: targets } = await owner.query<{ id: string; client_id: string }>(
    `SELECT o.id, o.client_id FROM occurrences o
       JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
       JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
      WHERE o.client_id = ANY($1::uuid[]) AND o.status = 'pending' AND t.starter_key = 'thought-record'
        AND o.due_at > now() - interval '6 days'
      ORDER BY o.due_at, o.id LIMIT $2`,
    [[...tokens.keys()], total],
  );
  if (targets.length < total)
    log(`(only ${targets.length} open thought records for the stream; sending those)`);
  const answers = {
    situation: 'Waiting for the bus after work.',
    automaticThought: 'I will be late and everyone will notice.',
    emotion: 'Worried',
    emotionIntensity: 70,
    evidenceFor: 'The bus was late last week.',
    evidenceAgainst: 'Nobody said anything last time.',
    balancedThought: 'Being a few minutes late happens to everyone.',
    emotionAfter: 40,
  };
  const answered = new Map<string, number>();
  const seen = new Map<string, number>();
  const submitMs: number[] = [];
  let failures = 0;
  let firstFailure = '';
  let stop = false;
  let lastAnswer = now();
  const poller = (async () => {
    while (!stop || [...answered.keys()].some((id) => !seen.has(id))) {
      const waiting = [...answered.keys()].filter((id) => !seen.has(id));
      if (waiting.length > 0) {
        const { rows } = await owner.query<{ occurrence_id: string }>(
          `SELECT occurrence_id FROM rollup_occurrence_state
            WHERE occurrence_id = ANY($1::uuid[]) AND submit_day IS NOT NULL`,
          [waiting],
        );
        const at = now();
        for (const r of rows) seen.set(r.occurrence_id, at);
      }
      await sleep(20);
      if (stop && now() - lastAnswer > 120_000) break;
    }
  })();
  const start = now();
  const inFlight: Array<Promise<void>> = [];
  let active = 0;
  for (const [i, target] of targets.entries()) {
    const due = start + (i * 1000) / streamRate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    while (active >= streamConcurrency) await sleep(2);
    const session = tokens.get(target.client_id);
    if (!session) continue;
    active += 1;
    inFlight.push(
      (async () => {
        const t0 = now();
        const response = await fetch(
          `${apiUrl}/api/v1/clinics/${session.clinicId}/occurrences/${target.id}/submissions`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${session.token}`,
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify({ answers, talkNextSession: false }),
          },
        );
        const body = await response.text();
        const t1 = now();
        active -= 1;
        if (response.status === 201) {
          answered.set(target.id, t1);
          submitMs.push(t1 - t0);
          lastAnswer = t1;
        } else {
          failures += 1;
          firstFailure ||= `${response.status} ${body.slice(0, 200)}`;
        }
      })(),
    );
  }
  await Promise.all(inFlight);
  const sentSeconds = (now() - start) / 1000;
  stop = true;
  await poller;
  const lags = Float64Array.from(
    [...answered.entries()].filter(([id]) => seen.has(id)).map(([id, t]) => (seen.get(id) as number) - t),
  ).sort();
  const submits = Float64Array.from(submitMs).sort();
  log(
    `rollup lag: ${answered.size} submissions through POST …/occurrences/{id}/submissions by ${
      new Set(targets.map((t) => t.client_id)).size
    } portal clients at ${fixed(streamRate)}/s target, at most ${streamConcurrency} in flight (${fixed(answered.size / sentSeconds, 1)}/s achieved ` +
      `over ${fixed(sentSeconds, 1)} s), ${failures} failed${firstFailure ? ` (first: ${firstFailure})` : ''}; ` +
      `${lags.length} seen in the rollups, ${answered.size - lags.length} not within 120 s`,
  );
  log();
  log(
    markdownTable(
      ['measure', 'p50 ms', 'p99 ms', 'max ms'],
      [
        [
          'submit request (201)',
          fixed(percentile(submits, 50), 1),
          fixed(percentile(submits, 99), 1),
          fixed(submits[submits.length - 1] ?? Number.NaN, 1),
        ],
        [
          'lag: 201 → rollup reflects it',
          fixed(percentile(lags, 50), 1),
          fixed(percentile(lags, 99), 1),
          fixed(lags[lags.length - 1] ?? Number.NaN, 1),
        ],
      ],
    ),
  );
}

function compare(totals: Record<string, { value: number | null }>, expected: Record<string, number>): string {
  const differences: string[] = [];
  let checked = 0;
  for (const [key, value] of Object.entries(expected)) {
    const actual = totals[key]?.value;
    if (actual === null || actual === undefined) continue;
    checked += 1;
    if (actual !== value) differences.push(`${key} report ${actual} vs raw ${value}`);
  }
  return differences.length === 0
    ? `the same (${checked} totals compared)`
    : `DIFFERENT: ${differences.join(', ')}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const maxDate = (a: string, b: string) => (a > b ? a : b);

main()
  .catch((error: Error) => {
    process.stderr.write(`reports bench failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
