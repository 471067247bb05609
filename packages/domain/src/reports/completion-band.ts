// Homework completion bands, for "outcomes grouped by engagement" (product spec §5: does homework
// help our clients?). A client's completion rate is their submitted ÷ due over the period.
//
// The spec names the bands < 33 %, 33–66 % and > 66 %; those percentages are thirds, and the edges
// are exact thirds:
// - low:    rate < 1/3            (e.g. 0 of 3, 3 of 10 = 30 %, 33 of 100)
// - middle: 1/3 ≤ rate ≤ 2/3      (both edges included: 1 of 3 and 2 of 3 are middle)
// - high:   rate > 2/3            (e.g. 3 of 4 = 75 %, 7 of 10)
// Exact thirds, not 0.33 and 0.66, because small denominators are the usual case: one of three
// (33.3 %) and two of three (66.7 %) must land in the same band whatever the rounding, and "two of
// three done" reads as the middle band to a clinician.
// Floating point: submitted ÷ due is correctly rounded, so any fraction equal to a third compares
// equal to 1/3 here; `completionBandOf(submitted, due)` avoids division altogether.

export type CompletionBand = 'low' | 'middle' | 'high';

/** The bands in report order, lowest first. */
export const COMPLETION_BANDS: readonly CompletionBand[] = Object.freeze(['low', 'middle', 'high'] as const);

export const COMPLETION_BAND_LABEL: Record<CompletionBand, string> = Object.freeze({
  low: 'Less than a third done (< 33 %)',
  middle: 'A third to two thirds done (33–66 %)',
  high: 'More than two thirds done (> 66 %)',
});

/** The band for a completion rate from 0 to 1 (see the edges above). */
export function completionBand(rate: number): CompletionBand {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new Error(`A completion rate must be from 0 to 1, got ${rate}`);
  }
  if (rate < 1 / 3) return 'low';
  if (rate > 2 / 3) return 'high';
  return 'middle';
}

/**
 * The band for `submitted` of `due`, in whole-number arithmetic; null when nothing was due (such a
 * client has no completion rate and belongs to no band).
 */
export function completionBandOf(submitted: number, due: number): CompletionBand | null {
  if (!Number.isInteger(submitted) || !Number.isInteger(due) || submitted < 0 || submitted > due) {
    throw new Error(`Submitted must be a whole number from 0 to due (${due}), got ${submitted}`);
  }
  if (due === 0) return null;
  if (3 * submitted < due) return 'low';
  if (3 * submitted > 2 * due) return 'high';
  return 'middle';
}
