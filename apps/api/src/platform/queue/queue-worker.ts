import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { QUEUES, redisConnection } from './bullmq-dispatcher';
import type { JobData } from './job';
import { JobHandlers } from './job-handlers';

const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Runs the BullMQ processors, one per queue (events, and email on its own). On shutdown it takes no
 * new jobs and waits a bounded time for active ones.
 */
@Injectable()
export class QueueWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('QueueWorker');
  private workers: Array<Worker<JobData>> = [];
  private connection?: ReturnType<typeof redisConnection>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.REDIS_URL) return;
    this.connection = redisConnection(this.config.REDIS_URL, true);
    this.connection.on('error', () => undefined);
    const connection = this.connection;
    this.workers = QUEUES.map((name) => {
      const worker = new Worker<JobData>(name, (job) => this.handlers.run(job.name, job.data), {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: 20,
        // A worker killed mid-job (SIGKILL, a lost machine) stops renewing its locks: its jobs are
        // found stalled within about 15 s and given to a live worker, and counted as a failed attempt
        // only if that happens twice.
        lockDuration: 10_000,
        stalledInterval: 5_000,
        maxStalledCount: 2,
      });
      worker.on('error', (error) => this.logger.warn({ err: error.message }, 'Queue connection problem'));
      worker.on('failed', (job, error) =>
        this.logger.warn({ topic: job?.name, jobId: job?.id, err: error.message }, 'Job failed'),
      );
      return worker;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.workers.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), DRAIN_TIMEOUT_MS);
    });
    const result = await Promise.race([Promise.all(this.workers.map((w) => w.close())), timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.logger.warn('Active jobs did not finish in time; they will be retried by another worker');
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    this.connection?.disconnect();
  }
}
