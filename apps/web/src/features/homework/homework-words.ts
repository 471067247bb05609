import type { AssignmentStatus, DeclineReason, Occurrence, Schedule, Weekday } from '@interlude/contracts';

/** Kind, questionnaire and repeat words are the library's (one place for them). */
export { describeRecurrence, KIND_LABEL, MEASURE_LABEL } from '../templates/template-words';

export const ASSIGNMENT_STATUS: Record<AssignmentStatus, { label: string; color: string }> = {
  proposed: { label: 'Waiting for the client to accept', color: 'blue' },
  active: { label: 'Active', color: 'harbor' },
  paused: { label: 'Paused', color: 'yellow' },
  completed: { label: 'Completed', color: 'gray' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  declined: { label: 'Declined', color: 'orange' },
};

export const DECLINE_REASON: Record<DeclineReason, string> = {
  not_relevant: 'not relevant',
  too_hard: 'too hard right now',
  not_safe: 'didn’t feel safe',
  no_time: 'no time',
  other: 'other',
};

export const declinedBecause = (reason: DeclineReason | null | undefined): string =>
  reason ? `Declined — ${DECLINE_REASON[reason]}` : 'Declined';

export const WEEKDAY_LABEL: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** `2026-03-12` → "Thu 12 Mar" (a calendar date: no time zone arithmetic). */
export function formatLocalDate(localDate: string): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDate;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

/** "Thu 12 Mar, 18:00": the client's own calendar date and wall-clock time. */
export const formatLocalDue = (localDate: string, localTime: string): string =>
  `${formatLocalDate(localDate)}, ${localTime}`;

/** An instant as a date and time on the wall clock of `timeZone`: "Thu 12 Mar, 18:00". */
export function formatInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')}`;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function ends(schedule: { until?: string; count?: number }): string {
  if (schedule.until) return `until ${formatLocalDate(schedule.until)}`;
  if (schedule.count) return `${times(schedule.count)} in all`;
  return '';
}

/** "Daily at 18:00 from Mon 9 Mar, 7 times in all". */
export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'once') return `Once, due ${formatLocalDue(schedule.dueDate, schedule.dueTime)}`;
  const from = `from ${formatLocalDate(schedule.startDate)}`;
  const end = ends(schedule);
  const tail = [from, end].filter(Boolean).join(', ');
  switch (schedule.kind) {
    case 'daily':
      return `Daily at ${schedule.time} ${tail}`;
    case 'weekly':
      return `Weekly at ${schedule.time} ${tail}`;
    case 'weekdays':
      return `Every ${schedule.days.map((d) => WEEKDAY_LABEL[d]).join(', ')} at ${schedule.time} ${tail}`;
    case 'timesPerWeek':
      return `${times(schedule.timesPerWeek)[0].toUpperCase()}${times(schedule.timesPerWeek).slice(1)} a week, by ${schedule.time} ${tail}`;
  }
}

/** How one due instance stands, in words and a calm colour. */
export function occurrenceState(occurrence: Occurrence): { label: string; color: string } {
  switch (occurrence.status) {
    case 'submitted':
      return { label: occurrence.late ? 'Submitted late' : 'Submitted', color: 'harbor' };
    case 'reviewed':
      return { label: occurrence.late ? 'Reviewed (was late)' : 'Reviewed', color: 'harbor' };
    case 'declined':
      return { label: declinedBecause(occurrence.decline?.reason), color: 'orange' };
    case 'missed':
      return { label: 'Missed', color: 'gray' };
    case 'pending':
      return occurrence.overdue
        ? { label: 'Overdue', color: 'yellow' }
        : { label: 'Not due yet', color: 'blue' };
  }
}

/** PHQ-9 and GAD-7 severity bands (lowest score of each band). */

export const MEASURE_BANDS = {
  phq9: [
    { from: 0, to: 4, label: 'Minimal' },
    { from: 5, to: 9, label: 'Mild' },
    { from: 10, to: 14, label: 'Moderate' },
    { from: 15, to: 19, label: 'Moderately severe' },
    { from: 20, to: 27, label: 'Severe' },
  ],
  gad7: [
    { from: 0, to: 4, label: 'Minimal' },
    { from: 5, to: 9, label: 'Mild' },
    { from: 10, to: 14, label: 'Moderate' },
    { from: 15, to: 21, label: 'Severe' },
  ],
} as const;

/** A band as the API writes it (`moderately_severe`, `moderate`) in words: "Moderately severe". */
export function bandLabel(band: string): string {
  const words = band.replace(/[_-]+/g, ' ').trim();
  return words ? `${words[0].toUpperCase()}${words.slice(1).toLowerCase()}` : band;
}

/** PHQ-9 item 9 answers, in the questionnaire's own words. */
export const ITEM9_ANSWER: Record<number, string> = {
  0: 'not at all',
  1: 'several days',
  2: 'more than half the days',
  3: 'nearly every day',
};
