import { uuid } from './api-dist';
import type { TracedStatement, Transaction } from './sql-trace';

/**
 * What the report benchmark runs besides the API: (1) the API's own statements, replayed from a
 * trace of one request, and (2) the aggregation one would write over the raw rows without rollups.
 */

/** Turns a traced parameter description (sql-trace.ts `describe`) back into a value for node-postgres. */
export function parameter(described: string, context: { tokenHash: Buffer }): unknown {
  if (described === 'null') return null;
  if (described === 'timestamp') return new Date();
  if (/^bytea\(32\)$/.test(described)) return context.tokenHash;
  const space = described.indexOf(' ');
  const type = described.slice(0, space);
  const rest = described.slice(space + 1);
  switch (type) {
    case 'uuid':
      return rest;
    case 'text':
      return JSON.parse(rest) as string;
    case 'number':
    case 'bigint':
      return Number(rest);
    case 'boolean':
      return rest === 'true';
    case 'json':
      return JSON.parse(rest) as unknown;
    case 'array': {
      const inner = rest.slice(1, -1).trim();
      return inner === '' ? [] : inner.split(', ').map((x) => parameter(x, context));
    }
    default:
      throw new Error(`cannot replay a parameter described as ${described}`);
  }
}

export interface ReplayStatement {
  text: string;
  /** Builds the parameters for one replay (fresh audit event ids and timestamps each time). */
  values: () => unknown[];
}

/**
 * The traced transactions as replayable statements. Audit events get a new id each time (the
 * traced one is already stored); everything else is passed as traced.
 */
export function replayable(txs: Transaction[], context: { tokenHash: Buffer }): ReplayStatement[][] {
  return txs.map((tx) =>
    tx.map((s) => {
      const isAudit = /^INSERT INTO audit_events/i.test(s.text);
      return {
        text: s.text,
        values: () => s.values.map((v, i) => (isAudit && i === 1 ? uuid().v7() : parameter(v, context))),
      };
    }),
  );
}

/**
 * The traced statements of one request grouped into its transactions, with the real parameter
 * values kept (sql-trace.ts `transactions` renames ids; a replay needs them). Transactions of the
 * API's outbox relay, which polls on its own, are left out.
 */
export function requestTransactions(statements: TracedStatement[]): Transaction[] {
  const open = new Map<number, Transaction>();
  const done: Transaction[] = [];
  for (const statement of statements) {
    const text = statement.text.replace(/\s+/g, ' ').trim();
    let current = open.get(statement.connection);
    if (!current) {
      current = [];
      done.push(current);
      if (/^(START TRANSACTION|BEGIN)\b/i.test(text)) open.set(statement.connection, current);
    }
    current.push({ text, values: statement.values });
    if (/^(COMMIT|ROLLBACK)\b/i.test(text)) open.delete(statement.connection);
  }
  return done.filter((tx) => !tx.some((s) => /\binterlude_relay\b/.test(s.text)));
}

const MISSED = "interval '7 days'";

/**
 * Engagement without rollups: the same numbers (counts by due day, distinct clients with something
 * due, clients active by submission day, late-hours histogram) straight from occurrences,
 * submissions, declines, assignments and clients, grouped by `dim` (`week`, `clinician` or `total`).
 * $1 clinic, $2 from, $3 to, $4 now, $5 active-from (first day counted as "active").
 */
export function rawEngagementSql(dim: 'week' | 'clinician' | 'total'): string {
  const key = (day: string) =>
    dim === 'week'
      ? `date_trunc('week', ${day})::date::text`
      : dim === 'clinician'
        ? 'c.primary_clinician_id::text'
        : `''`;
  return `
  WITH due AS (
    SELECT ${key('o.local_date')} AS key, o.client_id, o.status, o.due_at, s.submitted_at, d.reason
      FROM occurrences o
      JOIN clients c ON c.clinic_id = o.clinic_id AND c.id = o.client_id
      LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
      LEFT JOIN declines d ON d.clinic_id = o.clinic_id AND d.occurrence_id = o.id
     WHERE o.clinic_id = $1 AND o.local_date BETWEEN $2::date AND $3::date AND o.due_at < $4
  ),
  counts AS (
    SELECT key, count(*)::int AS due,
           count(*) FILTER (WHERE status IN ('submitted', 'reviewed'))::int AS submitted,
           count(*) FILTER (WHERE status IN ('submitted', 'reviewed') AND submitted_at <= due_at)::int AS on_time,
           count(*) FILTER (WHERE status = 'declined')::int AS declined,
           count(*) FILTER (WHERE reason = 'not_relevant')::int AS declined_not_relevant,
           count(*) FILTER (WHERE reason = 'too_hard')::int AS declined_too_hard,
           count(*) FILTER (WHERE reason = 'not_safe')::int AS declined_not_safe,
           count(*) FILTER (WHERE reason = 'no_time')::int AS declined_no_time,
           count(*) FILTER (WHERE status = 'declined' AND (reason = 'other' OR reason IS NULL))::int AS declined_other,
           count(*) FILTER (WHERE status = 'pending' AND due_at + ${MISSED} <= $4)::int AS missed,
           count(DISTINCT client_id)::int AS clients
      FROM due GROUP BY key
  ),
  late AS (
    SELECT key, array_agg(n ORDER BY bucket) AS buckets, array_agg(bucket ORDER BY bucket) AS hours
      FROM (SELECT key, least(168, floor(extract(epoch FROM submitted_at - due_at) / 3600))::int AS bucket, count(*)::int AS n
              FROM due WHERE status IN ('submitted', 'reviewed') AND submitted_at > due_at GROUP BY 1, 2) h
     GROUP BY key
  ),
  active AS (
    SELECT ${key('(s.submitted_at AT TIME ZONE a.timezone)::date')} AS key, count(DISTINCT s.client_id)::int AS active
      FROM submissions s
      JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
      JOIN clients c ON c.clinic_id = s.clinic_id AND c.id = s.client_id
     WHERE s.clinic_id = $1 AND (s.submitted_at AT TIME ZONE a.timezone)::date BETWEEN $5::date AND $3::date
     GROUP BY 1
  )
  SELECT coalesce(counts.key, active.key) AS key, counts.*, late.buckets, late.hours, coalesce(active.active, 0) AS active
    FROM counts FULL JOIN active ON active.key = counts.key LEFT JOIN late ON late.key = counts.key`;
}

/**
 * Outcomes grouped by completion band without rollups: first and last score per client in the
 * period (at least two), the client's completion over all homework due in the period.
 * $1 clinic, $2 from, $3 to, $4 now, $5 measure.
 */
export const RAW_OUTCOMES_SQL = `
  WITH sc AS (
    SELECT ms.client_id, ms.total, ms.scored_at, ms.id
      FROM measure_scores ms
      JOIN submissions s ON s.clinic_id = ms.clinic_id AND s.id = ms.submission_id
      JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
     WHERE ms.clinic_id = $1 AND ms.measure = $5
       AND (ms.scored_at AT TIME ZONE a.timezone)::date BETWEEN $2::date AND $3::date
  ),
  per AS (
    SELECT client_id, count(*)::int AS n,
           (array_agg(total ORDER BY scored_at, id))[1] AS first,
           (array_agg(total ORDER BY scored_at DESC, id DESC))[1] AS last
      FROM sc GROUP BY client_id HAVING count(*) >= 2
  ),
  b AS (
    SELECT o.client_id, count(*)::int AS due,
           count(*) FILTER (WHERE o.status IN ('submitted', 'reviewed'))::int AS submitted
      FROM occurrences o
     WHERE o.clinic_id = $1 AND o.local_date BETWEEN $2::date AND $3::date AND o.due_at < $4
       AND o.client_id IN (SELECT client_id FROM per)
     GROUP BY o.client_id
  )
  SELECT CASE WHEN coalesce(b.due, 0) = 0 THEN NULL WHEN 3 * b.submitted < b.due THEN 'low'
              WHEN 3 * b.submitted > 2 * b.due THEN 'high' ELSE 'middle' END AS key,
         per.first, per.last, count(*)::int AS clients, sum(per.n)::int AS scores
    FROM per LEFT JOIN b ON b.client_id = per.client_id
   GROUP BY 1, 2, 3`;
