import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../../platform/auth/clock';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { RollupWriter } from './rollup-writer';

/** How often time-based transitions (falling due, becoming missed) are counted. */
export const ROLLUP_TICK_MS = 30_000;

/**
 * The periodic catch-up: every tick, each clinic whose watermark is behind is brought up to now
 * (one transaction per clinic, serialised with the event handlers on the watermark row). It runs
 * where jobs run — the worker with BullMQ, the API process itself with the inline driver — and
 * report reads catch up too when the watermark is over a minute old, so the lag stays bounded even
 * with no worker.
 */
@Injectable()
export class RollupTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RollupTicker');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly db: TenantDatabase,
    private readonly rollups: RollupWriter,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .then(() => undefined)
        .finally(() => {
          this.running = undefined;
        });
    }, ROLLUP_TICK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Catches up every clinic that is behind; returns how many it moved. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const behind: Array<{ clinic_id: string }> = await this.db.unsafeAsRelay((m) =>
      m.query('SELECT clinic_id FROM rollup_watermarks WHERE applied_until < $1', [now]),
    );
    let moved = 0;
    for (const { clinic_id } of behind) {
      try {
        await this.rollups.catchUp(clinic_id, now);
        moved += 1;
      } catch (error) {
        this.logger.warn({ clinicId: clinic_id, err: (error as Error).message }, 'Rollup catch-up failed');
      }
    }
    return moved;
  }

  /** Whether this process should run the ticker (the one that runs jobs). */
  static wanted(config: AppConfig, processors: boolean): boolean {
    return !config.REDIS_URL || processors;
  }
}
