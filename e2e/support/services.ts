import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';

/** The PostgreSQL server the tests create databases on: local as in CI, or TEST_DATABASE_URL. */
export const postgresServerUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Lower-case letters, digits and underscores: safe as a database name and as a queue prefix. */
export const uniqueName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: postgresServerUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresServerUrl} (${(error as Error).message}). Start it ` +
        '(`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or set TEST_DATABASE_URL.',
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** An empty database of its own; the product migrates it when it starts. */
export async function createDatabase(): Promise<TestDatabase> {
  const name = uniqueName('interlude_e2e');
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Removes the keys the product's queues left under `prefix:` (Redis is shared by every test run). */
export async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3_000 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
