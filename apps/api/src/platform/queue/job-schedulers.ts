import type { SchedulerName, SchedulerRun } from '@interlude/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../auth/clock';
import { TenantDatabase } from '../database/tenant-database';
import { BullmqDispatcher } from './bullmq-dispatcher';
import { JobDispatcher } from './job-dispatcher';
import { JobHandlers } from './job-handlers';

/** A periodic pass over every clinic: resolves with how much it handled. */
export interface Schedule {
  name: SchedulerName;
  everyMs: number;
  run: (now: Date) => Promise<number>;
}

export const schedulerJobName = (name: SchedulerName) => `scheduler.${name}`;
export const schedulerId = (name: SchedulerName) => `interlude:${name}`;

/**
 * The periodic passes (reminders, digest, rollup catch-up). With BullMQ each is a job scheduler,
 * created with `upsertJobScheduler` under a fixed id, so starting any number of workers, or
 * redeploying, leaves exactly one scheduler per pass and one job per tick for all workers together.
 * Without Redis (the demo) the process runs them on timers. Every run is recorded in
 * `scheduler_runs` for the admin's queue screen and `/api/ready`.
 */
@Injectable()
export class JobSchedulers {
  private readonly logger = new Logger('JobSchedulers');
  private readonly schedules = new Map<SchedulerName, Schedule>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<SchedulerName, Promise<number>>();

  constructor(
    private readonly db: TenantDatabase,
    private readonly dispatcher: JobDispatcher,
    private readonly handlers: JobHandlers,
    private readonly clock: Clock,
  ) {}

  /** Feature modules define their passes at start; the job handler is registered in every process. */
  define(schedule: Schedule): void {
    this.schedules.set(schedule.name, schedule);
    this.handlers.register(schedulerJobName(schedule.name), async () => {
      await this.runNow(schedule.name);
    });
  }

  list(): Schedule[] {
    return [...this.schedules.values()];
  }

  /** Creates or updates each BullMQ job scheduler; safe to call any number of times. */
  async upsertAll(): Promise<void> {
    if (!(this.dispatcher instanceof BullmqDispatcher)) return;
    for (const s of this.schedules.values()) {
      await this.dispatcher.queue.upsertJobScheduler(
        schedulerId(s.name),
        { every: s.everyMs },
        {
          name: schedulerJobName(s.name),
          data: {},
          opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
        },
      );
    }
    await this.recordIntervals();
  }

  /** Where jobs run: job schedulers with BullMQ, timers without. */
  async start(): Promise<void> {
    if (this.dispatcher instanceof BullmqDispatcher) {
      await this.upsertAll();
      return;
    }
    await this.recordIntervals();
    for (const s of this.schedules.values()) {
      const timer = setInterval(() => void this.runNow(s.name).catch(() => undefined), s.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled(this.running.values());
  }

  /** Runs one pass now (a tick, or a test); a pass already running in this process is joined, not repeated. */
  runNow(name: SchedulerName): Promise<number> {
    const current = this.running.get(name);
    if (current) return current;
    const schedule = this.schedules.get(name);
    if (!schedule) return Promise.reject(new Error(`No schedule named ${name}`));
    const run = this.record(schedule).finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  async lastRuns(): Promise<SchedulerRun[]> {
    const rows: Array<{
      name: SchedulerName;
      every_seconds: number;
      last_started_at: Date | null;
      last_finished_at: Date | null;
      last_processed: number | null;
      last_error: string | null;
    }> = await this.db.global((m) => m.query('SELECT * FROM scheduler_runs'));
    const byName = new Map(rows.map((r) => [r.name, r]));
    return this.list().map((s) => {
      const r = byName.get(s.name);
      return {
        name: s.name,
        everySeconds: Math.round(s.everyMs / 1000),
        lastStartedAt: r?.last_started_at?.toISOString() ?? null,
        lastFinishedAt: r?.last_finished_at?.toISOString() ?? null,
        lastProcessed: r?.last_processed ?? null,
        lastError: r?.last_error ?? null,
      };
    });
  }

  private async record(schedule: Schedule): Promise<number> {
    const now = this.clock.now();
    await this.db.global((m) =>
      m.query(
        `INSERT INTO scheduler_runs (name, every_seconds, last_started_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at, every_seconds = EXCLUDED.every_seconds`,
        [schedule.name, Math.round(schedule.everyMs / 1000), now],
      ),
    );
    try {
      const processed = await schedule.run(now);
      await this.finish(schedule.name, processed, null);
      return processed;
    } catch (error) {
      const message = (error as Error).message.slice(0, 300);
      await this.finish(schedule.name, null, message).catch(() => undefined);
      this.logger.warn({ scheduler: schedule.name, err: message }, 'Scheduled pass failed');
      throw error;
    }
  }

  private finish(name: SchedulerName, processed: number | null, error: string | null) {
    return this.db.global((m) =>
      m.query(
        'UPDATE scheduler_runs SET last_finished_at = $2, last_processed = $3, last_error = $4 WHERE name = $1',
        [name, this.clock.now(), processed, error],
      ),
    );
  }

  private async recordIntervals(): Promise<void> {
    const list = this.list();
    await this.db.global((m) =>
      m.query(
        `INSERT INTO scheduler_runs (name, every_seconds) SELECT * FROM unnest($1::text[], $2::int[])
         ON CONFLICT (name) DO UPDATE SET every_seconds = EXCLUDED.every_seconds`,
        [list.map((s) => s.name), list.map((s) => Math.round(s.everyMs / 1000))],
      ),
    );
  }
}

/** Starts the passes in the process that runs jobs (the worker; the API itself without Redis). */
@Injectable()
export class SchedulerStarter {
  constructor(private readonly schedulers: JobSchedulers) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedulers.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.schedulers.stop();
  }
}

/** Each clinic's id, for a pass that walks them all (the relay role may read ids and nothing else). */
export async function allClinicIds(db: TenantDatabase): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.unsafeAsRelay((m) =>
    m.query('SELECT id FROM clinics ORDER BY id'),
  );
  return rows.map((r) => r.id);
}
