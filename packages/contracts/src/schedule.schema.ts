import { z } from 'zod';

/** Days of the week, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The most occurrences one schedule may have, and how far ahead its end date may be (a year). */
export const SCHEDULE_MAX_COUNT = 366;

const LocalDate = z.iso.date('Use a date like 2026-03-08');
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:00');
export const WeekdaySchema = z.enum(WEEKDAYS, 'Use mon, tue, wed, thu, fri, sat or sun');

const recurring = {
  startDate: LocalDate,
  time: LocalTime,
  until: LocalDate.optional(),
  count: z
    .int('Enter a whole number of times')
    .min(1, 'Repeat at least once')
    .max(SCHEDULE_MAX_COUNT, `Repeat at most ${SCHEDULE_MAX_COUNT} times`)
    .optional(),
};

const isDate = (value: string) => LocalDate.safeParse(value).success;

/** The same calendar date a year later (29 February → 1 March), as YYYY-MM-DD. */
const aYearAfter = (localDate: string) => {
  const date = new Date(`${localDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

/** A recurring schedule ends on a date or after a number of times: exactly one of the two. */
const endsOnce = (
  schedule: { startDate: string; until?: string; count?: number },
  ctx: z.RefinementCtx,
): void => {
  const { startDate, until, count } = schedule;
  if (until === undefined && count === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: 'Choose when this ends: an end date or a number of times',
    });
  } else if (until !== undefined && count !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['count'],
      message: 'Choose an end date or a number of times, not both',
    });
  } else if (until === undefined || !isDate(until) || !isDate(startDate)) {
    // Nothing to compare: a badly written date already has its own issue.
  } else if (until < startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: 'The end date must be on or after the start date',
    });
  } else if (until > aYearAfter(startDate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: 'The end date must be within a year of the start date',
    });
  }
};

export const OnceScheduleSchema = z.strictObject({
  kind: z.literal('once'),
  dueDate: LocalDate,
  dueTime: LocalTime,
});

export const DailyScheduleSchema = z
  .strictObject({ kind: z.literal('daily'), ...recurring })
  .superRefine(endsOnce);

export const WeekdaysScheduleSchema = z
  .strictObject({
    kind: z.literal('weekdays'),
    ...recurring,
    days: z
      .array(WeekdaySchema)
      .min(1, 'Choose at least one day of the week')
      .max(7, 'Choose each day of the week only once')
      .refine((days) => new Set(days).size === days.length, 'Choose each day of the week only once'),
  })
  .superRefine(endsOnce);

/**
 * N times a week. Weeks are 7-day blocks starting on `startDate` (so the first week is a whole
 * one); each block is split into N even stretches and each occurrence is due by the last day of its
 * stretch (day offsets ⌊(k+1)·7/N⌋−1, k = 0…N−1): e.g. 3 a week from a Monday is due Tuesday,
 * Thursday and Sunday. `count` counts occurrences, not weeks. Expanded by `expandSchedule` in
 * `@interlude/domain`.
 */
export const TimesPerWeekScheduleSchema = z
  .strictObject({
    kind: z.literal('timesPerWeek'),
    ...recurring,
    timesPerWeek: z
      .int('Enter a whole number of times a week')
      .min(1, 'Choose 1 to 7 times a week')
      .max(7, 'Choose 1 to 7 times a week'),
  })
  .superRefine(endsOnce);

/** Every 7 days from `startDate`, so on the start date's day of the week. */
export const WeeklyScheduleSchema = z
  .strictObject({ kind: z.literal('weekly'), ...recurring })
  .superRefine(endsOnce);

/**
 * When an assignment is due. Dates and times are the client's local calendar date and wall-clock
 * time; the occurrences are expanded in the client's time zone, keeping the local time across
 * daylight-saving changes. Recurring schedules end on `until` (inclusive, within a year of the
 * start) or after `count` occurrences (1–366): exactly one of the two.
 */
export const ScheduleSchema = z.discriminatedUnion(
  'kind',
  [
    OnceScheduleSchema,
    DailyScheduleSchema,
    WeekdaysScheduleSchema,
    TimesPerWeekScheduleSchema,
    WeeklyScheduleSchema,
  ],
  { error: 'Choose once, daily, weekdays, timesPerWeek or weekly' },
);

export type Weekday = z.infer<typeof WeekdaySchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type ScheduleKind = Schedule['kind'];
