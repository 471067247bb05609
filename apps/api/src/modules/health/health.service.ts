import type { Readiness } from '@interlude/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { JobDispatcher } from '../../platform/queue/job-dispatcher';
import { JobSchedulers } from '../../platform/queue/job-schedulers';
import { queueDepth } from '../notifications/deliveries.service';

const CHECK_TIMEOUT_MS = 2000;

function withinTimeout<T>(check: Promise<T>): Promise<T | false> {
  return Promise.race([
    check.catch(() => false as const),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: JobDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  /** Asks PostgreSQL and the queue afresh on every call, so recovery shows without a restart. */
  async readiness(): Promise<Readiness> {
    const [database, queue] = await Promise.all([
      withinTimeout(this.dataSource.query('SELECT 1').then(() => true)),
      withinTimeout(this.dispatcher.isHealthy()),
    ]);
    return {
      jobs: database && queue ? await withinTimeout(this.jobs()).then((j) => j || null) : null,
      status: database && queue ? 'ready' : 'unavailable',
      version: process.env.npm_package_version ?? '0.1.0',
      mode: this.config.INTERLUDE_DEMO ? 'demo' : 'standard',
      checks: { database: database ? 'up' : 'down', queue: queue ? 'up' : 'down' },
    };
  }

  /** Queue depth (counts only, zeros without Redis) and when the reminder pass last finished. */
  private async jobs(): Promise<NonNullable<Readiness['jobs']>> {
    const depth = await queueDepth(this.dispatcher);
    const reminders = (await this.schedulers.lastRuns()).find((r) => r.name === 'reminders');
    return {
      waiting: depth.waiting ?? 0,
      active: depth.active ?? 0,
      delayed: depth.delayed ?? 0,
      failed: depth.failed ?? 0,
      lastReminderRunAt: reminders?.lastFinishedAt ?? null,
    };
  }
}
