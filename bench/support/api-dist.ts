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

/** The API's own Redis connection settings for BullMQ (the worker's: retries forever, offline queue on). */
export const queueConnection = (url: string): RedisClient & { disconnect(): void } =>
  load<{ redisConnection(url: string, forWorker: boolean): RedisClient & { disconnect(): void } }>(
    'platform/queue/bullmq-dispatcher',
  ).redisConnection(url, true);

export interface BullJobOptions {
  jobId?: string;
  attempts?: number;
  backoff?: { type: string; delay: number };
  removeOnComplete?: boolean | { age?: number; count?: number };
  removeOnFail?: boolean | { age?: number; count?: number };
}

export interface BullQueue {
  addBulk(jobs: Array<{ name: string; data: unknown; opts?: BullJobOptions }>): Promise<unknown[]>;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): Promise<void>;
}

export interface BullWorker {
  on(event: 'completed', listener: () => void): unknown;
  on(event: 'failed', listener: (job: unknown, error: Error) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(force?: boolean): Promise<void>;
}

export interface BullmqModule {
  Queue: new (name: string, options: { connection: unknown; prefix: string }) => BullQueue;
  Worker: new (
    name: string,
    processor: (job: { name: string; data: unknown }) => Promise<unknown>,
    options: Record<string, unknown>,
  ) => BullWorker;
}

/** BullMQ as the API resolves it (the very version its dispatcher and worker use). */
export const bullmq = (): BullmqModule => requireFromApi('bullmq') as BullmqModule;

export interface SmtpStream {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export interface SmtpServerInstance {
  listen(port: number, host: string, callback: () => void): unknown;
  close(callback: () => void): void;
  server: { address(): { port: number } | string | null };
}

export interface SmtpServerModule {
  SMTPServer: new (options: {
    authOptional: boolean;
    disabledCommands: string[];
    disableReverseLookup: boolean;
    logger: boolean;
    maxClients?: number;
    onData(stream: SmtpStream, session: unknown, callback: (error?: Error | null) => void): void;
  }) => SmtpServerInstance;
}

/** `smtp-server`, the API's devDependency its tests use as the SMTP sink. */
export const smtpServer = (): SmtpServerModule => requireFromApi('smtp-server') as SmtpServerModule;

export interface MailTransport {
  sendMail(message: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

/** nodemailer as the API resolves it. */
export const nodemailer = () =>
  requireFromApi('nodemailer') as { createTransport(url: string): MailTransport };

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The reminder email exactly as the reminder pass renders it (compiled API). */
export const noticeEmails = () =>
  load<{
    reminderEmail(input: {
      kind: 'due_soon' | 'overdue';
      to: string;
      clinicName: string;
      dueAt: string;
      timeZone: string;
      url: string;
      unsubscribeUrl: string;
    }): RenderedMail;
  }>('modules/notifications/notice-emails');
