import { randomBytes } from 'node:crypto';
import { dataSource } from './api-dist';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the server's maintenance database, with the API's own data-source helper. */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const source = dataSource().createDataSource({
    url: serverUrl,
    poolSize: 1,
    applicationName: 'interlude-bench',
  });
  await source.initialize();
  try {
    await source.query(sql);
  } finally {
    await source.destroy();
  }
}

/** A fresh, migrated database for one bench run. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `interlude_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const database: BenchDatabase = {
    name,
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
  try {
    await dataSource().runMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
