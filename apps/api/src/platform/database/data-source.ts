import { DataSource } from 'typeorm';
import { migrations } from './migrations';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** TypeORM data source; entities are registered by feature modules as they arrive. */
export function createDataSource(
  settings: DataSourceSettings,
  entities: Array<new () => unknown> = [],
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 10000,
      application_name: settings.applicationName ?? 'interlude',
    },
  });
}

/** Applies pending migrations as the owner role and closes the connection. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'interlude-migrate' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The application role's connection: DATABASE_APP_URL, or the owner URL signed in as interlude_app. */
export function appDatabaseUrl(ownerUrl: string, appUrl?: string): string {
  if (appUrl) return appUrl;
  const url = new URL(ownerUrl);
  url.username = 'interlude_app';
  url.password = '';
  return url.toString();
}
