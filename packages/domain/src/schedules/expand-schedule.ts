import type { DateTime } from 'luxon';
import { assertLocalTime, assertTimeZone, parseLocalDate, resolveLocalTime } from './local-time';
import { DAYS_OF_WEEK, type DayOfWeek, type ScheduleRule } from './schedule-rule';

/** One due instance of a schedule, in the client's time zone. */
export interface ExpandedOccurrence {
  /** Position in the whole schedule, from 0; stable whatever `from` and `limit` are. */
  index: number;
  /** The client's local date (YYYY-MM-DD) of `dueAt`. */
  localDate: string;
  /** The client's local wall-clock time (HH:mm) of `dueAt`: the schedule's time, except on a spring-forward day when that time does not exist. */
  localTime: string;
  /** The UTC instant the occurrence is due. */
  dueAt: Date;
}

export interface ExpandScheduleOptions {
  /** Leave out occurrences due before this instant (their indexes are still counted). */
  from?: Date;
  /** At most this many occurrences are returned (1–MAX_SCHEDULE_OCCURRENCES, default 400). */
  limit?: number;
}

/**
 * No schedule expands past this many occurrences, whatever its ending says: the contract allows at
 * most 366, and the cap keeps an open-ended or malformed schedule from running on forever.
 */
export const MAX_SCHEDULE_OCCURRENCES = 1000;
const DEFAULT_LIMIT = 400;

/**
 * Expands a schedule into its occurrences in the client's time zone, earliest first.
 *
 * Local wall-clock time is what stays fixed: a 09:00 daily schedule is due at 09:00 local every day,
 * so its UTC instant moves by an hour when daylight saving starts or ends. A local time skipped by
 * a spring-forward moves to the first valid instant (the moment the clocks change, e.g. 03:00); a
 * time repeated by a fall-back takes the earlier of its two instants (see `resolveLocalTime`).
 *
 * Recurrence rules:
 * - `once`: one occurrence on `dueDate` at `dueTime`.
 * - `daily`: every day from `startDate`; `weekly`: every 7 days from `startDate` (same weekday).
 * - `weekdays`: every listed day of the week on or after `startDate`.
 * - `timesPerWeek` (N): weeks are 7-day blocks starting on `startDate` (not calendar weeks, so the
 *   first week is never a partial one). Each block is split into N even stretches and each slot is
 *   due by the last day of its stretch: day offsets ⌊(k+1)·7/N⌋−1 for k = 0…N−1. So 1/week is due
 *   on day 7 of each block, 2/week on days 3 and 7, 3/week on days 2, 4 and 7, 7/week every day —
 *   the client has the whole stretch to do it and the week's last slot is due at the week's end.
 * - `until` keeps occurrences whose local date is on or before it (inclusive); `count` is the total
 *   number of occurrences (for `timesPerWeek`, slots, not weeks). With neither, expansion stops at
 *   `limit` (and at MAX_SCHEDULE_OCCURRENCES).
 *
 * Throws an Error for an unknown time zone or a malformed schedule; never loops without bound.
 */
export function expandSchedule(
  schedule: ScheduleRule,
  timeZone: string,
  options: ExpandScheduleOptions = {},
): ExpandedOccurrence[] {
  assertTimeZone(timeZone);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SCHEDULE_OCCURRENCES) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_SCHEDULE_OCCURRENCES}`);
  }
  const fromMs = options.from?.getTime();
  if (fromMs !== undefined && Number.isNaN(fromMs)) throw new RangeError('from must be a valid date');

  const { time, until, count } = readEnding(schedule);
  const occurrences: ExpandedOccurrence[] = [];
  let index = 0;
  for (const date of dueDates(schedule)) {
    if (index >= count) break;
    const localDate = date.toISODate() as string;
    if (until !== undefined && localDate > until) break;
    const due = resolveLocalTime(localDate, time, timeZone);
    if (fromMs === undefined || due.toMillis() >= fromMs) {
      occurrences.push({
        index,
        localDate: due.toFormat('yyyy-MM-dd'),
        localTime: due.toFormat('HH:mm'),
        dueAt: due.toJSDate(),
      });
      if (occurrences.length >= limit) break;
    }
    index += 1;
  }
  return occurrences;
}

function readEnding(schedule: ScheduleRule): { time: string; until?: string; count: number } {
  if (schedule.kind === 'once') {
    parseLocalDate(schedule.dueDate, 'due date');
    assertLocalTime(schedule.dueTime, 'due time');
    return { time: schedule.dueTime, count: 1 };
  }
  const start = parseLocalDate(schedule.startDate, 'start date');
  assertLocalTime(schedule.time);
  if (schedule.until !== undefined && schedule.count !== undefined) {
    throw new Error('A schedule ends on a date or after a number of times, not both');
  }
  if (schedule.until !== undefined && parseLocalDate(schedule.until, 'end date') < start) {
    throw new Error('The end date must be on or after the start date');
  }
  if (schedule.count !== undefined && (!Number.isInteger(schedule.count) || schedule.count < 1)) {
    throw new RangeError('count must be a whole number of at least 1');
  }
  const count = Math.min(schedule.count ?? MAX_SCHEDULE_OCCURRENCES, MAX_SCHEDULE_OCCURRENCES);
  return { time: schedule.time, until: schedule.until, count };
}

/** Local due dates in order, without end; the caller stops. Every step moves at least one day on. */
function* dueDates(schedule: ScheduleRule): Generator<DateTime> {
  switch (schedule.kind) {
    case 'once':
      yield parseLocalDate(schedule.dueDate);
      return;
    case 'daily':
      for (let day = parseLocalDate(schedule.startDate); ; day = day.plus({ days: 1 })) yield day;
    case 'weekly':
      for (let day = parseLocalDate(schedule.startDate); ; day = day.plus({ days: 7 })) yield day;
    case 'weekdays': {
      const wanted = weekdayNumbers(schedule.days);
      for (let day = parseLocalDate(schedule.startDate); ; day = day.plus({ days: 1 })) {
        if (wanted.has(day.weekday)) yield day;
      }
    }
    case 'timesPerWeek': {
      const perWeek = schedule.timesPerWeek;
      if (!Number.isInteger(perWeek) || perWeek < 1 || perWeek > 7) {
        throw new RangeError('timesPerWeek must be a whole number from 1 to 7');
      }
      const offsets = Array.from(
        { length: perWeek },
        (_, slot) => Math.floor(((slot + 1) * 7) / perWeek) - 1,
      );
      for (let week = parseLocalDate(schedule.startDate); ; week = week.plus({ days: 7 })) {
        for (const offset of offsets) yield week.plus({ days: offset });
      }
    }
  }
}

/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday), the same order as DAYS_OF_WEEK. */
function weekdayNumbers(days: readonly DayOfWeek[]): Set<number> {
  if (days.length === 0) throw new Error('Choose at least one day of the week');
  return new Set(
    days.map((day) => {
      const position = DAYS_OF_WEEK.indexOf(day);
      if (position < 0) throw new Error(`Unknown day of the week "${day}": use mon, tue, … sun`);
      return position + 1;
    }),
  );
}
