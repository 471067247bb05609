import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { PgClient } from './api-dist';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the PostgreSQL backends serving one application (by `application_name`) in the bench
 * database: whether they are busy, and their CPU time read from /proc when PostgreSQL runs on this
 * machine. Backends that end during a run take their CPU time with them, so that slightly
 * undercounts; under load the pools keep theirs.
 */
export class PostgresMonitor {
  private readonly microsPerTick: number;

  constructor(
    private readonly monitor: PgClient,
    private readonly database: string,
    /** Whether PostgreSQL runs on this machine (its backends' CPU time is then readable). */
    readonly local: boolean,
  ) {
    let ticks = 100;
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      // Linux's usual USER_HZ.
    }
    this.microsPerTick = 1e6 / ticks;
  }

  /**
   * Waits until the application has had no busy backend for a few polls in a row: when the load
   * generator stops, the server still answers the requests queued for its pool, and that work must
   * not run into the next measurement.
   */
  async waitForIdle(applicationName: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quiet = 0;
    while (quiet < 3) {
      if (Date.now() > deadline)
        throw new Error(`${applicationName} was still busy after ${timeoutMs / 1000} s`);
      const { rows } = await this.monitor.query<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
          WHERE datname = $1 AND application_name = $2 AND state <> 'idle'`,
        [this.database, applicationName],
      );
      quiet = rows[0].busy === 0 ? quiet + 1 : 0;
      await sleep(100);
    }
  }

  /** Per backend pid: user + system CPU so far, in microseconds; empty when PostgreSQL is not local. */
  async snapshot(applicationName: string): Promise<Map<number, number>> {
    if (!this.local) return new Map();
    const { rows } = await this.monitor.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2',
      [this.database, applicationName],
    );
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * this.microsPerTick);
      } catch {
        // Not on this machine, or the backend just ended.
      }
    }
    return cpu;
  }

  /** CPU used between two snapshots; backends that started in between count from zero. */
  static between(before: Map<number, number>, after: Map<number, number>): number {
    let total = 0;
    for (const [pid, micros] of after) total += micros - (before.get(pid) ?? 0);
    return total;
  }
}
