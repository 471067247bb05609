/** Days of the week in the order a clinic's week is written (Monday first, ISO 8601). */
export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** How a recurring schedule ends: on a date (inclusive) or after a number of occurrences. */
export interface ScheduleEnding {
  /** Last local date (YYYY-MM-DD) that may hold an occurrence, inclusive. */
  until?: string;
  /** Total number of occurrences, counted from the first one. */
  count?: number;
}

/**
 * A homework schedule as the domain reads it. It has the same shape as the `Schedule` contract in
 * `@interlude/contracts`, so a parsed request can be passed straight in; dates are local calendar
 * dates (YYYY-MM-DD) and times local wall-clock times (HH:mm) in the client's time zone.
 */
export type ScheduleRule =
  | { kind: 'once'; dueDate: string; dueTime: string }
  | ({ kind: 'daily'; startDate: string; time: string } & ScheduleEnding)
  | ({ kind: 'weekdays'; startDate: string; time: string; days: readonly DayOfWeek[] } & ScheduleEnding)
  | ({ kind: 'timesPerWeek'; startDate: string; time: string; timesPerWeek: number } & ScheduleEnding)
  | ({ kind: 'weekly'; startDate: string; time: string } & ScheduleEnding);

export type ScheduleKind = ScheduleRule['kind'];
