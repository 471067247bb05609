import { z } from 'zod';
import { type Schedule, ScheduleSchema } from './schedule.schema';

/** The issues of a failed parse as "path: message", or [] when it parses. */
const problems = (input: unknown) => {
  const result = ScheduleSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const daily = { kind: 'daily', startDate: '2026-03-07', time: '09:00' } as const;

describe('ScheduleSchema', () => {
  it.each<[string, Schedule]>([
    ['once', { kind: 'once', dueDate: '2026-05-14', dueTime: '18:30' }],
    ['daily for a count', { ...daily, count: 14 }],
    ['daily until a date', { ...daily, until: '2026-03-21' }],
    [
      'weekdays',
      { kind: 'weekdays', startDate: '2026-06-01', time: '19:00', days: ['mon', 'wed', 'fri'], count: 6 },
    ],
    [
      'timesPerWeek',
      { kind: 'timesPerWeek', startDate: '2026-06-01', time: '21:00', timesPerWeek: 3, until: '2026-06-28' },
    ],
    ['weekly', { kind: 'weekly', startDate: '2026-06-01', time: '10:15', count: 4 }],
  ])('accepts %s', (_, schedule) => {
    expect(ScheduleSchema.parse(schedule)).toEqual(schedule);
  });

  it('needs exactly one of until and count, on the field the person should fix', () => {
    expect(problems(daily)).toEqual(['until: Choose when this ends: an end date or a number of times']);
    expect(problems({ ...daily, until: '2026-03-21', count: 3 })).toEqual([
      'count: Choose an end date or a number of times, not both',
    ]);
  });

  it('keeps count between 1 and 366 whole times', () => {
    expect(problems({ ...daily, count: 1 })).toEqual([]);
    expect(problems({ ...daily, count: 366 })).toEqual([]);
    expect(problems({ ...daily, count: 0 })).toEqual(['count: Repeat at least once']);
    expect(problems({ ...daily, count: 367 })).toEqual(['count: Repeat at most 366 times']);
    expect(problems({ ...daily, count: 2.5 })).toEqual(['count: Enter a whole number of times']);
    expect(problems({ ...daily, count: '3' })).toEqual(['count: Enter a whole number of times']);
  });

  it('keeps until on or after the start date and within a year of it', () => {
    expect(problems({ ...daily, until: '2026-03-07' })).toEqual([]);
    expect(problems({ ...daily, until: '2027-03-07' })).toEqual([]);
    expect(problems({ ...daily, until: '2026-03-06' })).toEqual([
      'until: The end date must be on or after the start date',
    ]);
    expect(problems({ ...daily, until: '2027-03-08' })).toEqual([
      'until: The end date must be within a year of the start date',
    ]);
    expect(problems({ ...daily, until: '2026-02-30' })).toEqual(['until: Use a date like 2026-03-08']);
    expect(problems({ ...daily, startDate: '2026-02-30', until: '2026-03-01' })).toEqual([
      'startDate: Use a date like 2026-03-08',
    ]);
  });

  it('checks dates and times are real and written the one way', () => {
    expect(problems({ kind: 'once', dueDate: '2026-02-29', dueTime: '24:00' })).toEqual([
      'dueDate: Use a date like 2026-03-08',
      'dueTime: Use a 24-hour time like 09:00',
    ]);
    expect(problems({ kind: 'once', dueDate: '2028-02-29', dueTime: '9:00' })).toEqual([
      'dueTime: Use a 24-hour time like 09:00',
    ]);
  });

  it('needs one to seven distinct weekdays by their short names', () => {
    const weekdays = { kind: 'weekdays', startDate: '2026-06-01', time: '19:00', count: 6 };
    expect(problems({ ...weekdays, days: [] })).toEqual(['days: Choose at least one day of the week']);
    expect(problems({ ...weekdays, days: ['mon', 'mon'] })).toEqual([
      'days: Choose each day of the week only once',
    ]);
    expect(problems({ ...weekdays, days: ['monday'] })).toEqual([
      'days.0: Use mon, tue, wed, thu, fri, sat or sun',
    ]);
  });

  it('keeps timesPerWeek from 1 to 7', () => {
    const perWeek = { kind: 'timesPerWeek', startDate: '2026-06-01', time: '21:00', count: 6 };
    expect(problems({ ...perWeek, timesPerWeek: 7 })).toEqual([]);
    expect(problems({ ...perWeek, timesPerWeek: 0 })).toEqual(['timesPerWeek: Choose 1 to 7 times a week']);
    expect(problems({ ...perWeek, timesPerWeek: 8 })).toEqual(['timesPerWeek: Choose 1 to 7 times a week']);
  });

  it('refuses an unknown kind, fields of another kind and unknown fields', () => {
    expect(problems({ kind: 'monthly', startDate: '2026-06-01' })).toEqual([
      'kind: Choose once, daily, weekdays, timesPerWeek or weekly',
    ]);
    expect(problems({ kind: 'once', dueDate: '2026-05-14', dueTime: '18:30', count: 2 })).toEqual([
      ': Unrecognized key: "count"',
    ]);
    expect(problems({ ...daily, count: 2, days: ['mon'] })).toEqual([': Unrecognized key: "days"']);
  });

  it('turns into a JSON Schema for the OpenAPI document', () => {
    const json = z.toJSONSchema(ScheduleSchema) as { oneOf: unknown[] };
    expect(json.oneOf).toHaveLength(5);
  });
});
