import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { JobSchedulers } from '../../platform/queue/job-schedulers';
import { RollupWriter } from './rollup-writer';

/** How often time-based transitions (falling due, becoming missed) are counted. */
export const ROLLUP_TICK_MS = 30_000;

/**
 * The periodic catch-up: every tick, each clinic whose watermark is behind is brought up to now
 * (one transaction per clinic, serialised with the event handlers on the watermark row). It is a
 * job scheduler where jobs run (the worker with BullMQ, a timer in the API itself without), and
 * report reads catch up too when the watermark is over a minute old, so the lag stays bounded even
 * with no worker.
 */
@Injectable()
export class RollupTicker implements OnModuleInit {
  private readonly logger = new Logger('RollupTicker');

  constructor(
    private readonly db: TenantDatabase,
    private readonly rollups: RollupWriter,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define({ name: 'rollups', everyMs: ROLLUP_TICK_MS, run: (now) => this.tick(now) });
  }

  /** Catches up every clinic that is behind; returns how many it moved. */
  async tick(now: Date): Promise<number> {
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
}
