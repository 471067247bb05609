import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '../../src/app.factory';
import type { AppOptions } from '../../src/app.module';
import { loadConfig } from '../../src/platform/config/config';
import { createTestDatabase, redisUrl, uniqueName } from './databases';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  databaseUrl: string;
  queuePrefix: string;
  close: () => Promise<void>;
}

/**
 * The real HTTP application on a free port, against its own fresh database and its own queue
 * prefix in the real Redis, so test files can run in parallel.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: AppOptions & { wrapDatabaseUrl?: (url: string) => string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const queuePrefix = uniqueName('t').replace(/_/g, '-');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.wrapDatabaseUrl ? options.wrapDatabaseUrl(database.url) : database.url,
    REDIS_URL: redisUrl,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    APP_URL: 'http://localhost:3000',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MIGRATE_ON_START: 'false',
    ...env,
  });
  const app = await createHttpApp(config, options).catch(async (error) => {
    await database.drop();
    throw error;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    queuePrefix,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
