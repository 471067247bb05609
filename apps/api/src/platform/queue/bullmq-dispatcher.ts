import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { MAIL_TOPIC } from '../mail/mail.service';
import type { QueuedJob } from './job';
import { JobDispatcher } from './job-dispatcher';

export const EVENTS_QUEUE = 'events';
const ENQUEUE_TIMEOUT_MS = 5000;
/**
 * Email has a queue of its own, so a morning's thousands of reminder emails never hold up the rollup
 * events that keep reports current, a risk alert's notice or a scheduler tick. (A BullMQ priority on
 * one queue did the same but cost about 15 % of email throughput; see docs/benchmarks.md.)
 */
export const MAIL_QUEUE = 'mail';
export const QUEUES = [EVENTS_QUEUE, MAIL_QUEUE] as const;
const queueOf = (topic: string) => (topic === MAIL_TOPIC ? MAIL_QUEUE : EVENTS_QUEUE);

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
  /** The events queue (also where the job schedulers live). */
  readonly queue: Queue;
  readonly mailQueue: Queue;
  private readonly connection: IORedis;
  private readonly probe: IORedis;

  constructor(redisUrl: string, prefix: string) {
    super();
    this.connection = redisConnection(redisUrl, true);
    this.connection.on('error', () => undefined);
    this.queue = new Queue(EVENTS_QUEUE, { connection: this.connection, prefix });
    this.queue.on('error', () => undefined);
    this.mailQueue = new Queue(MAIL_QUEUE, { connection: this.connection, prefix });
    this.mailQueue.on('error', () => undefined);
    this.probe = redisConnection(redisUrl, false);
    this.probe.on('error', () => undefined);
  }

  async enqueue(jobs: QueuedJob[]): Promise<void> {
    const add = (queue: Queue, batch: QueuedJob[]) =>
      batch.length === 0
        ? Promise.resolve()
        : queue.addBulk(
            batch.map((job) => ({
              name: job.topic,
              data: job.data,
              opts: {
                jobId: job.data.eventId,
                attempts: 8,
                backoff: { type: 'exponential', delay: 1000 },
                removeOnComplete: { age: 24 * 3600, count: 10000 },
                removeOnFail: { age: 7 * 24 * 3600 },
              },
            })),
          );
    const adding = Promise.all([
      add(
        this.queue,
        jobs.filter((j) => queueOf(j.topic) === EVENTS_QUEUE),
      ),
      add(
        this.mailQueue,
        jobs.filter((j) => queueOf(j.topic) === MAIL_QUEUE),
      ),
    ]);
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
      const all = await Promise.all(
        [this.queue, this.mailQueue].map((q) =>
          q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
        ),
      );
      const sum = (key: string) => all.reduce((n, counts) => n + (counts[key] ?? 0), 0);
      return {
        waiting: sum('waiting') + sum('prioritized'),
        active: sum('active'),
        delayed: sum('delayed'),
        failed: sum('failed'),
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
    await this.mailQueue.close().catch(() => undefined);
    this.connection.disconnect();
    this.probe.disconnect();
  }
}
