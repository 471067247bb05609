// Small-cell suppression for manager-facing report tables and exports (product spec §2, §5).
//
// A table has one row per group (a clinician, a program, a kind, a completion band, a week) and a
// total row. Each row counts the distinct clients behind it; every number in a suppressed row is
// hidden, whatever it is (a count, a rate, a median, a mean). The clinic's threshold is 5–20
// (default 11). The rules:
//
// 1. Zero is not sensitive: a row built from 0 clients is shown.
// 2. Total: if the total counts fewer than `threshold` clients (and more than 0), the total and every
//    group are suppressed — nothing in the table is shown.
// 3. Primary: a group counting fewer than `threshold` clients (and more than 0) is suppressed.
// 4. Complementary, only when the groups PARTITION the total's clients (each client of the total in
//    exactly one group; `partition`, default true). Then the total minus the shown groups reveals
//    the sum of the hidden ones, so:
//    - if exactly one group is suppressed, its value could be recovered exactly by subtraction; and
//      more generally, if the suppressed groups together count fewer than `threshold` clients, that
//      sum is itself a small cell. So the next-smallest non-zero shown group is suppressed too, and
//      again, until the suppressed groups together count at least `threshold` clients (which also
//      means at least two of them). Ties are broken by key, so the result never depends on order.
//    - Clients of the total that are in no group (total − Σ groups, e.g. clients with no homework
//      from any program) form an unseen remainder. It is treated as possibly known from elsewhere, so
//      it never protects a suppressed group; and when it is small (0 < remainder < threshold) and
//      nothing else is hidden, subtraction would reveal it, so groups are suppressed as above.
//    - If no shown group is left to suppress and the hidden sum is still too small, the total is
//      suppressed instead.
//    Groups that do not partition the total — weeks (a client is active in many weeks), clinicians
//    when clients have additional clinicians — get rules 1–3 only (`partition: false`): subtracting
//    overlapping groups from the total reveals nothing exact.
// 5. The result is deterministic: the same groups in any order give the same suppression.
//
// Limits: this protects one table. Differences between two requests (one period against a period a
// day longer, the clinic against the clinic minus one clinician's filter) are not tracked here.

export interface SuppressionInput {
  /** Distinct clients behind the total row. */
  total: number;
  /** Distinct clients behind each group row; keys are unique. */
  groups: ReadonlyArray<{ key: string; clients: number }>;
  /**
   * True (the default) when each client of the total is in exactly one group, so Σ groups ≤ total and
   * the difference is the clients in no group. False for overlapping groups such as weeks.
   */
  partition?: boolean;
}

export interface SuppressionResult {
  totalSuppressed: boolean;
  suppressedKeys: ReadonlySet<string>;
}

const assertCount = (value: number, what: string): void => {
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${what} must be a whole number ≥ 0, got ${value}`);
};

/** Decides which rows of one table to suppress (rules above). */
export function suppressSmallCells(input: SuppressionInput, threshold: number): SuppressionResult {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new Error(`The small-cell threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  const { total, groups } = input;
  const partition = input.partition ?? true;
  assertCount(total, 'The total');
  const seen = new Set<string>();
  for (const { key, clients } of groups) {
    assertCount(clients, `Group "${key}"`);
    if (seen.has(key)) throw new Error(`Group "${key}" appears twice`);
    seen.add(key);
  }

  const isSmall = (clients: number) => clients > 0 && clients < threshold;

  // Rule 2: a small total hides everything.
  if (isSmall(total)) return { totalSuppressed: true, suppressedKeys: seen };

  // Rule 3: primary suppression.
  const suppressed = new Set(groups.filter((g) => isSmall(g.clients)).map((g) => g.key));
  if (!partition) return { totalSuppressed: false, suppressedKeys: suppressed };

  // Rule 4: complementary suppression.
  const groupSum = groups.reduce((sum, g) => sum + g.clients, 0);
  const remainder = total - groupSum;
  if (remainder < 0) {
    throw new Error(
      `The groups count ${groupSum} clients but the total only ${total}: they overlap, so pass partition: false`,
    );
  }
  let hiddenSum = groups.reduce((sum, g) => (suppressed.has(g.key) ? sum + g.clients : sum), 0);
  const safe = () => (hiddenSum === 0 ? !isSmall(remainder) : hiddenSum >= threshold);
  const candidates = groups
    .filter((g) => g.clients > 0 && !suppressed.has(g.key))
    .sort((a, b) => a.clients - b.clients || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const next of candidates) {
    if (safe()) break;
    suppressed.add(next.key);
    hiddenSum += next.clients;
  }
  return { totalSuppressed: !safe(), suppressedKeys: suppressed };
}

/** One number of a report as managers get it: `value` is null when suppressed (contracts' ReportCell). */
export interface SuppressibleCell {
  value: number | null;
  suppressed: boolean;
}

/** The same shape as `T` with every number (or null) turned into a cell. */
export type SuppressedCells<T> = {
  [K in keyof T]: T[K] extends number | null ? SuppressibleCell : SuppressedCells<T[K]>;
};

/** A cell for one number: hidden (null) when the row is suppressed. */
export function reportCell(value: number | null, suppressed: boolean): SuppressibleCell {
  return suppressed ? { value: null, suppressed: true } : { value, suppressed: false };
}

/**
 * Turns a row of numbers — nested records such as `declinedByReason` included — into report cells,
 * hiding every one of them when the row is suppressed. Example:
 * `applySuppression({ clients: 4, rate: 0.5 }, true)` →
 * `{ clients: { value: null, suppressed: true }, rate: { value: null, suppressed: true } }`.
 */
export function applySuppression<T extends object>(cells: T, suppressed: boolean): SuppressedCells<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cells)) {
    if (value === null || typeof value === 'number') out[key] = reportCell(value, suppressed);
    else if (typeof value === 'object' && !Array.isArray(value))
      out[key] = applySuppression(value, suppressed);
    else throw new Error(`Cannot make a report cell of "${key}"`);
  }
  return out as SuppressedCells<T>;
}
