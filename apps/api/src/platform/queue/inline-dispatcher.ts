import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '../database/tenant-database';
import type { QueuedJob } from './job';
import { JobDispatcher } from './job-dispatcher';
import type { JobHandlers } from './job-handlers';

const RETRY_DELAYS_MS = [500, 2000, 8000];

/**
 * Demo mode without Redis: the same handlers run in this process once the relay's transaction has
 * committed, with a few retries. Nothing survives a restart except what the outbox still holds.
 */
@Injectable()
export class InlineDispatcher extends JobDispatcher {
  readonly driver = 'inline' as const;
  private readonly logger = new Logger('InlineJobs');

  constructor(
    private readonly db: TenantDatabase,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  async enqueue(jobs: QueuedJob[]): Promise<void> {
    this.db.afterCommit(() => {
      for (const job of jobs) void this.attempt(job, 0);
    });
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }

  private async attempt(job: QueuedJob, failures: number): Promise<void> {
    try {
      await this.handlers.run(job.topic, job.data);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[failures];
      this.logger.warn({ topic: job.topic, eventId: job.data.eventId, err: error }, 'Job failed');
      if (delay !== undefined) setTimeout(() => void this.attempt(job, failures + 1), delay).unref();
    }
  }
}
