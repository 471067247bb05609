import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { appDatabaseUrl } from './data-source';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: appDatabaseUrl(config.DATABASE_URL, config.DATABASE_APP_URL),
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        logging: false,
        retryAttempts: 20,
        retryDelay: 1000,
        extra: {
          max: config.DATABASE_POOL_SIZE,
          connectionTimeoutMillis: 3000,
          idleTimeoutMillis: 10000,
          application_name: 'interlude-api',
        },
      }),
    }),
  ],
  providers: [TenantDatabase],
  exports: [TenantDatabase],
})
export class DatabaseModule {}
