import { runMigrations } from '../../src/platform/database/data-source';
import { databaseUrl, onServer, uniqueName } from './databases';

/** Migrates one template database per run; each test file copies it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const template = uniqueName('interlude_tpl');
  await onServer((c) => c.query(`CREATE DATABASE ${template}`));
  await runMigrations(databaseUrl(template));
  process.env.INTERLUDE_TEST_TEMPLATE = template;
}
