// Homework engagement for managers' reports (product spec §5), computed in one place.
//
// Definitions, for a period (and a grouping such as week, clinician, program or kind):
// - **due**: occurrences whose due instant fell in the period *and has already passed*. Declined
//   occurrences are included: the client was asked, and said no, so they are part of the
//   denominator. An occurrence whose due instant is still ahead counts for nothing yet.
// - **submitted**: of those, the ones submitted (a clinician having reviewed the submission makes no
//   difference), whenever the submission arrived — a late one still counts.
// - **on time**: submitted at or before the due instant. The due instant already carries the
//   client's time zone (it is "09:00 in the client's zone" turned into an instant when the occurrence
//   was scheduled), so comparing instants is "by the due time in the client's time zone".
//   Exactly on the due instant is on time (`isLate` in homework/occurrence-state).
// - **completion rate** = submitted ÷ due; **on-time rate** = on time ÷ due (null when nothing was due).
// - **declined**, with a count per reason category.
// - **missed**: still neither submitted nor declined MISSED_AFTER_DAYS (7 × 24 hours) after the due
//   instant — the same rule as the client's list (`displayStatus`). Pending but less than a week
//   overdue is neither submitted nor missed yet: it may still come in.
// - **hours late**: for each late submission, whole hours between the due instant and the
//   submission, rounded down, so 25 h 59 min late is 25; anything a week (168 h) or more late shares
//   the last bucket. Rollups keep the histogram, which adds up across slices, and the **median**
//   is read from it (the lower median when the count is even), so it is exact in whole hours.
//
// Every count here is additive: a period's or a group's counts are the sum of its occurrences'
// contributions, so rollup tables can store `EngagementCounts` per slice and add them up.
import { displayStatus, isLate, missedAt } from '../homework/occurrence-state';

export type DeclineReasonName = 'not_relevant' | 'too_hard' | 'not_safe' | 'no_time' | 'other';

/** The reason categories a client picks from when declining, in the order reports list them. */
export const DECLINE_REASONS: readonly DeclineReasonName[] = Object.freeze([
  'not_relevant',
  'too_hard',
  'not_safe',
  'no_time',
  'other',
] as const);

/** Whole hours late 0..167 each get a bucket; bucket 168 is "a week or more". */
export const LATE_HOURS_BUCKETS = 169;
/** The last bucket's index: a week (168 hours) or more late. */
export const LATE_HOURS_CAP = LATE_HOURS_BUCKETS - 1;

const HOUR_MS = 60 * 60 * 1000;

/** Additive counters for one slice of occurrences (rollups store exactly these). */
export interface EngagementCounts {
  /** Occurrences whose due time fell in the period and has passed (declined ones included). */
  due: number;
  /** Of those, submitted (or reviewed), whenever submitted. */
  submitted: number;
  /** Submitted at or before the due instant. */
  onTime: number;
  declined: number;
  declinedByReason: Record<DeclineReasonName, number>;
  /** Still not submitted or declined MISSED_AFTER_DAYS after due. */
  missed: number;
  /**
   * Length LATE_HOURS_BUCKETS: the number of late submissions by whole hours late (rounded down),
   * capped at 168. Its sum is `submitted − onTime`.
   */
  lateHours: number[];
}

const emptyByReason = (): Record<DeclineReasonName, number> => ({
  not_relevant: 0,
  too_hard: 0,
  not_safe: 0,
  no_time: 0,
  other: 0,
});

export function emptyEngagementCounts(): EngagementCounts {
  return {
    due: 0,
    submitted: 0,
    onTime: 0,
    declined: 0,
    declinedByReason: emptyByReason(),
    missed: 0,
    lateHours: new Array<number>(LATE_HOURS_BUCKETS).fill(0),
  };
}

const assertHistogram = (lateHours: readonly number[], name: string): void => {
  if (lateHours.length !== LATE_HOURS_BUCKETS) {
    throw new Error(`${name} must have ${LATE_HOURS_BUCKETS} buckets, got ${lateHours.length}`);
  }
};

/** The counts of two slices together. Neither argument is changed. */
export function addEngagementCounts(a: EngagementCounts, b: EngagementCounts): EngagementCounts {
  assertHistogram(a.lateHours, 'lateHours');
  assertHistogram(b.lateHours, 'lateHours');
  const declinedByReason = emptyByReason();
  for (const reason of DECLINE_REASONS) {
    declinedByReason[reason] = (a.declinedByReason[reason] ?? 0) + (b.declinedByReason[reason] ?? 0);
  }
  return {
    due: a.due + b.due,
    submitted: a.submitted + b.submitted,
    onTime: a.onTime + b.onTime,
    declined: a.declined + b.declined,
    declinedByReason,
    missed: a.missed + b.missed,
    lateHours: a.lateHours.map((n, i) => n + (b.lateHours[i] ?? 0)),
  };
}

/** Sums any number of slices (the empty sum is all zeros). */
export function sumEngagementCounts(slices: Iterable<EngagementCounts>): EngagementCounts {
  let total = emptyEngagementCounts();
  for (const slice of slices) total = addEngagementCounts(total, slice);
  return total;
}

/** The facts about one occurrence that engagement needs. */
export interface OccurrenceFact {
  /** The due instant (the local due time in the client's time zone, as an instant). */
  dueAt: Date;
  status: 'pending' | 'submitted' | 'reviewed' | 'declined';
  /** When the submission arrived; required for submitted and reviewed occurrences. */
  submittedAt: Date | null;
  /** The client's reason for a declined occurrence; a missing one counts as `other`. */
  declineReason: DeclineReasonName | null;
}

/**
 * Whole hours from the due instant to the submission, rounded down, capped at 168 ("a week or
 * more"). 30 minutes late is bucket 0, 25 h late is bucket 25, 200 h late is bucket 168. Meant for
 * late submissions; one on or before the due instant also gives 0.
 */
export function hoursLateBucket(dueAt: Date, submittedAt: Date): number {
  const ms = submittedAt.getTime() - dueAt.getTime();
  if (Number.isNaN(ms)) throw new Error('hoursLateBucket needs valid dates');
  if (ms <= 0) return 0;
  return Math.min(Math.floor(ms / HOUR_MS), LATE_HOURS_CAP);
}

/**
 * What one occurrence adds to its slice at `now`. Nothing at all until its due instant has passed
 * (strictly after due, as in `displayStatus`: due exactly now is not yet overdue); then it is due,
 * and also submitted (on time or in a late-hours bucket), declined (with its reason), or — once a
 * week has passed with it still pending — missed.
 *
 * The contribution changes only at the due instant and at the missed instant (or when the stored
 * status changes); `contributionChangesAt` says when, for rollups that must be brought up to date.
 */
export function occurrenceContribution(fact: OccurrenceFact, now: Date): EngagementCounts {
  const counts = emptyEngagementCounts();
  if (now.getTime() <= fact.dueAt.getTime()) return counts;
  counts.due = 1;
  switch (fact.status) {
    case 'submitted':
    case 'reviewed': {
      if (!fact.submittedAt) {
        throw new Error(`A ${fact.status} occurrence needs the time it was submitted`);
      }
      counts.submitted = 1;
      if (isLate(fact.dueAt, fact.submittedAt)) {
        counts.lateHours[hoursLateBucket(fact.dueAt, fact.submittedAt)] = 1;
      } else {
        counts.onTime = 1;
      }
      break;
    }
    case 'declined':
      counts.declined = 1;
      counts.declinedByReason[fact.declineReason ?? 'other'] = 1;
      break;
    case 'pending':
      if (displayStatus('pending', fact.dueAt, now).status === 'missed') counts.missed = 1;
      break;
  }
  return counts;
}

/**
 * The next instant after `now` at which `occurrenceContribution` would change with the stored status
 * unchanged: the due instant while it is ahead, then (while pending) the missed instant; null when
 * nothing more will change.
 */
export function contributionChangesAt(fact: OccurrenceFact, now: Date): Date | null {
  if (now.getTime() <= fact.dueAt.getTime()) return fact.dueAt;
  if (fact.status !== 'pending') return null;
  const missed = missedAt(fact.dueAt);
  return now.getTime() < missed.getTime() ? missed : null;
}

/**
 * The median of the late-hours histogram, in whole hours; for an even number of late submissions the
 * lower of the two middle values (so the answer is always a bucket that occurs). 168 means "a week or
 * more". Null when there are no late submissions.
 * Example: buckets 1 ×1, 3 ×1, 10 ×2 → sorted 1, 3, 10, 10 → lower median 3.
 */
export function medianHoursLate(lateHours: readonly number[]): number | null {
  let n = 0;
  for (const count of lateHours) {
    if (!Number.isInteger(count) || count < 0) {
      throw new Error(`Late-hours counts must be whole numbers ≥ 0, got ${count}`);
    }
    n += count;
  }
  if (n === 0) return null;
  // 1-based rank of the lower median: the ((n + 1) ÷ 2)th value, rounded down.
  const rank = Math.floor((n + 1) / 2);
  let seen = 0;
  for (let hours = 0; hours < lateHours.length; hours++) {
    seen += lateHours[hours] ?? 0;
    if (seen >= rank) return hours;
  }
  // Unreachable: the loop passes n ≥ rank.
  return null;
}

/** The numbers an engagement report shows for one slice, before suppression. */
export interface EngagementMetrics {
  due: number;
  submitted: number;
  onTime: number;
  /** Submitted ÷ due, 0–1; null when nothing was due. */
  completionRate: number | null;
  /** On time ÷ due, 0–1; null when nothing was due. */
  onTimeRate: number | null;
  declined: number;
  declinedByReason: Record<DeclineReasonName, number>;
  missed: number;
  /** Lower median of whole hours late over late submissions; null when none was late. */
  medianHoursLate: number | null;
}

export function engagementMetrics(counts: EngagementCounts): EngagementMetrics {
  const { due, submitted, onTime, declined, missed } = counts;
  const declinedByReason = emptyByReason();
  for (const reason of DECLINE_REASONS) declinedByReason[reason] = counts.declinedByReason[reason] ?? 0;
  return {
    due,
    submitted,
    onTime,
    completionRate: due > 0 ? submitted / due : null,
    onTimeRate: due > 0 ? onTime / due : null,
    declined,
    declinedByReason,
    missed,
    medianHoursLate: medianHoursLate(counts.lateHours),
  };
}
