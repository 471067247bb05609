import type { Browser } from 'playwright-core';
import {
  cleanEnv,
  type Exit,
  type RunningProduct,
  type RunningWorker,
  runProduct,
  runWorker,
} from './child-product';
import { launchChromium } from './chromium';
import { freePort } from './free-port';
import { assertBuilt, built } from './paths';
import { createDatabase, deleteQueueKeys, redisUrl, uniqueName } from './services';

export interface ProductOptions {
  /** Where the product sends email; by default a port nothing listens on (nothing is mailed). */
  smtpUrl?: string;
  /** Also run the worker (`apps/api/dist/worker.js`) with the same settings, as in production. */
  worker?: boolean;
}

export interface Product {
  baseUrl: string;
  readyAfterMs: number;
  /** The test database, dropped by `stop()`. */
  databaseName: string;
  /** Resolves with the worker's last output if it exits before `stop()`; never without a worker. */
  workerExited: Promise<string>;
  /** The last output of the API (and the worker), for failure messages. */
  output(): string;
  /**
   * Stops the worker and the API (SIGTERM, both at once), then drops the database and the queue keys.
   * Resolves with how each process exited; throws if one had to be killed. A second call answers the same.
   */
  stop(): Promise<{ api: Exit; worker?: Exit }>;
}

/**
 * The whole product as it is deployed (standard mode): the built API serving both built apps, as a
 * child process on a free port, against a fresh PostgreSQL database (migrated at start) and its own
 * queue prefix in the shared Redis; with `worker`, the built worker beside it on the same settings.
 *
 * It runs `apps/api/dist/main.js` with WEB_DIST / PORTAL_DIST: `demo.js` always runs in demo mode
 * (with INTERLUDE_DEMO=false it fails to start, asking for the DemoSeeder that only demo mode has).
 */
export async function startProduct(options: ProductOptions = {}): Promise<Product> {
  assertBuilt();
  const database = await createDatabase();
  const queuePrefix = uniqueName('e2e');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(['INTERLUDE_DEMO', 'DATABASE_APP_URL', 'DEMO_DATA_DIR', 'DEMO_PGLITE_PORT']),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    MIGRATE_ON_START: 'true',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    // Required outside demo mode; without a sink nothing listens there.
    SMTP_URL: options.smtpUrl ?? 'smtp://127.0.0.1:2525',
    LOG_LEVEL: 'warn',
    WEB_DIST: built.webDist,
    PORTAL_DIST: built.portalDist,
  };
  const cleanUp = async () => {
    try {
      await database.drop();
    } finally {
      await deleteQueueKeys(queuePrefix);
    }
  };

  let api: RunningProduct;
  let worker: RunningWorker | undefined;
  try {
    api = await runProduct(built.main, env, port);
    // After the API is ready, so the database is migrated before the worker reads it.
    if (options.worker) worker = runWorker(built.worker, { ...env, MIGRATE_ON_START: 'false' });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let stopped: Promise<{ api: Exit; worker?: Exit }> | undefined;
  const stopAll = async () => {
    const [workerExit, apiExit] = await Promise.allSettled([worker?.stop('SIGTERM'), api.stop('SIGTERM')]);
    await cleanUp();
    if (workerExit.status === 'rejected') throw workerExit.reason;
    if (apiExit.status === 'rejected') throw apiExit.reason;
    return { api: apiExit.value, worker: workerExit.value };
  };
  return {
    baseUrl: api.baseUrl,
    readyAfterMs: api.readyAfterMs,
    databaseName: database.name,
    workerExited: worker?.exited ?? new Promise<string>(() => undefined),
    output: () => `=== API ===\n${api.output()}${worker ? `\n=== worker ===\n${worker.output()}` : ''}`,
    stop: () => {
      stopped ??= stopAll();
      return stopped;
    },
  };
}

/**
 * The product and Chromium, started side by side (one of each per test file). If either fails, the
 * other is stopped before the failure is thrown, so nothing is left running.
 */
export async function startProductAndBrowser(
  options: ProductOptions = {},
): Promise<{ product: Product; browser: Browser }> {
  const [product, browser] = await Promise.allSettled([startProduct(options), launchChromium()]);
  if (product.status === 'fulfilled' && browser.status === 'fulfilled') {
    return { product: product.value, browser: browser.value };
  }
  if (browser.status === 'fulfilled') await browser.value.close();
  if (product.status === 'fulfilled') await product.value.stop();
  throw product.status === 'rejected' ? product.reason : (browser as PromiseRejectedResult).reason;
}
