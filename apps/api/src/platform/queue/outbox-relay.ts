import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TenantDatabase } from '../database/tenant-database';
import type { JobData } from './job';
import { JobDispatcher } from './job-dispatcher';

const BATCH = 200;
const POLL_MS = 1000;

interface PendingRow {
  clinic_id: string;
  id: string;
  topic: string;
  payload: Record<string, string>;
}

/**
 * Moves committed outbox rows to the dispatcher. Rows are claimed with SKIP LOCKED, so several API and
 * worker processes can relay at once; a row is marked only after the dispatcher accepted it, so an
 * outage (Redis down) leaves it pending and a later pass delivers it without a restart.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: TenantDatabase,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Asks for a pass soon; passes never overlap within a process. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'Outbox relay pass failed; will retry'),
      )
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Relays until nothing is pending; resolves with how many events moved. */
  async drain(): Promise<number> {
    let moved = 0;
    for (;;) {
      const count = await this.db.unsafeAsRelay(async (manager) => {
        const rows: PendingRow[] = await manager.query(
          `SELECT clinic_id, id, topic, payload FROM outbox_events
            WHERE relayed_at IS NULL ORDER BY created_at, clinic_id, id
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (rows.length === 0) return 0;
        await this.dispatcher.enqueue(rows.map((row) => ({ topic: row.topic, data: toJobData(row) })));
        await manager.query(
          `UPDATE outbox_events SET relayed_at = now()
            WHERE (clinic_id, id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
          [rows.map((r) => r.clinic_id), rows.map((r) => r.id)],
        );
        return rows.length;
      });
      moved += count;
      if (count < BATCH || this.stopped) return moved;
    }
  }
}

function toJobData(row: PendingRow): JobData {
  return { clinicId: row.clinic_id, eventId: row.id, ids: row.payload };
}
