import { expandSchedule, MAX_SCHEDULE_OCCURRENCES } from './expand-schedule';
import type { ScheduleRule } from './schedule-rule';

/** Occurrences as compact "index localDate localTime dueAtZ" strings, easy to read in a failure. */
const expand = (schedule: ScheduleRule, timeZone: string, options?: Parameters<typeof expandSchedule>[2]) =>
  expandSchedule(schedule, timeZone, options).map(
    (o) => `${o.index} ${o.localDate} ${o.localTime} ${o.dueAt.toISOString().slice(0, 16)}Z`,
  );

describe('expandSchedule: the kinds of schedule', () => {
  it('gives a one-off task a single occurrence at its due date and time', () => {
    const [only, ...rest] = expandSchedule(
      { kind: 'once', dueDate: '2026-05-14', dueTime: '18:30' },
      'Europe/London',
    );
    expect(rest).toEqual([]);
    expect(only).toEqual({
      index: 0,
      localDate: '2026-05-14',
      localTime: '18:30',
      dueAt: new Date('2026-05-14T17:30:00.000Z'),
    });
  });

  it('repeats daily for a count', () => {
    expect(
      expand({ kind: 'daily', startDate: '2026-06-01', time: '20:00', count: 3 }, 'America/New_York'),
    ).toEqual([
      '0 2026-06-01 20:00 2026-06-02T00:00Z',
      '1 2026-06-02 20:00 2026-06-03T00:00Z',
      '2 2026-06-03 20:00 2026-06-04T00:00Z',
    ]);
  });

  it('repeats daily until a date, the end date included', () => {
    expect(
      expand({ kind: 'daily', startDate: '2026-01-30', time: '08:00', until: '2026-02-02' }, 'UTC'),
    ).toEqual([
      '0 2026-01-30 08:00 2026-01-30T08:00Z',
      '1 2026-01-31 08:00 2026-01-31T08:00Z',
      '2 2026-02-01 08:00 2026-02-01T08:00Z',
      '3 2026-02-02 08:00 2026-02-02T08:00Z',
    ]);
  });

  it('falls on the chosen weekdays only: Mon/Wed/Fri across two weeks', () => {
    // 2026-06-03 is a Wednesday; the schedule starts mid-week and the until is the second Sunday.
    expect(
      expand(
        {
          kind: 'weekdays',
          startDate: '2026-06-03',
          time: '19:00',
          days: ['fri', 'mon', 'wed'],
          until: '2026-06-14',
        },
        'Europe/Berlin',
      ),
    ).toEqual([
      '0 2026-06-03 19:00 2026-06-03T17:00Z',
      '1 2026-06-05 19:00 2026-06-05T17:00Z',
      '2 2026-06-08 19:00 2026-06-08T17:00Z',
      '3 2026-06-10 19:00 2026-06-10T17:00Z',
      '4 2026-06-12 19:00 2026-06-12T17:00Z',
    ]);
  });

  it('spreads three times a week evenly, each slot due by the end of its stretch, over two weeks', () => {
    // Weeks are 7-day blocks from the start date (Monday 2026-06-01): slots due on days 2, 4 and 7.
    expect(
      expand(
        { kind: 'timesPerWeek', startDate: '2026-06-01', time: '21:00', timesPerWeek: 3, count: 6 },
        'UTC',
      ),
    ).toEqual([
      '0 2026-06-02 21:00 2026-06-02T21:00Z',
      '1 2026-06-04 21:00 2026-06-04T21:00Z',
      '2 2026-06-07 21:00 2026-06-07T21:00Z',
      '3 2026-06-09 21:00 2026-06-09T21:00Z',
      '4 2026-06-11 21:00 2026-06-11T21:00Z',
      '5 2026-06-14 21:00 2026-06-14T21:00Z',
    ]);
  });

  it.each([
    [1, ['2026-06-07']],
    [2, ['2026-06-03', '2026-06-07']],
    [4, ['2026-06-01', '2026-06-03', '2026-06-05', '2026-06-07']],
    [7, ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07']],
  ])(
    'puts %i a week in the first week on the expected days, the last at the end of the week',
    (perWeek, days) => {
      const first = expandSchedule(
        {
          kind: 'timesPerWeek',
          startDate: '2026-06-01',
          time: '12:00',
          timesPerWeek: perWeek,
          until: '2026-06-07',
        },
        'UTC',
      );
      expect(first.map((o) => o.localDate)).toEqual(days);
    },
  );

  it('counts timesPerWeek by slot and stops at an until date mid-week', () => {
    const slots = expandSchedule(
      { kind: 'timesPerWeek', startDate: '2026-06-01', time: '12:00', timesPerWeek: 3, until: '2026-06-10' },
      'UTC',
    );
    expect(slots.map((o) => o.localDate)).toEqual(['2026-06-02', '2026-06-04', '2026-06-07', '2026-06-09']);
  });

  it('repeats weekly on the start date’s weekday', () => {
    expect(
      expand({ kind: 'weekly', startDate: '2026-02-26', time: '10:15', count: 3 }, 'Asia/Tokyo'),
    ).toEqual([
      '0 2026-02-26 10:15 2026-02-26T01:15Z',
      '1 2026-03-05 10:15 2026-03-05T01:15Z',
      '2 2026-03-12 10:15 2026-03-12T01:15Z',
    ]);
  });

  it('gives nothing when no chosen weekday falls before the end date', () => {
    // 2026-06-04 is a Thursday; the only chosen day (Monday) comes after the until.
    expect(
      expandSchedule(
        { kind: 'weekdays', startDate: '2026-06-04', time: '09:00', days: ['mon'], until: '2026-06-07' },
        'UTC',
      ),
    ).toEqual([]);
  });
});

describe('expandSchedule: daylight saving keeps the local time', () => {
  const daily = (startDate: string, time: string, count = 3): ScheduleRule => ({
    kind: 'daily',
    startDate,
    time,
    count,
  });

  it('New York spring forward (2026-03-08): 09:00 local every day, 14:00Z before and 13:00Z after', () => {
    expect(expand(daily('2026-03-07', '09:00'), 'America/New_York')).toEqual([
      '0 2026-03-07 09:00 2026-03-07T14:00Z',
      '1 2026-03-08 09:00 2026-03-08T13:00Z',
      '2 2026-03-09 09:00 2026-03-09T13:00Z',
    ]);
  });

  it('New York fall back (2026-11-01): 09:00 local every day, 13:00Z before and 14:00Z after', () => {
    expect(expand(daily('2026-10-31', '09:00'), 'America/New_York')).toEqual([
      '0 2026-10-31 09:00 2026-10-31T13:00Z',
      '1 2026-11-01 09:00 2026-11-01T14:00Z',
      '2 2026-11-02 09:00 2026-11-02T14:00Z',
    ]);
  });

  it('moves 02:30, which does not exist on the spring-forward night, to 03:00 when the clocks change', () => {
    expect(expand(daily('2026-03-07', '02:30'), 'America/New_York')).toEqual([
      '0 2026-03-07 02:30 2026-03-07T07:30Z',
      '1 2026-03-08 03:00 2026-03-08T07:00Z',
      '2 2026-03-09 02:30 2026-03-09T06:30Z',
    ]);
  });

  it('takes the earlier instant for 01:30, which happens twice on the fall-back night', () => {
    expect(expand(daily('2026-10-31', '01:30'), 'America/New_York')).toEqual([
      '0 2026-10-31 01:30 2026-10-31T05:30Z',
      '1 2026-11-01 01:30 2026-11-01T05:30Z', // 01:30 EDT, not 01:30 EST (06:30Z)
      '2 2026-11-02 01:30 2026-11-02T06:30Z',
    ]);
  });

  it('London spring forward (2026-03-29): 09:00Z before, 08:00Z after; 01:30 moves to 02:00 BST', () => {
    expect(expand(daily('2026-03-28', '09:00'), 'Europe/London')).toEqual([
      '0 2026-03-28 09:00 2026-03-28T09:00Z',
      '1 2026-03-29 09:00 2026-03-29T08:00Z',
      '2 2026-03-30 09:00 2026-03-30T08:00Z',
    ]);
    expect(expand(daily('2026-03-29', '01:30', 1), 'Europe/London')).toEqual([
      '0 2026-03-29 02:00 2026-03-29T01:00Z',
    ]);
  });

  it('London fall back (2026-10-25): 08:00Z before, 09:00Z after; 01:30 is the BST one', () => {
    expect(expand(daily('2026-10-24', '09:00'), 'Europe/London')).toEqual([
      '0 2026-10-24 09:00 2026-10-24T08:00Z',
      '1 2026-10-25 09:00 2026-10-25T09:00Z',
      '2 2026-10-26 09:00 2026-10-26T09:00Z',
    ]);
    expect(expand(daily('2026-10-25', '01:30', 1), 'Europe/London')).toEqual([
      '0 2026-10-25 01:30 2026-10-25T00:30Z',
    ]);
  });

  it('Sydney ends daylight saving in April (2026-04-05): 09:00 local is 22:00Z then 23:00Z the day before', () => {
    expect(expand(daily('2026-04-04', '09:00'), 'Australia/Sydney')).toEqual([
      '0 2026-04-04 09:00 2026-04-03T22:00Z',
      '1 2026-04-05 09:00 2026-04-04T23:00Z',
      '2 2026-04-06 09:00 2026-04-05T23:00Z',
    ]);
    // 02:30 happens twice that night; the first is still on daylight time (UTC+11).
    expect(expand(daily('2026-04-05', '02:30', 1), 'Australia/Sydney')).toEqual([
      '0 2026-04-05 02:30 2026-04-04T15:30Z',
    ]);
  });

  it('Sydney starts daylight saving in October (2026-10-04): 23:00Z then 22:00Z; 02:30 moves to 03:00', () => {
    expect(expand(daily('2026-10-03', '09:00'), 'Australia/Sydney')).toEqual([
      '0 2026-10-03 09:00 2026-10-02T23:00Z',
      '1 2026-10-04 09:00 2026-10-03T22:00Z',
      '2 2026-10-05 09:00 2026-10-04T22:00Z',
    ]);
    expect(expand(daily('2026-10-04', '02:30', 1), 'Australia/Sydney')).toEqual([
      '0 2026-10-04 03:00 2026-10-03T16:00Z',
    ]);
  });

  it('handles a half-hour daylight-saving change (Lord Howe Island) without assuming whole hours', () => {
    // 2026-10-04 02:00 +10:30 → 02:30 +11:00, so 02:15 does not exist and moves to 02:30.
    expect(expand(daily('2026-10-04', '02:15', 1), 'Australia/Lord_Howe')).toEqual([
      '0 2026-10-04 02:30 2026-10-03T15:30Z',
    ]);
    // 2026-04-05 02:00 +11:00 → 01:30 +10:30, so 01:45 happens twice; the first is 14:45Z.
    expect(expand(daily('2026-04-05', '01:45', 1), 'Australia/Lord_Howe')).toEqual([
      '0 2026-04-05 01:45 2026-04-04T14:45Z',
    ]);
  });

  it('keeps a weekly schedule at the same local time across a change', () => {
    expect(
      expand({ kind: 'weekly', startDate: '2026-03-01', time: '18:00', count: 2 }, 'America/New_York'),
    ).toEqual(['0 2026-03-01 18:00 2026-03-01T23:00Z', '1 2026-03-08 18:00 2026-03-08T22:00Z']);
  });
});

describe('expandSchedule: windows, caps and refusals', () => {
  it('skips occurrences before `from` but keeps each one’s index in the whole schedule', () => {
    const later = expandSchedule({ kind: 'daily', startDate: '2026-06-01', time: '09:00', count: 5 }, 'UTC', {
      from: new Date('2026-06-03T09:00:00Z'),
    });
    expect(later.map((o) => [o.index, o.localDate])).toEqual([
      [2, '2026-06-03'],
      [3, '2026-06-04'],
      [4, '2026-06-05'],
    ]);
  });

  it('returns at most `limit` occurrences, 400 by default', () => {
    const open: ScheduleRule = { kind: 'daily', startDate: '2026-01-01', time: '09:00' };
    expect(expandSchedule(open, 'UTC')).toHaveLength(400);
    expect(expandSchedule(open, 'UTC', { limit: 2 }).map((o) => o.localDate)).toEqual([
      '2026-01-01',
      '2026-01-02',
    ]);
  });

  it('never expands past the hard cap, even when the window starts beyond it', () => {
    const open: ScheduleRule = { kind: 'weekly', startDate: '2026-01-01', time: '09:00' };
    expect(expandSchedule(open, 'UTC', { limit: MAX_SCHEDULE_OCCURRENCES })).toHaveLength(
      MAX_SCHEDULE_OCCURRENCES,
    );
    expect(expandSchedule(open, 'UTC', { from: new Date('2100-01-01T00:00:00Z') })).toEqual([]);
    expect(
      expandSchedule({ ...open, count: 5000 }, 'UTC', { limit: MAX_SCHEDULE_OCCURRENCES }).at(-1)?.index,
    ).toBe(MAX_SCHEDULE_OCCURRENCES - 1);
  });

  it('refuses an unknown time zone with a clear error', () => {
    const once: ScheduleRule = { kind: 'once', dueDate: '2026-05-14', dueTime: '09:00' };
    expect(() => expandSchedule(once, 'Mars/Olympus_Mons')).toThrow('Unknown time zone "Mars/Olympus_Mons"');
    expect(() => expandSchedule(once, '')).toThrow('Unknown time zone ""');
  });

  it.each<[string, ScheduleRule, string]>([
    [
      'an impossible date',
      { kind: 'once', dueDate: '2026-02-30', dueTime: '09:00' },
      'Invalid due date "2026-02-30"',
    ],
    [
      'a time past midnight',
      { kind: 'once', dueDate: '2026-02-03', dueTime: '24:00' },
      'Invalid due time "24:00"',
    ],
    [
      'both endings',
      { kind: 'daily', startDate: '2026-02-03', time: '09:00', count: 2, until: '2026-03-01' },
      'not both',
    ],
    [
      'an end before the start',
      { kind: 'daily', startDate: '2026-02-03', time: '09:00', until: '2026-02-02' },
      'on or after',
    ],
    ['a zero count', { kind: 'weekly', startDate: '2026-02-03', time: '09:00', count: 0 }, 'count must be'],
    [
      'no weekdays',
      { kind: 'weekdays', startDate: '2026-02-03', time: '09:00', days: [], count: 2 },
      'at least one day',
    ],
    [
      'eight a week',
      { kind: 'timesPerWeek', startDate: '2026-02-03', time: '09:00', timesPerWeek: 8, count: 2 },
      '1 to 7',
    ],
  ])('refuses %s', (_, schedule, message) => {
    expect(() => expandSchedule(schedule, 'UTC')).toThrow(message);
  });

  it('refuses a limit outside 1 to the cap', () => {
    const once: ScheduleRule = { kind: 'once', dueDate: '2026-05-14', dueTime: '09:00' };
    expect(() => expandSchedule(once, 'UTC', { limit: 0 })).toThrow(RangeError);
    expect(() => expandSchedule(once, 'UTC', { limit: MAX_SCHEDULE_OCCURRENCES + 1 })).toThrow(RangeError);
  });
});
