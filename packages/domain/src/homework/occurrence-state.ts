// What a client and a clinician see for one due occurrence of homework.
//
// The rule: an occurrence is stored as pending, submitted, reviewed (a clinician has read the
// submission) or declined (the client said no, with a reason). While it is pending:
// - up to its due instant it is simply pending (due exactly now is not yet overdue);
// - after its due instant it is *overdue*: still open, and still worth doing;
// - once MISSED_AFTER_DAYS whole days (7 × 24 hours) have passed since it was due, it is *missed*.
//   A missed occurrence leaves the client's to-do list and counts as missed in reports (spec §5),
//   so an old task never piles up as a reproach; it is no longer flagged overdue.
// Submitted, reviewed and declined occurrences are never overdue. A submission after the due
// instant is *late*; it still counts as submitted.

export const MISSED_AFTER_DAYS = 7;
const MISSED_AFTER_MS = MISSED_AFTER_DAYS * 24 * 60 * 60 * 1000;

export type StoredOccurrenceStatus = 'pending' | 'submitted' | 'reviewed' | 'declined';
export type DisplayedOccurrenceStatus = StoredOccurrenceStatus | 'missed';

export interface OccurrenceDisplay {
  status: DisplayedOccurrenceStatus;
  /** Pending and past its due instant, but not yet missed. */
  overdue: boolean;
}

/** The instant a still-pending occurrence becomes missed. */
export function missedAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + MISSED_AFTER_MS);
}

/** How an occurrence shows at `now` (see the rule above). */
export function displayStatus(status: StoredOccurrenceStatus, dueAt: Date, now: Date): OccurrenceDisplay {
  if (status !== 'pending') return { status, overdue: false };
  if (now.getTime() >= missedAt(dueAt).getTime()) return { status: 'missed', overdue: false };
  return { status: 'pending', overdue: now.getTime() > dueAt.getTime() };
}

/** A submission is late when it arrives after the due instant; exactly on time is on time. */
export function isLate(dueAt: Date, submittedAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime();
}
