import type { Readiness } from '@interlude/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { JobDispatcher } from '../../platform/queue/job-dispatcher';

const CHECK_TIMEOUT_MS = 2000;

function withinTimeout(check: Promise<boolean>): Promise<boolean> {
  return Promise.race([
    check.catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: JobDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Asks PostgreSQL and the queue afresh on every call, so recovery shows without a restart. */
  async readiness(): Promise<Readiness> {
    const [database, queue] = await Promise.all([
      withinTimeout(this.dataSource.query('SELECT 1').then(() => true)),
      withinTimeout(this.dispatcher.isHealthy()),
    ]);
    return {
      status: database && queue ? 'ready' : 'unavailable',
      version: process.env.npm_package_version ?? '0.1.0',
      mode: this.config.INTERLUDE_DEMO ? 'demo' : 'standard',
      checks: { database: database ? 'up' : 'down', queue: queue ? 'up' : 'down' },
    };
  }
}
