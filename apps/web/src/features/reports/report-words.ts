import type { DeclineReason, ReportCell } from '@interlude/contracts';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.754 → "75 %" (the app writes a space before %, as the caseload table does). */
export const formatPercent = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** 1234 → "1,234". */
export const formatCount = (n: number): string => whole.format(n);

/** 1 → "1 hour", 14 → "14 hours". */
export const formatHours = (hours: number): string => {
  const rounded = Math.round(hours);
  return `${whole.format(rounded)} ${rounded === 1 ? 'hour' : 'hours'}`;
};

/** A mean questionnaire score, to one decimal: "14.2". */
export const formatScore = (score: number): string => oneDecimal.format(score);

export type CellFormat = 'count' | 'percent' | 'hours' | 'score';

export const FORMATTERS: Record<CellFormat, (n: number) => string> = {
  count: formatCount,
  percent: formatPercent,
  hours: formatHours,
  score: formatScore,
};

/** Why a number is hidden: the small-cell rule, in plain words. */
export const suppressedWhy = (threshold: number): string =>
  `Fewer than ${threshold} clients — hidden to protect privacy`;

/** The number of a cell when it can be shown (not suppressed, not empty). */
export const cellNumber = (cell: ReportCell | undefined): number | null =>
  cell && !cell.suppressed && cell.value !== null ? cell.value : null;

/** A count as a share of another ("6 of 12" → 0.5); null when either is hidden or the base is 0. */
export function shareOf(part: ReportCell | undefined, whole: ReportCell | undefined): number | null {
  const p = cellNumber(part);
  const w = cellNumber(whole);
  return p === null || w === null || w === 0 ? null : p / w;
}

export const DECLINE_REASONS: { key: DeclineReason; label: string }[] = [
  { key: 'too_hard', label: 'Too hard right now' },
  { key: 'no_time', label: 'No time' },
  { key: 'not_relevant', label: 'Not relevant' },
  { key: 'not_safe', label: 'Didn’t feel safe' },
  { key: 'other', label: 'Other reason' },
];

export const BREAKDOWN_LABEL = {
  clinician: 'Clinician',
  program: 'Program',
  kind: 'Kind of homework',
} as const;

/** Homework completion bands of the outcomes report (`groupBy=engagement`). */
export const BAND_LABEL: Record<string, string> = {
  low: 'Low completion (under 33 %)',
  middle: 'Middle completion (33–66 %)',
  high: 'High completion (over 66 %)',
};
export const BAND_ORDER = ['low', 'middle', 'high'];

/** `2026-03-09` → "9 Mar" (a calendar date: no time zone arithmetic). */
export function formatWeek(localDate: string): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDate;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(date);
}

/** `2026-03-09` → "9 Mar 2026". */
export function formatDay(localDate: string): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDate;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}
