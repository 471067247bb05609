import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createHttpApp } from './app.factory';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo/demo-accounts';
import { DEMO_PORTAL_CLIENTS, demoClientEmail } from './demo/demo-clients';
import { DemoSeeder } from './demo/demo-seeder';
import { loadConfigOrExit } from './platform/config/config';
import { runMigrations } from './platform/database/data-source';

const repoRoot = resolve(__dirname, '../../..');

/** PostgreSQL compiled to WASM, served over the PostgreSQL protocol and kept under .data/. */
async function startEmbeddedDatabase(): Promise<{ url: string; dataDir: string; stop: () => Promise<void> }> {
  const dataDir = resolve(process.env.DEMO_DATA_DIR ?? resolve(repoRoot, '.data/pglite'));
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const port = Number(process.env.DEMO_PGLITE_PORT ?? 54329);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * `pnpm demo`: the whole product on one port with demo data. Uses DATABASE_URL / REDIS_URL when set;
 * otherwise an embedded PostgreSQL (PGlite) and the in-process job driver.
 */
async function main() {
  const env: NodeJS.ProcessEnv = {
    WEB_DIST: resolve(repoRoot, 'apps/web/dist'),
    PORTAL_DIST: resolve(repoRoot, 'apps/portal/dist'),
    ...process.env,
    INTERLUDE_DEMO: 'true',
  };
  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase();
  if (embedded) env.DATABASE_URL = embedded.url;
  const config = loadConfigOrExit(env);

  await runMigrations(config.DATABASE_URL);
  const app = await createHttpApp(config, { processors: true });
  await app.get(DemoSeeder).seedOnce();
  await app.listen({ port: config.PORT, host: config.HOST });

  const base = config.APP_URL.replace(/\/$/, '');
  process.stdout.write(
    [
      '',
      'Interlude demo is running.',
      `  Staff app:     ${base}/`,
      `  Client portal: ${base}/portal/`,
      `  API docs:      ${base}/api/docs`,
      `  Database:      ${embedded ? `embedded PostgreSQL (PGlite), kept in ${embedded.dataDir}` : 'DATABASE_URL'}`,
      `  Jobs:          ${config.REDIS_URL ? 'BullMQ on REDIS_URL' : 'in-process (no Redis)'}`,
      `  Email:         ${config.SMTP_URL ? 'SMTP_URL' : `kept in the demo mailbox, ${base}/demo/mailbox`}`,
      '',
      `Sign in as any of these (password ${DEMO_PASSWORD}):`,
      ...DEMO_STAFF.map((p) => `  ${p.email.padEnd(36)} ${p.roles.join(', ')}`),
      ...DEMO_PORTAL_CLIENTS.map((name) => `  ${demoClientEmail(name).padEnd(36)} client (portal)`),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`Interlude demo failed to start: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
