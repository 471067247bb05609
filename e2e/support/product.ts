import type { Browser } from 'playwright-core';
import { cleanEnv, type RunningProduct, runProduct } from './child-product';
import { launchChromium } from './chromium';
import { freePort } from './free-port';
import { assertBuilt, built } from './paths';
import { createDatabase, deleteQueueKeys, redisUrl, uniqueName } from './services';

export interface Product {
  baseUrl: string;
  readyAfterMs: number;
  /** Stops the process (SIGTERM), then drops its database and its queue keys. */
  stop(): Promise<void>;
}

/**
 * The whole product as it is deployed (standard mode): the built API serving both built apps, as a
 * child process on a free port, against a fresh PostgreSQL database (migrated at start) and its own
 * queue prefix in the shared Redis.
 *
 * It runs `apps/api/dist/main.js` with WEB_DIST / PORTAL_DIST: `demo.js` always runs in demo mode
 * (with INTERLUDE_DEMO=false it fails to start, asking for the DemoSeeder that only demo mode has).
 */
export async function startProduct(): Promise<Product> {
  assertBuilt();
  const database = await createDatabase();
  const queuePrefix = uniqueName('e2e');
  const port = await freePort();
  let running: RunningProduct;
  try {
    running = await runProduct(
      built.main,
      {
        ...cleanEnv(['INTERLUDE_DEMO', 'DATABASE_APP_URL', 'DEMO_DATA_DIR', 'DEMO_PGLITE_PORT']),
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        APP_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: database.url,
        MIGRATE_ON_START: 'true',
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: queuePrefix,
        // Nothing is mailed yet; the setting is required outside demo mode.
        SMTP_URL: 'smtp://127.0.0.1:2525',
        LOG_LEVEL: 'warn',
        WEB_DIST: built.webDist,
        PORTAL_DIST: built.portalDist,
      },
      port,
    );
  } catch (error) {
    await database.drop();
    await deleteQueueKeys(queuePrefix);
    throw error;
  }
  return {
    baseUrl: running.baseUrl,
    readyAfterMs: running.readyAfterMs,
    stop: async () => {
      try {
        await running.stop('SIGTERM');
      } finally {
        await database.drop();
        await deleteQueueKeys(queuePrefix);
      }
    },
  };
}

/**
 * The product and Chromium, started side by side (one of each per test file). If either fails, the
 * other is stopped before the failure is thrown, so nothing is left running.
 */
export async function startProductAndBrowser(): Promise<{ product: Product; browser: Browser }> {
  const [product, browser] = await Promise.allSettled([startProduct(), launchChromium()]);
  if (product.status === 'fulfilled' && browser.status === 'fulfilled') {
    return { product: product.value, browser: browser.value };
  }
  if (browser.status === 'fulfilled') await browser.value.close();
  if (product.status === 'fulfilled') await product.value.stop();
  throw product.status === 'rejected' ? product.reason : (browser as PromiseRejectedResult).reason;
}
