import type { QueuedJob } from './job';

/**
 * Where the outbox relay sends committed events. `enqueue` is called inside the relay's transaction:
 * when it throws, the events stay pending and are tried again.
 */
export abstract class JobDispatcher {
  abstract readonly driver: 'bullmq' | 'inline';
  abstract enqueue(jobs: QueuedJob[]): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
}
