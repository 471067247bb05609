import type { Server } from 'node:http';
import { createRequire } from 'node:module';

/**
 * The compiled API (apps/api/dist), loaded with require so this package type-checks without a
 * build. Only what the bench calls is typed here; `pnpm bench` builds the API before it runs.
 */

export interface HttpApp {
  listen(options: { port: number; host: string }): Promise<unknown>;
  getHttpServer(): Server;
  close(): Promise<void>;
}

interface QueryRunnerSource {
  initialize(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  destroy(): Promise<void>;
}

interface AppFactoryModule {
  createHttpApp(config: unknown): Promise<HttpApp>;
}

interface ConfigModule {
  loadConfig(env: Record<string, string>): unknown;
}

interface DataSourceModule {
  createDataSource(settings: { url: string; poolSize?: number; applicationName?: string }): QueryRunnerSource;
  runMigrations(url: string): Promise<string[]>;
  appDatabaseUrl(ownerUrl: string, appUrl?: string): string;
}

function load<T>(path: string): T {
  try {
    return require(`@interlude/api/dist/${path}`) as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot load the compiled API (${path}): ${reason}\nRun \`pnpm bench\` from the repository root; it builds @interlude/api first.`,
    );
  }
}

/** Resolves a package the way the API itself does (its own dependencies, not the bench's). */
const requireFromApi = (name: string): unknown =>
  createRequire(require.resolve('@interlude/api/package.json'))(name);

/** As the API's main.ts does: decorator metadata needs the polyfill before any decorated class loads. */
function loadReflectMetadata(): void {
  requireFromApi('reflect-metadata');
}

export interface RedisClient {
  scan(cursor: string, ...args: Array<string | number>): Promise<[string, string[]]>;
  del(...keys: string[]): Promise<number>;
  quit(): Promise<unknown>;
}

/** The API's Redis client (ioredis), so the bench can tidy up the keys its run left behind. */
export const redisClient = (url: string): RedisClient => {
  const Redis = requireFromApi('ioredis') as new (url: string, options: object) => RedisClient;
  return new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
};

export interface PgResult<Row> {
  rows: Row[];
  rowCount: number | null;
}

/** The part of node-postgres' Client (also a pooled client) the bench uses. */
export interface PgClient {
  connect(): Promise<void>;
  query<Row = any>(text: string, values?: unknown[]): Promise<PgResult<Row>>;
  end(): Promise<void>;
}

export interface PgPoolClient {
  query<Row = any>(text: string, values?: unknown[]): Promise<PgResult<Row>>;
  release(error?: Error | boolean): void;
}

export interface PgPool {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
}

export interface PgPoolSettings {
  connectionString: string;
  max: number;
  connectionTimeoutMillis: number;
  idleTimeoutMillis: number;
  application_name: string;
}

export interface PgModule {
  Client: (new (settings: {
    connectionString: string;
    application_name?: string;
  }) => PgClient) & {
    prototype: { query: (...args: unknown[]) => unknown };
  };
  Pool: new (settings: PgPoolSettings) => PgPool;
}

/** node-postgres as the API resolves it: the very module TypeORM drives inside the API. */
export const pg = (): PgModule => requireFromApi('pg') as PgModule;

/** The API's own UUID package (audit event ids are v7). */
export const uuid = () => requireFromApi('uuid') as { v7(): string };

export interface DomainModule {
  displayStatus(
    status: string,
    dueAt: Date,
    now: Date,
  ): {
    status: string;
    overdue: boolean;
  };
}

/** `@interlude/domain` (built), for the same display rules the API applies to each item. */
export const domain = (): DomainModule => requireFromApi('@interlude/domain') as DomainModule;

export const appFactory = () => {
  loadReflectMetadata();
  return load<AppFactoryModule>('app.factory');
};
export const config = () => load<ConfigModule>('platform/config/config');
export const dataSource = () => load<DataSourceModule>('platform/database/data-source');
