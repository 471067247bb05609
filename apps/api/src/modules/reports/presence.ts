/**
 * `engagement_presence` keeps, per client and slice (clinician × program × kind), one bit per
 * client-local day in blocks of 52 weeks: a day with something due, and a day with a submission.
 * Distinct-client counts for any period then read one row per client and slice, not one per day.
 */

/** Block 0 starts on this Monday; every block starts on a Monday, so a week never spans two. */
export const PRESENCE_EPOCH = '2000-01-03';
export const BLOCK_DAYS = 364;

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.parse(`${PRESENCE_EPOCH}T00:00:00Z`);

/** Days since the epoch of a `YYYY-MM-DD` day (negative before it). */
export const dayIndex = (day: string): number =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH_MS) / DAY_MS);

export const blockOf = (day: string): number => Math.floor(dayIndex(day) / BLOCK_DAYS);

/** SQL: the block of a date expression. */
export const blockSql = (day: string) => `floor((${day} - DATE '${PRESENCE_EPOCH}') / ${BLOCK_DAYS}.0)::int`;
/** SQL: a bit(364) with only the bit of a date expression's day set. */
export const dayBitSql = (day: string) =>
  `(B'1'::bit(${BLOCK_DAYS}) >> ((${day} - DATE '${PRESENCE_EPOCH}') - ${BLOCK_DAYS} * ${blockSql(day)}))`;
export const NO_DAYS = `B'0'::bit(${BLOCK_DAYS})`;

/**
 * The bit masks selecting the days `from`..`to` (inclusive), one per block they touch, as
 * `{block, mask}` with `mask` a string of 364 '0'/'1' characters (SQL: `mask::bit(364)`).
 */
export function dayMasks(from: string, to: string): Array<{ block: number; mask: string }> {
  const first = dayIndex(from);
  const last = dayIndex(to);
  const out: Array<{ block: number; mask: string }> = [];
  for (let block = Math.floor(first / BLOCK_DAYS); block * BLOCK_DAYS <= last; block++) {
    const start = Math.max(first - block * BLOCK_DAYS, 0);
    const end = Math.min(last - block * BLOCK_DAYS, BLOCK_DAYS - 1);
    if (end < start) continue;
    out.push({
      block,
      mask: '0'.repeat(start) + '1'.repeat(end - start + 1) + '0'.repeat(BLOCK_DAYS - 1 - end),
    });
  }
  return out;
}
