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

export const appFactory = () => {
  loadReflectMetadata();
  return load<AppFactoryModule>('app.factory');
};
export const config = () => load<ConfigModule>('platform/config/config');
export const dataSource = () => load<DataSourceModule>('platform/database/data-source');
