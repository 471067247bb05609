import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from './support/child-server';
import { createBenchDatabase } from './support/database';
import { expectHealthy, type LoadSettings, measure, percentile, type Sample, warmUp } from './support/load';
import { deleteQueueKeys } from './support/queue-keys';

/**
 * API liveness route vs a raw Fastify hello-world: what the whole request path of the real API
 * (Fastify hooks and plugins, Nest middleware, guards, interceptors, pipes, request logging) costs on
 * the cheapest request there is. Each server runs in its own process; the load comes from this
 * process, one target at a time.
 */

const GOAL_RATIO = 0.65;

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

const settings: LoadSettings = {
  connections: Math.round(numberFromEnv('BENCH_CONNECTIONS', 50, 1)),
  durationSeconds: numberFromEnv('BENCH_DURATION', 10, 1),
  warmupSeconds: numberFromEnv('BENCH_WARMUP', 3, 0),
  pipelining: 1,
};
/** More than one round alternates the order (API, raw / raw, API) so drift on a shared machine hits both. */
const rounds = Math.round(numberFromEnv('BENCH_ROUNDS', 1, 1));
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Both servers get the same minimal process environment, in production mode. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...extra };
}

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | undefined;

/** Stops the servers and drops the database, newest first; safe to call twice (error and signal). */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      await step().catch((error: Error) => process.stderr.write(`cleanup: ${error.message}\n`));
    }
  })();
  return cleaning;
}

// `on`, not `once`: on Ctrl-C the tsx CLI relays the SIGINT this process already got from the
// terminal, and a second one must not kill it before the database is dropped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (cleaning) return;
    process.stderr.write(`\n${signal}: cleaning up\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Which code was measured: the commit, and whether the working tree had changes on top of it. */
function sourceVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: __dirname, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    const dirty = git('status', '--porcelain', '--', '../apps/api', '../packages') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted API changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

const log = (text = '') => process.stdout.write(`${text}\n`);
const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (ratio: number) => `${fixed(ratio * 100, 1)} %`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Target {
  label: string;
  server: ChildServer;
  url: string;
  samples: Sample[];
}

interface Summary {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
  cpuMicrosPerRequest: number;
}

/** Across rounds: median req/s, latency percentiles over every response, summed counts. */
function summarise(target: Target): Summary {
  const latencies = new Float64Array(target.samples.reduce((n, s) => n + s.latenciesMs.length, 0));
  let offset = 0;
  for (const sample of target.samples) {
    latencies.set(sample.latenciesMs, offset);
    offset += sample.latenciesMs.length;
  }
  latencies.sort();
  const sum = (pick: (s: Sample) => number) => target.samples.reduce((n, s) => n + pick(s), 0);
  const requests = sum((s) => s.requests);
  return {
    label: target.label,
    requestsPerSecond: median(target.samples.map((s) => s.requestsPerSecond)),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors: sum((s) => s.errors),
    non2xx: sum((s) => s.non2xx),
    requests,
    cpuMicrosPerRequest: sum((s) => s.serverCpuMicros) / requests,
  };
}

function table(rows: Summary[]): string {
  const header = [
    'target',
    'req/s (avg)',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'requests',
    'server CPU µs/req',
  ];
  const body = rows.map((r) => [
    r.label,
    fixed(r.requestsPerSecond),
    fixed(r.p50Ms, 2),
    fixed(r.p99Ms, 2),
    String(r.errors),
    String(r.non2xx),
    fixed(r.requests),
    fixed(r.cpuMicrosPerRequest, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${i === 0 ? '-' : ':'}`).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  log(
    `health bench: ${settings.connections} connections, pipelining ${settings.pipelining}, ` +
      `${settings.durationSeconds} s measured after ${settings.warmupSeconds} s warm-up, ${rounds} round(s); ` +
      `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}; source ${sourceVersion()}`,
  );

  const database = await createBenchDatabase(serverUrl);
  cleanups.push(() => database.drop());
  log(`database ${database.name} created and migrated`);

  const queuePrefix = `bench-${database.name.slice('interlude_bench_'.length).replace(/_/g, '-')}`;
  cleanups.push(() => deleteQueueKeys(redisUrl, queuePrefix).then(() => undefined));
  const api = await startChildServer(
    'Nest API',
    join(__dirname, 'support/api-server.ts'),
    childEnv({
      BENCH_API_ENV: JSON.stringify({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        MIGRATE_ON_START: 'false',
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: queuePrefix,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        APP_URL: 'http://localhost',
        LOG_LEVEL: 'silent',
      }),
    }),
  );
  cleanups.push(() => api.stop());
  const raw = await startChildServer(
    'raw Fastify',
    join(__dirname, 'support/raw-fastify-server.ts'),
    childEnv(),
  );
  cleanups.push(() => raw.stop());
  log(`servers: Nest API pid ${api.pid} at ${api.url}; raw Fastify pid ${raw.pid} at ${raw.url}`);

  const nest: Target = {
    label: 'Nest API GET /api/health',
    server: api,
    url: `${api.url}/api/health`,
    samples: [],
  };
  const baseline: Target = {
    label: 'raw Fastify GET /health',
    server: raw,
    url: `${raw.url}/health`,
    samples: [],
  };
  for (const target of [nest, baseline]) {
    await expectHealthy(target.url);
    log(`warming up ${target.label}`);
    await warmUp(target.url, settings);
  }
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? [nest, baseline] : [baseline, nest];
    for (const target of order) {
      log(`round ${round}/${rounds}: measuring ${target.label}`);
      target.samples.push(await measure(target.server, target.url, settings));
    }
  }

  const [n, b] = [summarise(nest), summarise(baseline)];
  const throughputRatio = n.requestsPerSecond / b.requestsPerSecond;
  log();
  log(table([n, b]));
  log();
  log(
    `Nest/raw: req/s ${percent(throughputRatio)}, p99 ${fixed(n.p99Ms / b.p99Ms, 2)}×, ` +
      `server CPU per request ${fixed(n.cpuMicrosPerRequest / b.cpuMicrosPerRequest, 2)}×`,
  );
  log(
    `goal: Nest health ≥ ${GOAL_RATIO * 100} % of raw Fastify req/s — ` +
      `${throughputRatio >= GOAL_RATIO ? 'met' : 'NOT met'} (${percent(throughputRatio)})`,
  );
}

main()
  .catch((error: Error) => {
    process.stderr.write(`health bench failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
