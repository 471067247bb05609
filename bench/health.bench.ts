import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from './support/child-server';
import { createBenchDatabase } from './support/database';
import { expectHealthy, type LoadSettings, measure, type Sample, warmUp } from './support/load';
import { deleteQueueKeys } from './support/queue-keys';
import { fixed, log, percent, summarise, table } from './support/report';
import { childEnv, cleanUp, cleanUpOnSignals, numberFromEnv, onCleanUp, sourceVersion } from './support/run';

/**
 * API liveness route vs a raw Fastify hello-world: what the whole request path of the real API
 * (Fastify hooks and plugins, Nest middleware, guards, interceptors, pipes, request logging) costs on
 * the cheapest request there is. Each server runs in its own process; the load comes from this
 * process, one target at a time.
 */

const GOAL_RATIO = 0.65;

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

cleanUpOnSignals();

interface Target {
  label: string;
  server: ChildServer;
  url: string;
  samples: Sample[];
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
  onCleanUp(() => database.drop());
  log(`database ${database.name} created and migrated`);

  const queuePrefix = `bench-${database.name.slice('interlude_bench_'.length).replace(/_/g, '-')}`;
  onCleanUp(() => deleteQueueKeys(redisUrl, queuePrefix).then(() => undefined));
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
  onCleanUp(() => api.stop());
  const raw = await startChildServer(
    'raw Fastify',
    join(__dirname, 'support/raw-fastify-server.ts'),
    childEnv(),
  );
  onCleanUp(() => raw.stop());
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

  const [n, b] = [summarise(nest.label, nest.samples), summarise(baseline.label, baseline.samples)];
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
