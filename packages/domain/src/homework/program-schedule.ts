// A program is an ordered set of homework steps assigned together from one start date (e.g. a
// 4-week behavioural activation course). Each step starts `dayOffset` days after the program's start
// and repeats in its own way; assigning the program turns each step into an ordinary schedule.
import { assertLocalTime, parseLocalDate } from '../schedules/local-time';
import { DAYS_OF_WEEK, type DayOfWeek, type ScheduleRule } from '../schedules/schedule-rule';

/**
 * How a step repeats from the day it starts; it ends after `count` occurrences. The same shape as
 * `ProgramRecurrenceSchema` in `@interlude/contracts`.
 */
export type ProgramStepRecurrence =
  | { kind: 'once' }
  | { kind: 'daily'; count: number }
  | { kind: 'weekly'; count: number }
  | { kind: 'weekdays'; days: DayOfWeek[]; count: number }
  | { kind: 'timesPerWeek'; timesPerWeek: number; count: number };

export interface ProgramStepTiming {
  /** Days after the program's start date that the step starts (0 = the start date). */
  dayOffset: number;
  recurrence: ProgramStepRecurrence;
}

/**
 * The schedule of one step for a client whose program starts on `startDate` (their local date), due
 * at `time` (their local wall-clock time). `once` is due on the step's start day; the others start
 * that day and follow `expandSchedule`'s rules, ending after `count` occurrences.
 */
export function programStepSchedule(
  startDate: string,
  time: string,
  dayOffset: number,
  recurrence: ProgramStepRecurrence,
): ScheduleRule {
  const start = parseLocalDate(startDate, 'start date');
  assertLocalTime(time);
  assertDayOffset(dayOffset);
  const stepStart = start.plus({ days: dayOffset }).toISODate() as string;
  switch (recurrence.kind) {
    case 'once':
      return { kind: 'once', dueDate: stepStart, dueTime: time };
    case 'daily':
    case 'weekly':
      return { kind: recurrence.kind, startDate: stepStart, time, count: recurrence.count };
    case 'weekdays':
      return {
        kind: 'weekdays',
        startDate: stepStart,
        time,
        days: [...recurrence.days],
        count: recurrence.count,
      };
    case 'timesPerWeek':
      return {
        kind: 'timesPerWeek',
        startDate: stepStart,
        time,
        timesPerWeek: recurrence.timesPerWeek,
        count: recurrence.count,
      };
  }
}

/**
 * How long a program runs: days from the first step's start to the last step's last due date (a
 * single one-off step on day 0 is 0 days; weekly ×4 from day 0 is 21). `weekdays` steps depend on
 * the start date's day of the week: pass `startDate` for the exact length, or leave it out for the
 * longest the program can take whatever day it starts. 0 for a program without steps.
 */
export function programLengthDays(steps: readonly ProgramStepTiming[], startDate?: string): number {
  if (steps.length === 0) return 0;
  for (const step of steps) assertDayOffset(step.dayOffset);
  // Luxon numbers weekdays 1 (Monday) to 7; DAYS_OF_WEEK is Monday first, so 0 is Monday.
  const startDays = startDate ? [parseLocalDate(startDate, 'start date').weekday - 1] : [0, 1, 2, 3, 4, 5, 6];
  const firstStart = Math.min(...steps.map((step) => step.dayOffset));
  const lastDue = Math.max(
    ...steps.map((step) => {
      const stepStartDays = startDays.map((day) => (day + step.dayOffset) % 7);
      return step.dayOffset + Math.max(...stepStartDays.map((day) => lastDueOffset(step.recurrence, day)));
    }),
  );
  return lastDue - firstStart;
}

/** Days from a step's start to its last occurrence; `startDay` is its weekday (0 = Monday). */
function lastDueOffset(recurrence: ProgramStepRecurrence, startDay: number): number {
  if (recurrence.kind === 'once') return 0;
  const { count } = recurrence;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError('count must be a whole number of at least 1');
  switch (recurrence.kind) {
    case 'daily':
      return count - 1;
    case 'weekly':
      return 7 * (count - 1);
    case 'timesPerWeek': {
      // Slot k of a 7-day block is due on day ⌊(k+1)·7/N⌋−1 of it, as in expandSchedule.
      const perWeek = recurrence.timesPerWeek;
      if (!Number.isInteger(perWeek) || perWeek < 1 || perWeek > 7) {
        throw new RangeError('timesPerWeek must be a whole number from 1 to 7');
      }
      const last = count - 1;
      return 7 * Math.floor(last / perWeek) + Math.floor((((last % perWeek) + 1) * 7) / perWeek) - 1;
    }
    case 'weekdays': {
      const wanted = new Set(recurrence.days.map(weekdayIndex));
      if (wanted.size === 0) throw new Error('Choose at least one day of the week');
      let found = 0;
      for (let offset = 0; ; offset += 1) {
        if (wanted.has((startDay + offset) % 7)) found += 1;
        if (found === count) return offset;
      }
    }
  }
}

function weekdayIndex(day: DayOfWeek): number {
  const index = DAYS_OF_WEEK.indexOf(day);
  if (index < 0) throw new Error(`Unknown day of the week "${day}": use mon, tue, … sun`);
  return index;
}

function assertDayOffset(dayOffset: number): void {
  if (!Number.isInteger(dayOffset) || dayOffset < 0) {
    throw new RangeError('dayOffset must be a whole number of days, 0 or more');
  }
}
