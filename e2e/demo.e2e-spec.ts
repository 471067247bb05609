import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { cleanEnv, type RunningProduct, runProduct } from './support/child-product';
import { launchChromium } from './support/chromium';
import { freePort } from './support/free-port';
import { visible } from './support/page-checks';
import { assertBuilt, built } from './support/paths';

const DEMO_CLINIC = 'Riverside Counseling';

/**
 * `pnpm demo` on a machine with nothing set up: no DATABASE_URL or REDIS_URL, so the product starts
 * its embedded PostgreSQL (PGlite, served over the PostgreSQL protocol) and runs jobs in-process.
 */
describe('embedded demo (node apps/api/dist/demo.js, no DATABASE_URL / REDIS_URL)', () => {
  let dataDir: string;
  let port: number;
  let pglitePort: number;
  let demo: RunningProduct | undefined;
  let browser: Browser | undefined;

  const start = () =>
    runProduct(
      built.demo,
      {
        // As a person would run it: none of the settings that would switch the embedded parts off.
        ...cleanEnv([
          'DATABASE_URL',
          'DATABASE_APP_URL',
          'REDIS_URL',
          'QUEUE_PREFIX',
          'INTERLUDE_DEMO',
          'APP_URL',
          'WEB_DIST',
          'PORTAL_DIST',
          'NODE_ENV',
        ]),
        DEMO_DATA_DIR: dataDir,
        DEMO_PGLITE_PORT: String(pglitePort),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      port,
    );

  /** Asks the embedded PostgreSQL directly, as its superuser (which RLS does not filter). */
  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${pglitePort}/postgres` });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const seeded = async () => ({
    clinics: Number(
      (await query<{ n: string }>('SELECT count(*) AS n FROM clinics WHERE name = $1', [DEMO_CLINIC]))[0].n,
    ),
    seedRuns: (await query<{ name: string }>('SELECT name FROM seed_runs ORDER BY name')).map((r) => r.name),
  });

  async function get(path: string, accept = '*/*') {
    if (!demo) throw new Error('The demo is not running');
    return fetch(`${demo.baseUrl}${path}`, { headers: { accept }, signal: AbortSignal.timeout(10_000) });
  }

  beforeAll(async () => {
    assertBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'interlude-e2e-demo-'));
    [port, pglitePort] = await Promise.all([freePort(), freePort()]);
  });

  afterAll(async () => {
    await browser?.close();
    try {
      await demo?.stop('SIGINT');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('starts from an empty data directory and serves both apps and the API in demo mode', async () => {
    demo = await start(); // alone, so the time to ready is not shared with Chromium's start
    console.info(`Demo ready after ${demo.readyAfterMs} ms on first start (empty data directory).`);

    for (const path of ['/', '/portal/']) {
      const page = await get(path, 'text/html');
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
    }

    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await get('/api/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      mode: 'demo',
      checks: { database: 'up', queue: 'up' },
    });

    const openapi = await get('/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(await openapi.json()).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) });

    expect(await seeded()).toEqual({ clinics: 1, seedRuns: ['demo-v1'] });

    // And a person opening it sees it working, in demo mode.
    browser = await launchChromium();
    const context = await browser.newContext({ baseURL: demo.baseUrl, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/status');
    await visible(page.getByRole('status').filter({ hasText: 'All systems working' }));
    await visible(page.getByText('Demo mode', { exact: true }));
    await context.close();
  });

  it('stops on Ctrl-C (SIGINT) with exit code 0 within 15 s', async () => {
    if (!demo) throw new Error('The demo did not start');
    const exit = await demo.stop('SIGINT');
    demo = undefined;
    console.info(`Demo stopped ${exit.ms} ms after SIGINT.`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(15_000);
  });

  it('starts again on the same data directory, keeping the data and seeding only once', async () => {
    demo = await start();
    console.info(`Demo ready after ${demo.readyAfterMs} ms on restart (existing data directory).`);

    const ready = await get('/api/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', mode: 'demo' });
    expect(await seeded()).toEqual({ clinics: 1, seedRuns: ['demo-v1'] });

    const exit = await demo.stop('SIGINT');
    demo = undefined;
    expect(exit).toMatchObject({ code: 0, signal: null });
  });
});
