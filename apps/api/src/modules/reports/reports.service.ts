import type {
  EngagementCells,
  EngagementQuery,
  EngagementReport,
  OutcomeCells,
  OutcomesQuery,
  OutcomesReport,
} from '@interlude/contracts';
import {
  addOutcomeCounts,
  COMPLETION_BAND_LABEL,
  COMPLETION_BANDS,
  classifyOutcome,
  DECLINE_REASONS,
  type EngagementCounts,
  emptyEngagementCounts,
  emptyOutcomeCounts,
  engagementMetrics,
  LATE_HOURS_BUCKETS,
  type OutcomeCounts,
  type OutcomeThresholdOverrides,
  type OutcomeThresholds,
  outcomeMeans,
  resolveOutcomeThresholds,
  suppressSmallCells,
} from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid } from '../../platform/errors/problem';
import { visibleClients } from '../clients/client-access';
import { BLOCK_DAYS, dayIndex, dayMasks } from './presence';
import { NO_PROGRAM } from './rollup-topics';
import { RollupWriter } from './rollup-writer';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL rows
type Row = Record<string, any>;

/** Reports are at most this far behind the raw rows: older watermarks are brought up to date first. */
export const MAX_ROLLUP_LAG_MS = 60_000;
/** The default period: the last 12 weeks, ending today in the clinic's time zone. */
const DEFAULT_DAYS = 84;
/** The longest period a report covers (weekly rows stay a manageable number). */
const MAX_DAYS = 3 * 366;

export type ReportScope = 'clinic' | 'caseload';

/** Managers and admins read the whole clinic; a clinician (only) their caseload. */
export const scopeOf = (member: ClinicMembership): ReportScope =>
  member.roles.includes('admin') || member.roles.includes('manager') ? 'clinic' : 'caseload';

interface Period {
  from: string;
  to: string;
}

interface Filters {
  clinicianId?: string;
  programId?: string;
  kind?: string;
}

/** One row of numbers before suppression. */
type Numbers<T> = { [K in keyof T]: T[K] extends { value: unknown } ? number | null : Numbers<T[K]> };

const cell = (value: number | null, suppressed: boolean) =>
  suppressed ? { value: null, suppressed: true } : { value, suppressed: false };

function cells<T>(numbers: Numbers<T>, suppressed: boolean): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(numbers as Record<string, unknown>)) {
    out[key] =
      value === null || typeof value === 'number'
        ? cell(value, suppressed)
        : cells(value as Numbers<unknown>, suppressed);
  }
  return out as T;
}

/**
 * Which rows of one table to hide. Counts in a table partition the occurrences (or clients) even when
 * a client appears in several groups, so a hidden group must not be recoverable as "total minus
 * the rest": when groups overlap in clients, complementary suppression works against their sum.
 */
export function suppression(
  total: number,
  groups: Array<{ key: string; clients: number }>,
  threshold: number,
): { totalSuppressed: boolean; suppressedKeys: ReadonlySet<string> } {
  const sum = groups.reduce((s, g) => s + g.clients, 0);
  const result = suppressSmallCells({ total: Math.max(total, sum), groups, partition: true }, threshold);
  const totalSmall = total > 0 && total < threshold;
  if (totalSmall) return { totalSuppressed: true, suppressedKeys: new Set(groups.map((g) => g.key)) };
  return { totalSuppressed: sum <= total && result.totalSuppressed, suppressedKeys: result.suppressedKeys };
}

const KIND_LABEL: Record<string, string> = {
  journal: 'Journal',
  schedule: 'Activity schedule',
  event_plan: 'Event plan',
  interests: 'Interests',
  worksheet: 'Worksheet',
  reach_out: 'Reaching out',
  meeting: 'Meeting',
  social_skills: 'Social skills',
  reading: 'Reading',
  measure: 'Questionnaire',
};

/**
 * Engagement and outcome reports, read from the rollups only (see docs/adr/0006-report-rollups.md):
 * SQL returns sums, histograms and distinct-client counts per group — never a client — and the
 * numbers are finished with the definitions in @interlude/domain. For the whole clinic (managers,
 * admins) rows counting fewer clients than the clinic's threshold are suppressed, with complementary
 * suppression; a clinician's own caseload is shown unsuppressed (they see those records anyway).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly rollups: RollupWriter,
    private readonly clock: Clock,
  ) {}

  async engagement(
    member: ClinicMembership,
    q: EngagementQuery,
    options: { suppress?: boolean } = {},
  ): Promise<EngagementReport> {
    const scope = scopeOf(member);
    const { threshold, period } = await this.setting(member.clinicId, q);
    const asOf = await this.rollups.asOf(member.clinicId, MAX_ROLLUP_LAG_MS);
    const suppress = options.suppress ?? scope === 'clinic';
    const filters: Filters = { clinicianId: q.clinicianId, programId: q.programId, kind: q.kind };
    const numbers = await this.engagementNumbers(member, scope, period, filters, q.groupBy);
    const total = numbers.total;
    const groupsMap = numbers.groups;
    const weeklyMap = q.groupBy === 'week' ? groupsMap : numbers.weekly;

    const weeks = weekStarts(period);
    if (q.groupBy === 'week') for (const w of weeks) if (!groupsMap.has(w)) groupsMap.set(w, blank());
    const labels = await this.labels(member.clinicId, q.groupBy, [...groupsMap.keys()]);
    const groupKeys = [...groupsMap.keys()].sort((a, b) =>
      q.groupBy === 'week'
        ? a.localeCompare(b)
        : (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b) || a.localeCompare(b),
    );
    const groupHide = suppress
      ? suppression(
          total.clients,
          groupKeys.map((key) => ({ key, clients: groupsMap.get(key)?.clients ?? 0 })),
          threshold,
        )
      : { totalSuppressed: false, suppressedKeys: new Set<string>() };
    const weekHide = suppress
      ? suppression(
          total.clients,
          weeks.map((key) => ({ key, clients: weeklyMap.get(key)?.clients ?? 0 })),
          threshold,
        )
      : { totalSuppressed: false, suppressedKeys: new Set<string>() };
    const totalSuppressed = groupHide.totalSuppressed || weekHide.totalSuppressed;

    return {
      from: period.from,
      to: period.to,
      groupBy: q.groupBy,
      threshold,
      scope,
      totals: engagementCells(total, totalSuppressed),
      groups: groupKeys.map((key) => ({
        key,
        label: labels.get(key) ?? key,
        cells: engagementCells(
          groupsMap.get(key) ?? blank(),
          totalSuppressed || groupHide.suppressedKeys.has(key),
        ),
      })),
      weekly: weeks.map((weekStart) => ({
        weekStart,
        cells: engagementCells(
          weeklyMap.get(weekStart) ?? blank(),
          totalSuppressed || weekHide.suppressedKeys.has(weekStart),
        ),
      })),
      asOf: asOf.toISOString(),
    };
  }

  async outcomes(
    member: ClinicMembership,
    q: OutcomesQuery,
    options: { suppress?: boolean } = {},
  ): Promise<OutcomesReport> {
    const scope = scopeOf(member);
    const { threshold, period, outcomeThresholds } = await this.setting(member.clinicId, q);
    const asOf = await this.rollups.asOf(member.clinicId, MAX_ROLLUP_LAG_MS);
    const suppress = options.suppress ?? scope === 'clinic';
    const t = resolveOutcomeThresholds(q.measure, outcomeThresholds);
    // Bands are per client, so their rows also add up to the total; a client's first and last score
    // under each clinician or program are not the client's overall ones, so those need their own pass.
    const grouped = await this.outcomesBy(member, scope, period, q, q.groupBy, t);
    const total =
      q.groupBy === 'clinician' || q.groupBy === 'program'
        ? (await this.outcomesBy(member, scope, period, q, 'none', t)).total
        : grouped.total;
    const groupsMap = q.groupBy === 'none' ? new Map<string, OutcomeCounts>() : grouped.groups;
    if (q.groupBy === 'engagement')
      for (const band of COMPLETION_BANDS)
        if (!groupsMap.has(band)) groupsMap.set(band, emptyOutcomeCounts());
    const labels = await this.labels(member.clinicId, q.groupBy, [...groupsMap.keys()]);
    const keys = [...groupsMap.keys()].sort((a, b) =>
      q.groupBy === 'engagement'
        ? COMPLETION_BANDS.indexOf(a as never) - COMPLETION_BANDS.indexOf(b as never)
        : (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b) || a.localeCompare(b),
    );
    const hide = suppress
      ? suppression(
          total.clients,
          keys.map((key) => ({ key, clients: groupsMap.get(key)?.clients ?? 0 })),
          threshold,
        )
      : { totalSuppressed: false, suppressedKeys: new Set<string>() };
    const toCells = (c: OutcomeCounts, hidden: boolean): OutcomeCells => {
      const { meanFirst, meanLast } = outcomeMeans(c);
      return cells<OutcomeCells>(
        {
          clients: c.clients,
          scores: c.scores,
          reliableImprovement: c.reliableImprovement,
          reliableDeterioration: c.reliableDeterioration,
          noReliableChange: c.noReliableChange,
          caseAtStart: c.caseAtStart,
          recovery: c.recovery,
          reliableRecovery: c.reliableRecovery,
          meanFirst,
          meanLast,
        },
        hidden,
      );
    };
    return {
      from: period.from,
      to: period.to,
      measure: q.measure,
      groupBy: q.groupBy,
      threshold,
      scope,
      caseness: t.caseness,
      reliableChange: t.reliableChange,
      totals: toCells(total, hide.totalSuppressed),
      groups: keys.map((key) => ({
        key,
        label: labels.get(key) ?? key,
        cells: toCells(
          groupsMap.get(key) ?? emptyOutcomeCounts(),
          hide.totalSuppressed || hide.suppressedKeys.has(key),
        ),
      })),
      asOf: asOf.toISOString(),
    };
  }

  /** The clinic's threshold and the period asked for (default: the last 12 weeks to today). */
  private async setting(clinicId: string, q: { from?: string; to?: string }) {
    const [row] = await this.db.manager().query(
      `SELECT small_cell_threshold, outcome_thresholds,
              (($2::timestamptz AT TIME ZONE timezone)::date)::text AS today FROM clinics WHERE id = $1`,
      [clinicId, this.clock.now()],
    );
    const to = q.to ?? (q.from && q.from > row.today ? q.from : row.today);
    const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    if (daysBetween(from, to) >= MAX_DAYS) {
      throw invalid([{ path: 'from', message: 'Choose a period of at most three years' }]);
    }
    return {
      threshold: row.small_cell_threshold as number,
      period: { from, to },
      outcomeThresholds: row.outcome_thresholds as OutcomeThresholdOverrides,
    };
  }

  /**
   * Engagement numbers for the total, each group and each week, in three statements. Counts are
   * summed for the whole clinic from the week rollup (the period's whole weeks) and the day rollup
   * (the days of its partial weeks), for a caseload from its clients' counted occurrences; distinct
   * and active clients come from the presence bits.
   */
  private async engagementNumbers(
    member: ClinicMembership,
    scope: ReportScope,
    period: Period,
    f: Filters,
    groupBy: EngagementQuery['groupBy'],
  ): Promise<{
    total: EngagementRow;
    groups: Map<string, EngagementRow>;
    weekly: Map<string, EngagementRow>;
  }> {
    const m = this.db.manager();
    const common = [
      member.clinicId,
      period.from,
      period.to,
      f.clinicianId ?? null,
      f.programId ?? null,
      f.kind ?? null,
      member.membershipId,
    ];
    const filters = `($4::uuid IS NULL OR r.clinician_id = $4) AND ($5::uuid IS NULL OR r.program_key = $5)
        AND ($6::text IS NULL OR r.kind = $6)`;
    const caseload =
      scope === 'caseload'
        ? `r.client_id IN (SELECT c.id FROM clients c WHERE c.clinic_id = $1 AND ${visibleClients(member, 7)})`
        : '$7::uuid IS NOT NULL';
    const dim = GROUP_DIM[groupBy];
    const mondayOf = (day: string) => `${day} - (extract(isodow FROM ${day})::int - 1)`;

    const whole = wholeWeeks(period);
    const source =
      scope === 'clinic'
        ? `SELECT r.week, r.clinician_id, r.program_key, r.kind, r.late_hour, ${SUMMED.join(', ')}
             FROM engagement_week_rollup r
            WHERE r.clinic_id = $1 AND r.week BETWEEN $8::date AND $9::date AND ${filters} AND ${caseload}
           UNION ALL
           SELECT ${mondayOf('r.day')}, r.clinician_id, r.program_key, r.kind, r.late_hour, ${SUMMED.join(', ')}
             FROM engagement_rollup r
            WHERE r.clinic_id = $1 AND r.day BETWEEN $2::date AND $3::date
              AND (r.day < $8::date OR r.day > $9::date + 6) AND ${filters} AND ${caseload}`
        : `SELECT ${mondayOf('r.day')} AS week, r.clinician_id, r.program_key, r.kind,
                  coalesce(r.late_bucket, -1) AS late_hour, r.due, r.submitted, r.on_time, r.declined,
                  ${DECLINE_REASONS.map((x) => `(r.declined > 0 AND r.decline_reason = '${x}')::int AS declined_${x}`).join(', ')},
                  r.missed
             FROM rollup_occurrence_state r
            WHERE r.clinic_id = $1 AND r.due > 0 AND r.day BETWEEN $2::date AND $3::date
              AND $8::date IS NOT NULL AND $9::date IS NOT NULL AND ${filters} AND ${caseload}`;
    // One pass for the groups, the weeks and the total (GROUPING: 1 group, 2 week, 3 total).
    const sets =
      groupBy === 'week'
        ? `(${dim}, r.late_hour), (r.late_hour)`
        : `(${dim}, r.late_hour), (r.week, r.late_hour), (r.late_hour)`;
    const sums: Row[] = await m.query(
      `WITH g AS (
         SELECT ${groupBy === 'week' ? 'CASE GROUPING(r.week) WHEN 0 THEN 2 ELSE 3 END' : `GROUPING(${dim}, r.week)`} AS set,
                ${dim} AS key, r.week, r.late_hour,
                ${COUNTERS.map((c) => `sum(r.${c}) AS ${c}`).join(', ')}
           FROM (${source}) r GROUP BY GROUPING SETS (${sets})
       )
       SELECT set, CASE set WHEN 2 THEN week::text WHEN 3 THEN '' ELSE key::text END AS key,
              ${COUNTERS.map((c) => `sum(${c})::int AS ${c}`).join(', ')},
              array_agg(late_hour ORDER BY late_hour) FILTER (WHERE late_hour >= 0) AS late_at,
              array_agg((submitted - on_time)::int ORDER BY late_hour) FILTER (WHERE late_hour >= 0) AS late_n
         FROM g GROUP BY set, 2`,
      [...common, whole.first, whole.last],
    );

    // Distinct clients with something due, and active ones (a submission in the period's last 7 days),
    // for the total and each group: one row per client and slice per 52-week block.
    const due = dayMasks(period.from, period.to);
    const active = new Map(
      dayMasks(maxDay(period.from, addDays(period.to, -6)), period.to).map((x) => [x.block, x.mask]),
    );
    const perGroup = groupBy !== 'week';
    const distinct: Row[] = await m.query(
      `WITH b AS (
         SELECT b.block, b.due::bit(${BLOCK_DAYS}) AS due, b.active::bit(${BLOCK_DAYS}) AS active
           FROM unnest($8::int[], $9::text[], $10::text[]) AS b(block, due, active)
       ),
       p AS (
         SELECT ${perGroup ? `GROUPING(${dim}) AS set, ${dim} AS key` : `1 AS set, NULL AS key`}, r.client_id,
                bool_or(bit_count(r.due_days & b.due) > 0) AS had_due,
                bool_or(bit_count(r.submit_days & b.active) > 0) AS was_active
           FROM engagement_presence r JOIN b ON b.block = r.block
          WHERE r.clinic_id = $1 AND r.block = ANY($8::int[]) AND ${filters} AND ${caseload}
            AND $2::date IS NOT NULL AND $3::date IS NOT NULL
          GROUP BY ${perGroup ? `GROUPING SETS ((${dim}, r.client_id), (r.client_id))` : 'r.client_id'}
       )
       SELECT CASE set WHEN 1 THEN 3 ELSE 1 END AS set, CASE set WHEN 1 THEN '' ELSE key::text END AS key,
              count(*) FILTER (WHERE had_due)::int AS clients, count(*) FILTER (WHERE was_active)::int AS active
         FROM p GROUP BY 1, 2`,
      [
        ...common,
        due.map((x) => x.block),
        due.map((x) => x.mask),
        due.map((x) => active.get(x.block) ?? '0'.repeat(BLOCK_DAYS)),
      ],
    );

    // …and for each week (active: a submission in that week); a week lies in one block. Whole weeks
    // test the per-week bits, the period's partial first and last weeks the day bits.
    const weeks = weekStarts(period).map((w) => {
      const [mask] = dayMasks(maxDay(w, period.from), minDay(addDays(w, 6), period.to));
      const whole = w >= period.from && addDays(w, 6) <= period.to;
      const bit = (BigInt(1) << BigInt(Math.floor((dayIndex(w) - mask.block * BLOCK_DAYS) / 7))).toString();
      return { week: w, block: mask.block, mask: whole ? null : mask.mask, bit };
    });
    const weekly: Row[] = await m.query(
      `WITH w AS (
         SELECT w.key, w.block, w.mask::bit(${BLOCK_DAYS}) AS mask, w.bit
           FROM unnest($8::text[], $9::int[], $10::text[], $11::bigint[]) AS w(key, block, mask, bit)
       ),
       p AS MATERIALIZED (
         SELECT r.client_id, r.block, bit_or(r.due_weeks) AS due_weeks, bit_or(r.submit_weeks) AS submit_weeks,
                bit_or(r.due_days) AS due_days, bit_or(r.submit_days) AS submit_days
           FROM engagement_presence r
          WHERE r.clinic_id = $1 AND r.block = ANY($9::int[]) AND ${filters} AND ${caseload}
            AND $2::date IS NOT NULL AND $3::date IS NOT NULL
          GROUP BY 1, 2
       )
       SELECT 2 AS set, w.key,
              count(*) FILTER (WHERE CASE WHEN w.mask IS NULL THEN p.due_weeks & w.bit <> 0
                                          ELSE bit_count(p.due_days & w.mask) > 0 END)::int AS clients,
              count(*) FILTER (WHERE CASE WHEN w.mask IS NULL THEN p.submit_weeks & w.bit <> 0
                                          ELSE bit_count(p.submit_days & w.mask) > 0 END)::int AS active
         FROM p JOIN w ON w.block = p.block GROUP BY w.key`,
      [
        ...common,
        weeks.map((w) => w.week),
        weeks.map((w) => w.block),
        weeks.map((w) => w.mask),
        weeks.map((w) => w.bit),
      ],
    );

    const maps = new Map<number, Map<string, EngagementRow>>([
      [1, new Map()],
      [2, new Map()],
      [3, new Map()],
    ]);
    const at = (set: number, key: string) => {
      const map = maps.get(set) as Map<string, EngagementRow>;
      const row = map.get(key) ?? blank();
      map.set(key, row);
      return row;
    };
    for (const r of sums) {
      const lateHours = new Array<number>(LATE_HOURS_BUCKETS).fill(0);
      (r.late_at ?? []).forEach((hour: number, i: number) => {
        lateHours[hour] = r.late_n[i];
      });
      at(r.set, r.key).counts = {
        due: r.due,
        submitted: r.submitted,
        onTime: r.on_time,
        declined: r.declined,
        declinedByReason: Object.fromEntries(
          DECLINE_REASONS.map((x) => [x, r[`declined_${x}`]]),
        ) as EngagementCounts['declinedByReason'],
        missed: r.missed,
        lateHours,
      };
    }
    for (const r of [...distinct, ...weekly]) {
      const row = at(r.set, r.key);
      row.clients = r.clients;
      row.active = r.active;
    }
    for (const map of maps.values())
      for (const [key, row] of map)
        if (row.counts.due === 0 && row.clients === 0 && row.active === 0) map.delete(key);
    const weeklyMap = maps.get(2) as Map<string, EngagementRow>;
    return {
      total: maps.get(3)?.get('') ?? blank(),
      groups: groupBy === 'week' ? weeklyMap : (maps.get(1) as Map<string, EngagementRow>),
      weekly: weeklyMap,
    };
  }

  /**
   * Outcome counts per group: SQL returns how many clients went from each first score to each last
   * (with their number of scores) — a histogram, not clients — classified here by the domain rule.
   * `total` adds up every row (clients without a band too); it is the clinic's total only when each
   * client has one row (no grouping, or by band).
   */
  private async outcomesBy(
    member: ClinicMembership,
    scope: ReportScope,
    period: Period,
    q: OutcomesQuery,
    groupBy: OutcomesQuery['groupBy'],
    t: OutcomeThresholds,
  ): Promise<{ groups: Map<string, OutcomeCounts>; total: OutcomeCounts }> {
    const dim =
      groupBy === 'clinician' ? 's.clinician_id::text' : groupBy === 'program' ? 's.program_key::text' : `''`;
    const caseload =
      scope === 'caseload'
        ? `AND s.client_id IN (SELECT c.id FROM clients c WHERE c.clinic_id = $1 AND ${visibleClients(member, 7)})`
        : 'AND $7::uuid IS NOT NULL';
    // Completion band over all the client's homework due in the period (mirrors completionBandOf).
    const band = `CASE WHEN coalesce(b.due, 0) = 0 THEN NULL WHEN 3 * b.submitted < b.due THEN 'low'
                       WHEN 3 * b.submitted > 2 * b.due THEN 'high' ELSE 'middle' END`;
    const rows: Row[] = await this.db.manager().query(
      `WITH sc AS (
         SELECT s.client_id, ${dim} AS key, s.total, s.scored_at, s.score_id
           FROM outcome_score_rollup s
          WHERE s.clinic_id = $1 AND s.measure = $8 AND s.day BETWEEN $2::date AND $3::date
            AND ($4::uuid IS NULL OR s.clinician_id = $4) AND ($5::uuid IS NULL OR s.program_key = $5)
            AND $6::text IS NULL ${caseload}
       ),
       per AS (
         SELECT key, client_id, count(*)::int AS n,
                (array_agg(total ORDER BY scored_at, score_id))[1] AS first,
                (array_agg(total ORDER BY scored_at DESC, score_id DESC))[1] AS last
           FROM sc GROUP BY key, client_id HAVING count(*) >= 2
       ),
       b AS (
         SELECT r.client_id, sum(r.due)::int AS due, sum(r.submitted)::int AS submitted
           FROM rollup_occurrence_state r
          WHERE r.clinic_id = $1 AND r.day BETWEEN $2::date AND $3::date
            AND r.client_id IN (SELECT client_id FROM per)
          GROUP BY r.client_id
       )
       SELECT ${groupBy === 'engagement' ? band : 'per.key'} AS key, per.first, per.last,
              count(*)::int AS clients, sum(per.n)::int AS scores
         FROM per ${groupBy === 'engagement' ? 'LEFT JOIN b ON b.client_id = per.client_id' : ''}
        GROUP BY 1, 2, 3`,
      [
        member.clinicId,
        period.from,
        period.to,
        q.clinicianId ?? null,
        q.programId ?? null,
        null,
        member.membershipId,
        q.measure,
      ],
    );
    const out = new Map<string, OutcomeCounts>();
    let total = emptyOutcomeCounts();
    for (const r of rows) {
      const o = classifyOutcome(r.first, r.last, t);
      const n = r.clients as number;
      const c: OutcomeCounts = {
        clients: n,
        scores: r.scores,
        reliableImprovement: o.reliableImprovement ? n : 0,
        reliableDeterioration: o.reliableDeterioration ? n : 0,
        noReliableChange: o.noReliableChange ? n : 0,
        caseAtStart: o.caseAtStart ? n : 0,
        recovery: o.recovery ? n : 0,
        reliableRecovery: o.reliableRecovery ? n : 0,
        sumFirst: r.first * n,
        sumLast: r.last * n,
      };
      total = addOutcomeCounts(total, c);
      if (r.key !== null) out.set(r.key, addOutcomeCounts(out.get(r.key) ?? emptyOutcomeCounts(), c));
    }
    return { groups: out, total };
  }

  /** Labels for group keys: staff names, program names, kinds, weeks, bands — never a client. */
  private async labels(clinicId: string, groupBy: string, keys: string[]): Promise<Map<string, string>> {
    const m = this.db.manager();
    const labels = new Map<string, string>();
    if (groupBy === 'clinician' && keys.length > 0) {
      const rows: Row[] = await m.query(
        `SELECT m.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.clinic_id = $1 AND m.id = ANY($2::uuid[])`,
        [clinicId, keys],
      );
      for (const r of rows) labels.set(r.id, r.name);
    } else if (groupBy === 'program') {
      labels.set(NO_PROGRAM, 'No program');
      const rows: Row[] = await m.query(
        'SELECT id, name FROM programs WHERE clinic_id = $1 AND id = ANY($2::uuid[])',
        [clinicId, keys],
      );
      for (const r of rows) labels.set(r.id, r.name);
    } else if (groupBy === 'kind') {
      for (const key of keys) labels.set(key, KIND_LABEL[key] ?? key);
    } else if (groupBy === 'week') {
      for (const key of keys) labels.set(key, `Week of ${key}`);
    } else if (groupBy === 'engagement') {
      for (const band of COMPLETION_BANDS) labels.set(band, COMPLETION_BAND_LABEL[band]);
    }
    return labels;
  }
}

const COUNTERS = [
  'due',
  'submitted',
  'on_time',
  'declined',
  ...DECLINE_REASONS.map((r) => `declined_${r}`),
  'missed',
];
/** The counters, with the decline reasons, as the sums' sources name them. */
const SUMMED = COUNTERS.map((c) => `r.${c}`);

/** The grouping column of the sums' sources and the presence rows (for weeks, the sums' only). */
const GROUP_DIM: Record<EngagementQuery['groupBy'], string> = {
  week: 'r.week',
  clinician: 'r.clinician_id',
  program: 'r.program_key',
  kind: 'r.kind',
};

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * The first and last Monday of the weeks lying wholly inside the period (the first after the last
 * when there is none); the days outside them are read from the day rollup.
 */
export function wholeWeeks(period: Period): { first: string; last: string } {
  const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
  const first = addDays(period.from, (8 - weekday(period.from)) % 7);
  const lastStart = addDays(period.to, -6);
  const last = addDays(lastStart, -((weekday(lastStart) + 6) % 7));
  return { first, last };
}

export interface EngagementRow {
  counts: EngagementCounts;
  clients: number;
  active: number;
}

const blank = (): EngagementRow => ({ counts: emptyEngagementCounts(), clients: 0, active: 0 });

function engagementCells(row: EngagementRow, suppressed: boolean): EngagementCells {
  const metrics = engagementMetrics(row.counts);
  return cells<EngagementCells>(
    {
      clients: row.clients,
      due: metrics.due,
      submitted: metrics.submitted,
      onTime: metrics.onTime,
      completionRate: metrics.completionRate,
      onTimeRate: metrics.onTimeRate,
      declined: metrics.declined,
      declinedByReason: metrics.declinedByReason,
      missed: metrics.missed,
      medianHoursLate: metrics.medianHoursLate,
      activeClients: row.active,
    },
    suppressed,
  );
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The Mondays of the weeks the period touches. */
export function weekStarts(period: Period): string[] {
  const start = new Date(`${period.from}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const weeks: string[] = [];
  for (let d = start.toISOString().slice(0, 10); d <= period.to; d = addDays(d, 7)) weeks.push(d);
  return weeks;
}
