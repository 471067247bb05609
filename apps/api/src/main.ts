import 'reflect-metadata';
import { createHttpApp } from './app.factory';
import { loadConfigOrExit } from './platform/config/config';
import { runMigrations } from './platform/database/data-source';

async function main() {
  const config = loadConfigOrExit();
  if (config.MIGRATE_ON_START) await runMigrations(config.DATABASE_URL);
  const app = await createHttpApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: Error) => {
  process.stderr.write(`Interlude API failed to start: ${error.message}\n`);
  process.exit(1);
});
