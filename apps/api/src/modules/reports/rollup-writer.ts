import {
  DECLINE_REASONS,
  type DeclineReasonName,
  type OccurrenceFact,
  occurrenceContribution,
} from '@interlude/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import type { JobData } from '../../platform/queue/job';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { blockSql, dayBitSql, NO_DAYS } from './presence';
import { NO_PROGRAM, ROLLUP_ASSIGNMENT_TOPIC, ROLLUP_OCCURRENCE_TOPIC } from './rollup-topics';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL rows
type Row = Record<string, any>;

const MISSED_MS = 7 * 24 * 60 * 60 * 1000;
const REBUILD_BATCH = 5000;

/** What one occurrence has been counted as (one `rollup_occurrence_state` row). */
interface CountedState {
  clientId: string;
  day: string;
  clinicianId: string;
  programKey: string;
  kind: string;
  due: number;
  submitted: number;
  onTime: number;
  declined: number;
  reason: DeclineReasonName | null;
  missed: number;
  lateBucket: number | null;
  /** Client-local day the submission arrived (activity counts from then, due or not). */
  submitDay: string | null;
}

interface Delta {
  day: string;
  clinician_id: string;
  program_key: string;
  kind: string;
  late_hour: number;
  due: number;
  submitted: number;
  on_time: number;
  declined: number;
  declined_not_relevant: number;
  declined_too_hard: number;
  declined_not_safe: number;
  declined_no_time: number;
  declined_other: number;
  missed: number;
}

/** A client-local day on which a client's slice may have gained or lost something due or a submission. */
interface PresenceKey {
  client_id: string;
  clinician_id: string;
  program_key: string;
  kind: string;
  day: string;
}

/** The facts of occurrences, with the dimensions they are counted under. */
const FACTS_SQL = `
  SELECT o.id, o.client_id, o.due_at, o.status, o.local_date::text AS day,
         s.submitted_at, (s.submitted_at AT TIME ZONE a.timezone)::date::text AS submit_day,
         d.reason AS decline_reason, t.kind,
         coalesce(a.program_id, '${NO_PROGRAM}'::uuid) AS program_key,
         coalesce((SELECT h.membership_id FROM caseload_history h
                    WHERE h.clinic_id = o.clinic_id AND h.client_id = o.client_id AND h.role = 'primary'
                      AND h.started_at <= o.due_at AND (h.ended_at IS NULL OR h.ended_at > o.due_at)
                    ORDER BY h.started_at DESC LIMIT 1),
                  c.primary_clinician_id) AS clinician_id
    FROM occurrences o
    JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
    JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
    JOIN clients c ON c.clinic_id = o.clinic_id AND c.id = o.client_id
    LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
    LEFT JOIN declines d ON d.clinic_id = o.clinic_id AND d.occurrence_id = o.id
   WHERE o.clinic_id = $1 AND o.id = ANY($2::uuid[])`;

/** The score facts outcomes read: each measure score with its client-local day, clinician and program. */
const SCORES_SQL = `
  INSERT INTO outcome_score_rollup (clinic_id, score_id, client_id, measure, total, scored_at, day, clinician_id, program_key)
  SELECT ms.clinic_id, ms.id, ms.client_id, ms.measure, ms.total, ms.scored_at,
         (ms.scored_at AT TIME ZONE a.timezone)::date,
         coalesce((SELECT h.membership_id FROM caseload_history h
                    WHERE h.clinic_id = ms.clinic_id AND h.client_id = ms.client_id AND h.role = 'primary'
                      AND h.started_at <= ms.scored_at AND (h.ended_at IS NULL OR h.ended_at > ms.scored_at)
                    ORDER BY h.started_at DESC LIMIT 1),
                  c.primary_clinician_id),
         coalesce(a.program_id, '${NO_PROGRAM}'::uuid)
    FROM measure_scores ms
    JOIN submissions s ON s.clinic_id = ms.clinic_id AND s.id = ms.submission_id
    JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
    JOIN clients c ON c.clinic_id = ms.clinic_id AND c.id = ms.client_id
   WHERE ms.clinic_id = $1 AND s.occurrence_id = ANY($2::uuid[])
  ON CONFLICT (clinic_id, score_id) DO NOTHING`;

const COUNTER_COLUMNS = [
  'due',
  'submitted',
  'on_time',
  'declined',
  ...DECLINE_REASONS.map((r) => `declined_${r}`),
  'missed',
] as const;

/** What an occurrence counts as at `at`, from the domain's definition (null: nothing to remember). */
export function countedState(r: Row, at: Date): CountedState | null {
  const fact: OccurrenceFact = {
    dueAt: new Date(r.due_at),
    status: r.status,
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    declineReason: r.decline_reason ?? null,
  };
  const c = occurrenceContribution(fact, at);
  const lateBucket = c.lateHours.findIndex((n) => n > 0);
  const submitDay = fact.submittedAt && r.submit_day ? (r.submit_day as string) : null;
  if (c.due === 0 && !submitDay) return null;
  return {
    clientId: r.client_id,
    day: r.day,
    clinicianId: r.clinician_id,
    programKey: r.program_key,
    kind: r.kind,
    due: c.due,
    submitted: c.submitted,
    onTime: c.onTime,
    declined: c.declined,
    reason: c.declined ? (DECLINE_REASONS.find((x) => c.declinedByReason[x] > 0) ?? 'other') : null,
    missed: c.missed,
    lateBucket: lateBucket >= 0 ? lateBucket : null,
    submitDay,
  };
}

const fromStateRow = (r: Row): CountedState => ({
  clientId: r.client_id,
  day: r.day,
  clinicianId: r.clinician_id,
  programKey: r.program_key,
  kind: r.kind,
  due: r.due,
  submitted: r.submitted,
  onTime: r.on_time,
  declined: r.declined,
  reason: r.decline_reason,
  missed: r.missed,
  lateBucket: r.late_bucket,
  submitDay: r.submit_day,
});

const sameState = (a: CountedState | null, b: CountedState | null) => JSON.stringify(a) === JSON.stringify(b);

/** Accumulates signed per-key changes to the day and week engagement rollups, and the presence days touched. */
class DeltaSet {
  readonly day = new Map<string, Delta>();
  readonly week = new Map<string, Delta>();
  readonly presence = new Map<string, PresenceKey>();

  add(s: CountedState, sign: 1 | -1): void {
    if (s.due) {
      this.touch(s, s.day);
      for (const [map, day] of [
        [this.day, s.day],
        [this.week, weekOf(s.day)],
      ] as const) {
        const d = this.row(map, s, day);
        d.due += sign * s.due;
        d.submitted += sign * s.submitted;
        d.on_time += sign * s.onTime;
        d.declined += sign * s.declined;
        if (s.reason) (d as unknown as Record<string, number>)[`declined_${s.reason}`] += sign;
        d.missed += sign * s.missed;
      }
    }
    if (s.submitDay) this.touch(s, s.submitDay);
  }

  private touch(s: CountedState, day: string): void {
    const key = [day, s.clientId, s.clinicianId, s.programKey, s.kind].join('|');
    this.presence.set(key, {
      client_id: s.clientId,
      clinician_id: s.clinicianId,
      program_key: s.programKey,
      kind: s.kind,
      day,
    });
  }

  private row(map: Map<string, Delta>, s: CountedState, day: string): Delta {
    const lateHour = s.lateBucket ?? -1;
    const key = [day, s.clinicianId, s.programKey, s.kind, lateHour].join('|');
    let d = map.get(key);
    if (!d) {
      d = {
        day,
        clinician_id: s.clinicianId,
        program_key: s.programKey,
        kind: s.kind,
        late_hour: lateHour,
        due: 0,
        submitted: 0,
        on_time: 0,
        declined: 0,
        declined_not_relevant: 0,
        declined_too_hard: 0,
        declined_not_safe: 0,
        declined_no_time: 0,
        declined_other: 0,
        missed: 0,
      };
      map.set(key, d);
    }
    return d;
  }
}

const counterTypes = COUNTER_COLUMNS.map((c) => `${c} int`).join(', ');
const counterUpdates = COUNTER_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ');

/**
 * Keeps the report rollups current. Every change is applied as the difference between what an
 * occurrence is counted as now (`rollup_occurrence_state`) and what it should count as at the
 * clinic's watermark, so applying the same change twice changes nothing; events are also recorded
 * in `rollup_applied_events` in the same transaction, so a redelivered job is skipped outright.
 * All work for a clinic is serialised on its `rollup_watermarks` row.
 */
@Injectable()
export class RollupWriter implements OnModuleInit {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    const handle = async (data: JobData) => {
      await this.applyEvent(data);
    };
    this.handlers.register(ROLLUP_OCCURRENCE_TOPIC, handle);
    this.handlers.register(ROLLUP_ASSIGNMENT_TOPIC, handle);
  }

  /** Applies one homework event (ids only) exactly once. Returns false when it had been applied already. */
  applyEvent({ clinicId, eventId, ids }: JobData): Promise<boolean> {
    return this.db.inClinic(clinicId, async (m) => {
      const fresh = await m.query(
        `INSERT INTO rollup_applied_events (clinic_id, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [clinicId, eventId],
      );
      if (fresh.length === 0) return false;
      const watermark = await this.lock(m, clinicId);
      if (watermark.rebuilt) return true;
      let occurrenceIds: string[] = [];
      if (ids.occurrenceId) occurrenceIds = [ids.occurrenceId];
      else if (ids.assignmentId) {
        const rows: Row[] = await m.query(
          'SELECT id FROM occurrences WHERE clinic_id = $1 AND assignment_id = $2',
          [clinicId, ids.assignmentId],
        );
        occurrenceIds = rows.map((r) => r.id);
      }
      await this.recount(m, clinicId, occurrenceIds, watermark.at);
      return true;
    });
  }

  /**
   * Counts the time-based changes (an occurrence falling due, a pending one becoming missed) between
   * the clinic's watermark and `until`, and moves the watermark there, in one transaction.
   */
  catchUp(clinicId: string, until: Date = this.clock.now()): Promise<Date> {
    return this.db.inClinic(clinicId, async (m) => {
      const watermark = await this.lock(m, clinicId);
      if (watermark.rebuilt || until.getTime() <= watermark.at.getTime()) return watermark.at;
      const rows: Row[] = await m.query(
        `SELECT id FROM occurrences
          WHERE clinic_id = $1
            AND ((due_at >= $2 AND due_at <= $3)
              OR (due_at >= $2::timestamptz - $4 * interval '1 millisecond'
                  AND due_at <= $3::timestamptz - $4 * interval '1 millisecond'))`,
        [clinicId, watermark.at, until, MISSED_MS],
      );
      await this.recount(
        m,
        clinicId,
        rows.map((r) => r.id),
        until,
      );
      await m.query('UPDATE rollup_watermarks SET applied_until = $2 WHERE clinic_id = $1', [
        clinicId,
        until,
      ]);
      return until;
    });
  }

  /** Recomputes a clinic's rollups from the raw rows, in one transaction; returns the new watermark. */
  rebuild(clinicId: string): Promise<Date> {
    return this.db.inClinic(clinicId, (m) => this.rebuildIn(m, clinicId));
  }

  /** The clinic's watermark, catching up first when it is more than `maxLagMs` behind. */
  async asOf(clinicId: string, maxLagMs: number): Promise<Date> {
    const now = this.clock.now();
    const [row] = await this.db
      .manager()
      .query('SELECT applied_until FROM rollup_watermarks WHERE clinic_id = $1', [clinicId]);
    if (row && now.getTime() - new Date(row.applied_until).getTime() <= maxLagMs) {
      return new Date(row.applied_until);
    }
    return this.catchUp(clinicId, now);
  }

  private async rebuildIn(m: EntityManager, clinicId: string): Promise<Date> {
    const at = this.clock.now();
    await m.query(
      `INSERT INTO rollup_watermarks (clinic_id, applied_until, rebuilt_at) VALUES ($1, $2, $2)
       ON CONFLICT (clinic_id) DO UPDATE SET applied_until = excluded.applied_until, rebuilt_at = excluded.rebuilt_at`,
      [clinicId, at],
    );
    for (const table of [
      'engagement_rollup',
      'engagement_week_rollup',
      'engagement_presence',
      'rollup_occurrence_state',
      'outcome_score_rollup',
    ]) {
      await m.query(`DELETE FROM ${table} WHERE clinic_id = $1`, [clinicId]);
    }
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Row[] = await m.query(
        `SELECT id FROM occurrences
          WHERE clinic_id = $1 AND id > $2 AND (due_at < $3 OR status IN ('submitted', 'reviewed'))
          ORDER BY id LIMIT ${REBUILD_BATCH}`,
        [clinicId, after, at],
      );
      if (rows.length === 0) break;
      await this.recount(
        m,
        clinicId,
        rows.map((r) => r.id),
        at,
        { statesOnly: true },
      );
      after = rows[rows.length - 1].id;
      if (rows.length < REBUILD_BATCH) break;
    }
    // The rollups of a rebuild are summed from the counted states in three set-based statements.
    for (const [table, dayColumn, day] of [
      ['engagement_rollup', 'day', 's.day'],
      ['engagement_week_rollup', 'week', `date_trunc('week', s.day)::date`],
    ] as const) {
      await m.query(
        `INSERT INTO ${table} (clinic_id, ${dayColumn}, clinician_id, program_key, kind, late_hour, ${COUNTER_COLUMNS.join(', ')})
         SELECT $1, ${day}, s.clinician_id, s.program_key, s.kind, coalesce(s.late_bucket, -1), ${STATE_SUMS}
           FROM rollup_occurrence_state s WHERE s.clinic_id = $1 AND s.due > 0
          GROUP BY 2, 3, 4, 5, 6`,
        [clinicId],
      );
    }
    await m.query(
      `INSERT INTO engagement_presence (clinic_id, block, clinician_id, program_key, kind, client_id, due_days, submit_days)
       SELECT $1, x.block, x.clinician_id, x.program_key, x.kind, x.client_id,
              coalesce(bit_or(x.bit) FILTER (WHERE x.due), ${NO_DAYS}),
              coalesce(bit_or(x.bit) FILTER (WHERE NOT x.due), ${NO_DAYS})
         FROM (SELECT ${blockSql('s.day')} AS block, s.clinician_id, s.program_key, s.kind, s.client_id,
                      ${dayBitSql('s.day')} AS bit, true AS due
                 FROM rollup_occurrence_state s WHERE s.clinic_id = $1 AND s.due > 0
               UNION ALL
               SELECT ${blockSql('s.submit_day')}, s.clinician_id, s.program_key, s.kind, s.client_id,
                      ${dayBitSql('s.submit_day')}, false
                 FROM rollup_occurrence_state s WHERE s.clinic_id = $1 AND s.submit_day IS NOT NULL) x
        GROUP BY 2, 3, 4, 5, 6`,
      [clinicId],
    );
    return at;
  }

  /** Locks the clinic's watermark; a clinic never counted (e.g. from before this feature) is rebuilt. */
  private async lock(m: EntityManager, clinicId: string): Promise<{ at: Date; rebuilt: boolean }> {
    const [row] = await m.query(
      'SELECT applied_until FROM rollup_watermarks WHERE clinic_id = $1 FOR UPDATE',
      [clinicId],
    );
    if (row) return { at: new Date(row.applied_until), rebuilt: false };
    return { at: await this.rebuildIn(m, clinicId), rebuilt: true };
  }

  /** Brings the given occurrences' counts to what they are at `at` (and records their scores). */
  private async recount(
    m: EntityManager,
    clinicId: string,
    ids: string[],
    at: Date,
    options: { statesOnly?: boolean } = {},
  ): Promise<void> {
    if (ids.length === 0) return;
    const facts: Row[] = await m.query(FACTS_SQL, [clinicId, ids]);
    const stored: Row[] = await m.query(
      `SELECT occurrence_id, client_id, day::text AS day, clinician_id, program_key, kind, due, submitted, on_time,
              declined, decline_reason, missed, late_bucket, submit_day::text AS submit_day
         FROM rollup_occurrence_state WHERE clinic_id = $1 AND occurrence_id = ANY($2::uuid[])`,
      [clinicId, ids],
    );
    const before = new Map(stored.map((r) => [r.occurrence_id as string, fromStateRow(r)]));
    const deltas = new DeltaSet();
    const upserts: Array<{ id: string; s: CountedState }> = [];
    const removals: string[] = [];
    for (const fact of facts) {
      const old = before.get(fact.id) ?? null;
      const next = countedState(fact, at);
      if (sameState(old, next)) continue;
      if (old) deltas.add(old, -1);
      if (next) {
        deltas.add(next, 1);
        upserts.push({ id: fact.id, s: next });
      } else removals.push(fact.id);
    }
    if (!options.statesOnly) await this.writeDeltas(m, clinicId, deltas);
    if (upserts.length > 0) {
      await m.query(
        `INSERT INTO rollup_occurrence_state (clinic_id, occurrence_id, client_id, day, clinician_id, program_key, kind,
            due, submitted, on_time, declined, decline_reason, missed, late_bucket, submit_day)
         SELECT $1, x.id, x.client_id, x.day, x.clinician_id, x.program_key, x.kind, x.due, x.submitted, x.on_time,
                x.declined, x.decline_reason, x.missed, x.late_bucket, x.submit_day
           FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, client_id uuid, day date, clinician_id uuid,
                program_key uuid, kind text, due int, submitted int, on_time int, declined int,
                decline_reason text, missed int, late_bucket int, submit_day date)
         ON CONFLICT (clinic_id, occurrence_id) DO UPDATE SET
           client_id = excluded.client_id, day = excluded.day, clinician_id = excluded.clinician_id,
           program_key = excluded.program_key, kind = excluded.kind, due = excluded.due,
           submitted = excluded.submitted, on_time = excluded.on_time, declined = excluded.declined,
           decline_reason = excluded.decline_reason, missed = excluded.missed,
           late_bucket = excluded.late_bucket, submit_day = excluded.submit_day`,
        [
          clinicId,
          JSON.stringify(
            upserts.map(({ id, s }) => ({
              id,
              client_id: s.clientId,
              day: s.day,
              clinician_id: s.clinicianId,
              program_key: s.programKey,
              kind: s.kind,
              due: s.due,
              submitted: s.submitted,
              on_time: s.onTime,
              declined: s.declined,
              decline_reason: s.reason,
              missed: s.missed,
              late_bucket: s.lateBucket,
              submit_day: s.submitDay,
            })),
          ),
        ],
      );
    }
    if (removals.length > 0) {
      await m.query(
        'DELETE FROM rollup_occurrence_state WHERE clinic_id = $1 AND occurrence_id = ANY($2::uuid[])',
        [clinicId, removals],
      );
    }
    if (!options.statesOnly) await this.writePresence(m, clinicId, deltas);
    await m.query(SCORES_SQL, [clinicId, ids]);
  }

  private async writeDeltas(m: EntityManager, clinicId: string, deltas: DeltaSet): Promise<void> {
    for (const [table, dayColumn, map] of [
      ['engagement_rollup', 'day', deltas.day],
      ['engagement_week_rollup', 'week', deltas.week],
    ] as const) {
      if (map.size === 0) continue;
      await m.query(
        `INSERT INTO ${table} AS r (clinic_id, ${dayColumn}, clinician_id, program_key, kind, late_hour, ${COUNTER_COLUMNS.join(', ')})
         SELECT $1, x.day, x.clinician_id, x.program_key, x.kind, x.late_hour, ${COUNTER_COLUMNS.map((c) => `x.${c}`).join(', ')}
           FROM jsonb_to_recordset($2::jsonb) AS x(day date, clinician_id uuid, program_key uuid, kind text,
                late_hour int, ${counterTypes})
         ON CONFLICT (clinic_id, ${dayColumn}, clinician_id, program_key, kind, late_hour) DO UPDATE SET ${counterUpdates}`,
        [clinicId, JSON.stringify([...map.values()])],
      );
    }
  }

  /**
   * Re-reads, from the counted states, whether each touched client-slice day still has something due
   * or a submission, and sets or clears its bits (the states are already written).
   */
  private async writePresence(m: EntityManager, clinicId: string, deltas: DeltaSet): Promise<void> {
    if (deltas.presence.size === 0) return;
    const bit = dayBitSql('v.day');
    await m.query(
      `WITH v AS (
         SELECT k.*, ${blockSql('k.day')} AS block,
                EXISTS (SELECT 1 FROM rollup_occurrence_state s
                         WHERE s.clinic_id = $1 AND s.client_id = k.client_id AND s.day = k.day AND s.due > 0
                           AND s.clinician_id = k.clinician_id AND s.program_key = k.program_key AND s.kind = k.kind) AS due,
                EXISTS (SELECT 1 FROM rollup_occurrence_state s
                         WHERE s.clinic_id = $1 AND s.client_id = k.client_id AND s.submit_day = k.day
                           AND s.clinician_id = k.clinician_id AND s.program_key = k.program_key AND s.kind = k.kind) AS submitted
           FROM jsonb_to_recordset($2::jsonb) AS k(client_id uuid, clinician_id uuid, program_key uuid, kind text, day date)
       ),
       c AS (
         SELECT v.block, v.clinician_id, v.program_key, v.kind, v.client_id,
                coalesce(bit_or(${bit}) FILTER (WHERE v.due), ${NO_DAYS}) AS due_set,
                coalesce(bit_or(${bit}) FILTER (WHERE NOT v.due), ${NO_DAYS}) AS due_clear,
                coalesce(bit_or(${bit}) FILTER (WHERE v.submitted), ${NO_DAYS}) AS submit_set,
                coalesce(bit_or(${bit}) FILTER (WHERE NOT v.submitted), ${NO_DAYS}) AS submit_clear
           FROM v GROUP BY 1, 2, 3, 4, 5
       ),
       changed AS (
         UPDATE engagement_presence p
            SET due_days = (p.due_days & ~c.due_clear) | c.due_set,
                submit_days = (p.submit_days & ~c.submit_clear) | c.submit_set
           FROM c
          WHERE p.clinic_id = $1 AND p.block = c.block AND p.clinician_id = c.clinician_id
            AND p.program_key = c.program_key AND p.kind = c.kind AND p.client_id = c.client_id
         RETURNING p.block, p.clinician_id, p.program_key, p.kind, p.client_id
       )
       INSERT INTO engagement_presence (clinic_id, block, clinician_id, program_key, kind, client_id, due_days, submit_days)
       SELECT $1, c.block, c.clinician_id, c.program_key, c.kind, c.client_id, c.due_set, c.submit_set
         FROM c
        WHERE (c.due_set <> ${NO_DAYS} OR c.submit_set <> ${NO_DAYS})
          AND NOT EXISTS (SELECT 1 FROM changed x
                           WHERE x.block = c.block AND x.clinician_id = c.clinician_id AND x.program_key = c.program_key
                             AND x.kind = c.kind AND x.client_id = c.client_id)`,
      [clinicId, JSON.stringify([...deltas.presence.values()])],
    );
  }
}

/** The Monday of a `YYYY-MM-DD` day's week. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The counters of a group of counted states (`rollup_occurrence_state s`), in COUNTER_COLUMNS order. */
const STATE_SUMS = [
  'sum(s.due)::int',
  'sum(s.submitted)::int',
  'sum(s.on_time)::int',
  'sum(s.declined)::int',
  ...DECLINE_REASONS.map(
    (r) => `(count(*) FILTER (WHERE s.declined > 0 AND s.decline_reason = '${r}'))::int`,
  ),
  'sum(s.missed)::int',
].join(', ');
