import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { config, dataSource, type PgClient, pg } from './support/api-dist';
import { type DataSettings, type PortalClient, seedHomework } from './support/assignments-data';
import { type ChildServer, startChildServer } from './support/child-server';
import { createBenchDatabase } from './support/database';
import { type LoadSettings, measure, type RequestPlan, type Sample, warmUp } from './support/load';
import { PostgresMonitor } from './support/postgres-monitor';
import { deleteQueueKeys } from './support/queue-keys';
import { fixed, log, markdownTable, percent, type Summary, summarise, table } from './support/report';
import { childEnv, cleanUp, cleanUpOnSignals, numberFromEnv, onCleanUp, sourceVersion } from './support/run';
import { type Transaction, transactions } from './support/sql-trace';

/**
 * The portal's "today" list, `GET /api/v1/clinics/:clinicId/me/assignments?when=today`, for signed-in
 * clients of a realistically filled database, against raw Fastify + node-postgres running the same SQL
 * statements in the same transactions (support/raw-assignments-server.ts). The difference is what the
 * API's request path costs on a route that does real database work. Before measuring, the bench checks
 * that both answer the same for every session and that they send PostgreSQL the same statements.
 */

const GOAL_THROUGHPUT = 0.6;
const GOAL_P99 = 1.5;

const settings: LoadSettings = {
  connections: Math.round(numberFromEnv('BENCH_CONNECTIONS', 50, 1)),
  durationSeconds: numberFromEnv('BENCH_DURATION', 10, 1),
  warmupSeconds: numberFromEnv('BENCH_WARMUP', 3, 0),
  pipelining: 1,
};
/** Rounds alternate the order (API, raw / raw, API / …) so drift on a shared machine hits both. */
const rounds = Math.round(numberFromEnv('BENCH_ROUNDS', 3, 1));
const data: DataSettings = {
  clinics: Math.round(numberFromEnv('BENCH_CLINICS', 20, 1)),
  cliniciansPerClinic: Math.round(numberFromEnv('BENCH_CLINICIANS_PER_CLINIC', 5, 1)),
  clientsPerClinic: Math.round(numberFromEnv('BENCH_CLIENTS_PER_CLINIC', 300, 1)),
  sessions: Math.round(numberFromEnv('BENCH_SESSIONS', 200, 1)),
};
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The API's log level: `warn` by default (no line per successful request); `info` is production's default. */
const apiLogLevel = process.env.BENCH_API_LOG_LEVEL ?? 'warn';

cleanUpOnSignals();

interface Target {
  label: string;
  server: ChildServer;
  /** `application_name` of its database connections. */
  applicationName: string;
  url: string;
  samples: Sample[];
  /** PostgreSQL backend CPU per sample, in microseconds (NaN when PostgreSQL is not local). */
  postgresMicros: number[];
}

const listPath = (client: PortalClient) => `/api/v1/clinics/${client.clinicId}/me/assignments?when=today`;
const bearer = (client: PortalClient) => ({ authorization: `Bearer ${client.token}` });

interface Item {
  occurrenceId: string;
}

async function list(baseUrl: string, client: PortalClient): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}${listPath(client)}`, { headers: bearer(client) });
  return { status: response.status, body: await response.text() };
}

/** Both servers answer 200 with the same items for every session; returns the list lengths. */
async function expectSameAnswers(
  api: ChildServer,
  raw: ChildServer,
  clients: PortalClient[],
): Promise<number[]> {
  const lengths: number[] = [];
  for (const client of clients) {
    let [a, b] = await Promise.all([list(api.url, client), list(raw.url, client)]);
    // An item can turn overdue between the two requests; ask once more before calling it a difference.
    if (a.body !== b.body) [a, b] = await Promise.all([list(api.url, client), list(raw.url, client)]);
    if (a.status !== 200 || b.status !== 200) {
      throw new Error(
        `client ${client.clientId}: API answered ${a.status} ${a.body.slice(0, 200)}, raw ${b.status} ${b.body.slice(0, 200)}`,
      );
    }
    if (a.body !== b.body) {
      throw new Error(`client ${client.clientId}: the answers differ\nAPI: ${a.body}\nraw: ${b.body}`);
    }
    lengths.push((JSON.parse(a.body) as { items: Item[] }).items.length);
  }
  return lengths;
}

/** The transactions one request makes, traced in the server (the API's outbox relay polling left out). */
async function traceOneRequest(server: ChildServer, client: PortalClient): Promise<Transaction[]> {
  await server.startSqlTrace();
  const answer = await list(server.url, client);
  const statements = await server.stopSqlTrace();
  if (answer.status !== 200) throw new Error(`${server.name} answered ${answer.status} while traced`);
  return transactions(statements, (tx) => tx.some((s) => /\binterlude_relay\b/.test(s.text)));
}

const describeTransactions = (txs: Transaction[]) =>
  txs
    .map((tx, i) =>
      [`  transaction ${i + 1}:`, ...tx.map((s) => `    ${s.text}  [${s.values.join('; ')}]`)].join('\n'),
    )
    .join('\n');

/** Fails unless both send the same statements, in the same transactions, with parameters of the same types. */
async function expectSameStatements(
  api: ChildServer,
  raw: ChildServer,
  client: PortalClient,
): Promise<Transaction[]> {
  const [fromApi, fromRaw] = [await traceOneRequest(api, client), await traceOneRequest(raw, client)];
  if (JSON.stringify(fromApi) !== JSON.stringify(fromRaw)) {
    throw new Error(
      'The raw server no longer runs what the API runs for this request; update support/raw-assignments-server.ts.\n' +
        `API:\n${describeTransactions(fromApi)}\nraw:\n${describeTransactions(fromRaw)}`,
    );
  }
  return fromApi;
}

const isLocal = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

async function main(): Promise<void> {
  log(
    `my-assignments bench: ${settings.connections} connections, pipelining ${settings.pipelining}, ` +
      `${settings.durationSeconds} s measured after ${settings.warmupSeconds} s warm-up each time, ${rounds} round(s); ` +
      `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}; source ${sourceVersion()}`,
  );

  const database = await createBenchDatabase(serverUrl);
  onCleanUp(() => database.drop());
  log(`database ${database.name} created and migrated`);

  const suffix = database.name.slice('interlude_bench_'.length).replace(/_/g, '-');
  const queuePrefix = `bench-${suffix}`;
  onCleanUp(() => deleteQueueKeys(redisUrl, queuePrefix).then(() => undefined));
  const apiEnv = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    MIGRATE_ON_START: 'false',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    APP_URL: 'http://localhost',
    LOG_LEVEL: apiLogLevel,
    ...(process.env.BENCH_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE } : {}),
  };
  // The pool size the API will use (its default unless BENCH_POOL_SIZE), so the raw pool matches it.
  const poolSize = (config().loadConfig(apiEnv) as { DATABASE_POOL_SIZE: number }).DATABASE_POOL_SIZE;
  const verbose = ['info', 'debug', 'trace'].includes(apiLogLevel);
  const api = await startChildServer(
    'Nest API',
    join(__dirname, 'support/api-server.ts'),
    childEnv({ BENCH_API_ENV: JSON.stringify(apiEnv) }),
    verbose ? 'ignore' : 'inherit',
  );
  onCleanUp(() => api.stop());

  log(
    `seeding: ${data.clinics} clinics (signed up through the API) × ${data.cliniciansPerClinic} clinicians and ` +
      `${data.clientsPerClinic} portal clients, ${data.sessions} signed in`,
  );
  const seeded = await seedHomework(database.url, api.url, data, suffix.replace(/[^a-z0-9]/g, ''));
  const c = seeded.counts;
  log(
    `seeded in ${fixed(seeded.seconds.signup, 1)} s (signups) + ${fixed(seeded.seconds.rows, 1)} s (rows) + ` +
      `${fixed(seeded.seconds.vacuum, 1)} s (vacuum, analyse, checkpoint): ${fixed(c.clinics)} clinics, ` +
      `${fixed(c.templates)} templates, ${fixed(c.memberships)} memberships, ${fixed(c.clients)} clients, ` +
      `${fixed(c.assignments)} assignments, ${fixed(c.occurrences)} occurrences, ${fixed(c.submissions)} submissions, ` +
      `${fixed(c.feedback)} feedback, ${fixed(c.declines)} declines, ${fixed(c.sessions)} sessions; ` +
      `database ${fixed(c.bytes / 2 ** 20)} MiB`,
  );

  const appUrl = dataSource().appDatabaseUrl(database.url);
  const raw = await startChildServer(
    'raw Fastify + pg',
    join(__dirname, 'support/raw-assignments-server.ts'),
    childEnv({ BENCH_RAW_ENV: JSON.stringify({ DATABASE_APP_URL: appUrl, POOL_SIZE: String(poolSize) }) }),
  );
  onCleanUp(() => raw.stop());
  log(
    `servers: Nest API pid ${api.pid} at ${api.url} (LOG_LEVEL=${apiLogLevel}, pool ${poolSize}); ` +
      `raw Fastify + pg pid ${raw.pid} at ${raw.url} (pool ${poolSize})`,
  );

  const lengths = await expectSameAnswers(api, raw, seeded.clients);
  const sorted = [...lengths].sort((a, b) => a - b);
  log(
    `check: both servers answer the same for all ${lengths.length} sessions; items per list ` +
      `min ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}, ` +
      `total ${lengths.reduce((a, b) => a + b, 0)}`,
  );
  const txs = await expectSameStatements(api, raw, seeded.clients[0]);
  log(
    `check: both send the same ${txs.reduce((n, tx) => n + tx.length, 0)} statements in ${txs.length} transactions ` +
      'per request (text, parameter types, which ids go where):',
  );
  log(describeTransactions(txs));

  const monitor: PgClient = new (pg().Client)({
    connectionString: database.url,
    application_name: 'interlude-bench-monitor',
  });
  await monitor.connect();
  onCleanUp(() => monitor.end());
  const postgres = new PostgresMonitor(monitor, database.name, isLocal(database.url));

  // Request k uses session k mod N: concurrent requests are from different clients, as in real use.
  const shapes = seeded.clients.map((client) => ({ path: listPath(client), headers: bearer(client) }));
  const plan: RequestPlan = (k) => shapes[k % shapes.length];
  const firstPath = listPath(seeded.clients[0]);
  const nest: Target = {
    label: 'Nest API',
    server: api,
    applicationName: 'interlude-api',
    url: `${api.url}${firstPath}`,
    samples: [],
    postgresMicros: [],
  };
  const baseline: Target = {
    label: 'raw Fastify + pg',
    server: raw,
    applicationName: 'interlude-bench-raw',
    url: `${raw.url}${firstPath}`,
    samples: [],
    postgresMicros: [],
  };
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? [nest, baseline] : [baseline, nest];
    for (const target of order) {
      // Warm up before every run, not once: while the other server is measured, this one's pool
      // connections pass their idle timeout (10 s) and close, and new backends start with cold caches.
      await warmUp(target.url, settings, plan);
      await postgres.waitForIdle(target.applicationName);
      const before = await postgres.snapshot(target.applicationName);
      const sample = await measure(target.server, target.url, settings, plan);
      const after = await postgres.snapshot(target.applicationName);
      await postgres.waitForIdle(target.applicationName);
      target.samples.push(sample);
      target.postgresMicros.push(postgres.local ? PostgresMonitor.between(before, after) : Number.NaN);
      log(
        `round ${round}/${rounds}: ${target.label} ${fixed(sample.requestsPerSecond)} req/s, ` +
          `${sample.errors} errors, ${sample.non2xx} non-2xx`,
      );
    }
  }

  const [n, b] = [summarise(nest.label, nest.samples), summarise(baseline.label, baseline.samples)];
  const pgPerRequest = (target: Target, summary: Summary) =>
    target.postgresMicros.reduce((sum, micros) => sum + micros, 0) / summary.requests;
  const throughputRatio = n.requestsPerSecond / b.requestsPerSecond;
  const p99Ratio = n.p99Ms / b.p99Ms;
  log();
  log(table([n, b], rounds > 1 ? 'req/s (median)' : 'req/s (avg)'));
  log();
  const perRound = (target: Target, summary: Summary) => [
    target.label,
    ...target.samples.map((s) => fixed(s.requestsPerSecond)),
    fixed(pgPerRequest(target, summary), 1),
  ];
  log(
    markdownTable(
      ['target', ...nest.samples.map((_, i) => `round ${i + 1} req/s`), 'PostgreSQL CPU µs/req'],
      [perRound(nest, n), perRound(baseline, b)],
    ),
  );
  log();
  log(
    `Nest/raw: req/s ${percent(throughputRatio)}, p50 ${fixed(n.p50Ms / b.p50Ms, 2)}×, p99 ${fixed(p99Ratio, 2)}×, ` +
      `server CPU per request ${fixed(n.cpuMicrosPerRequest / b.cpuMicrosPerRequest, 2)}×`,
  );
  log(
    `goal: Nest ≥ ${GOAL_THROUGHPUT * 100} % of raw req/s — ${throughputRatio >= GOAL_THROUGHPUT ? 'met' : 'NOT met'} ` +
      `(${percent(throughputRatio)}); p99 ≤ ${GOAL_P99}× raw — ${p99Ratio <= GOAL_P99 ? 'met' : 'NOT met'} ` +
      `(${fixed(p99Ratio, 2)}×)`,
  );
}

main()
  .catch((error: Error) => {
    process.stderr.write(`my-assignments bench failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
