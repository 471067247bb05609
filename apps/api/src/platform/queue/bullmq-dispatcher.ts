import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { MAIL_TOPIC } from '../mail/mail.service';
import type { QueuedJob } from './job';
import { JobDispatcher } from './job-dispatcher';

export const EVENTS_QUEUE = 'events';
const ENQUEUE_TIMEOUT_MS = 5000;
/**
 * Bulk work waits behind everything else: a morning's thousands of reminder emails must not hold up
 * the rollup events that keep reports current, or a risk alert's notice. BullMQ runs jobs without a
 * priority before prioritized ones (which are FIFO among themselves).
 */
const BULK_PRIORITY = 10;
const BULK_TOPICS: ReadonlySet<string> = new Set([MAIL_TOPIC]);

export function redisConnection(url: string, forWorker: boolean): IORedis {
  return new IORedis(url, {
    maxRetriesPerRequest: forWorker ? null : 1,
    enableOfflineQueue: forWorker,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

/** Sends events to BullMQ; the outbox event id is the job id, so a re-sent event is not queued twice. */
@Injectable()
export class BullmqDispatcher extends JobDispatcher implements OnApplicationShutdown {
  readonly driver = 'bullmq' as const;
  readonly queue: Queue;
  private readonly connection: IORedis;
  private readonly probe: IORedis;

  constructor(redisUrl: string, prefix: string) {
    super();
    this.connection = redisConnection(redisUrl, true);
    this.connection.on('error', () => undefined);
    this.queue = new Queue(EVENTS_QUEUE, { connection: this.connection, prefix });
    this.queue.on('error', () => undefined);
    this.probe = redisConnection(redisUrl, false);
    this.probe.on('error', () => undefined);
  }

  async enqueue(jobs: QueuedJob[]): Promise<void> {
    const adding = this.queue.addBulk(
      jobs.map((job) => ({
        name: job.topic,
        data: job.data,
        opts: {
          jobId: job.data.eventId,
          ...(BULK_TOPICS.has(job.topic) ? { priority: BULK_PRIORITY } : {}),
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600, count: 10000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      })),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The queue did not answer in time')), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([adding, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      if (this.probe.status !== 'ready') await this.connected(1500);
      return (await this.probe.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Jobs waiting, running, delayed (backing off) and failed across the service; null when Redis does not answer. */
  async jobCounts(): Promise<{ waiting: number; active: number; delayed: number; failed: number } | null> {
    if (!(await this.isHealthy())) return null;
    try {
      const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      return {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
      };
    } catch {
      return null;
    }
  }

  /** Waits briefly for the probe connection, so a check right after start does not report a false outage. */
  private connected(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.probe.off('ready', onReady);
        reject(new Error('Redis is not connected'));
      }, timeoutMs);
      this.probe.once('ready', onReady);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
    this.probe.disconnect();
  }
}
