import type { Browser } from 'playwright-core';
import { cleanEnv, type RunningProduct, runProduct } from './child-product';
import { launchChromium } from './chromium';
import { freePort } from './free-port';
import { assertBuilt, built } from './paths';
import { createDatabase, type TestDatabase } from './services';

/** The built demo and a Chromium to drive it, started side by side. */
export interface DemoInChromium {
  database: TestDatabase;
  demo: RunningProduct;
  browser: Browser;
  baseUrl: string;
  /** Closes the browser, stops the demo and drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts the demo as `pnpm demo` does with DATABASE_URL set — a fresh PostgreSQL database, no Redis
 * (jobs in-process), no mail server (email stays in the demo mailbox), no public URL, the built
 * apps — and Chromium at the same time. If either fails, whatever did start is stopped again.
 */
export async function startDemoInChromium(): Promise<DemoInChromium> {
  assertBuilt();
  const database = await createDatabase();
  try {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const env = {
      ...cleanEnv([
        'DATABASE_APP_URL',
        'REDIS_URL',
        'QUEUE_PREFIX',
        'SMTP_URL',
        'APP_URL',
        'INTERLUDE_DEMO',
        'WEB_DIST',
        'PORTAL_DIST',
        'NODE_ENV',
        'DEMO_DATA_DIR',
        'DEMO_PGLITE_PORT',
      ]),
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    const [started, launched] = await Promise.allSettled([
      runProduct(built.demo, env, port),
      launchChromium(),
    ]);
    if (started.status === 'rejected' || launched.status === 'rejected') {
      if (started.status === 'fulfilled') await started.value.stop('SIGINT');
      if (launched.status === 'fulfilled') await launched.value.close();
      throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
    }
    const demo = started.value;
    const browser = launched.value;
    console.info(`Demo ready after ${demo.readyAfterMs} ms (fresh PostgreSQL database, no Redis).`);
    return {
      database,
      demo,
      browser,
      baseUrl,
      stop: async () => {
        try {
          await browser.close();
          await demo.stop('SIGINT');
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
