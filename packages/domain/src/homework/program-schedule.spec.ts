import { DateTime } from 'luxon';
import { expandSchedule } from '../schedules/expand-schedule';
import type { DayOfWeek } from '../schedules/schedule-rule';
import {
  type ProgramStepRecurrence,
  type ProgramStepTiming,
  programLengthDays,
  programStepSchedule,
} from './program-schedule';

// 2026-03-09 is a Monday.
const MONDAY = '2026-03-09';

describe('programStepSchedule', () => {
  it('makes a one-off step due on the start date plus its offset', () => {
    expect(programStepSchedule(MONDAY, '18:00', 6, { kind: 'once' })).toEqual({
      kind: 'once',
      dueDate: '2026-03-15',
      dueTime: '18:00',
    });
  });

  it('starts a repeating step on its day, ending after its count', () => {
    expect(programStepSchedule(MONDAY, '09:30', 0, { kind: 'daily', count: 7 })).toEqual({
      kind: 'daily',
      startDate: MONDAY,
      time: '09:30',
      count: 7,
    });
    expect(programStepSchedule(MONDAY, '09:30', 13, { kind: 'weekly', count: 3 })).toEqual({
      kind: 'weekly',
      startDate: '2026-03-22',
      time: '09:30',
      count: 3,
    });
    expect(
      programStepSchedule(MONDAY, '20:00', 1, { kind: 'timesPerWeek', timesPerWeek: 2, count: 6 }),
    ).toEqual({
      kind: 'timesPerWeek',
      startDate: '2026-03-10',
      time: '20:00',
      timesPerWeek: 2,
      count: 6,
    });
  });

  it('copies a weekdays step’s days', () => {
    const days: DayOfWeek[] = ['tue', 'thu'];
    const schedule = programStepSchedule(MONDAY, '19:00', 2, { kind: 'weekdays', days, count: 4 });
    expect(schedule).toEqual({
      kind: 'weekdays',
      startDate: '2026-03-11',
      time: '19:00',
      days: ['tue', 'thu'],
      count: 4,
    });
    expect(schedule.kind === 'weekdays' && schedule.days).not.toBe(days);
  });

  it('counts offsets in calendar days across month and year ends', () => {
    expect(programStepSchedule('2026-12-25', '10:00', 14, { kind: 'once' })).toMatchObject({
      dueDate: '2027-01-08',
    });
    expect(programStepSchedule('2028-02-27', '10:00', 2, { kind: 'once' })).toMatchObject({
      dueDate: '2028-02-29',
    });
  });

  it('keeps local dates across a daylight-saving change (the time zone is applied on expansion)', () => {
    const schedule = programStepSchedule('2026-03-28', '09:00', 0, { kind: 'daily', count: 2 });
    expect(expandSchedule(schedule, 'Europe/London').map((o) => o.dueAt.toISOString())).toEqual([
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
    ]);
  });

  it.each([
    ['2026-02-30', '09:00', 0, 'Invalid start date'],
    ['09/03/2026', '09:00', 0, 'Invalid start date'],
    [MONDAY, '9:00', 0, 'Invalid time'],
    [MONDAY, '09:00', -1, 'dayOffset must be'],
    [MONDAY, '09:00', 1.5, 'dayOffset must be'],
  ])('refuses start %s at %s offset %p', (start, time, offset, message) => {
    expect(() => programStepSchedule(start, time, offset, { kind: 'once' })).toThrow(message);
  });
});

describe('programLengthDays', () => {
  it('measures from the first step’s start to the last step’s last due date', () => {
    expect(programLengthDays([])).toBe(0);
    expect(programLengthDays([{ dayOffset: 0, recurrence: { kind: 'once' } }])).toBe(0);
    expect(programLengthDays([{ dayOffset: 0, recurrence: { kind: 'weekly', count: 4 } }])).toBe(21);
    expect(programLengthDays([{ dayOffset: 0, recurrence: { kind: 'daily', count: 7 } }])).toBe(6);
    expect(
      programLengthDays([
        { dayOffset: 3, recurrence: { kind: 'once' } },
        { dayOffset: 10, recurrence: { kind: 'daily', count: 5 } },
      ]),
    ).toBe(11);
  });

  it('takes the longest step, not the last one listed', () => {
    expect(
      programLengthDays([
        { dayOffset: 0, recurrence: { kind: 'weekly', count: 4 } },
        { dayOffset: 14, recurrence: { kind: 'once' } },
      ]),
    ).toBe(21);
  });

  it('ends a times-per-week step at the end of its last 7-day block', () => {
    // 3 a week is due on days 1, 3 and 6 of each block; 12 slots fill 4 blocks.
    expect(
      programLengthDays([{ dayOffset: 0, recurrence: { kind: 'timesPerWeek', timesPerWeek: 3, count: 12 } }]),
    ).toBe(27);
    // 2 a week, 3 slots: days 2 and 6, then day 9.
    expect(
      programLengthDays([{ dayOffset: 0, recurrence: { kind: 'timesPerWeek', timesPerWeek: 2, count: 3 } }]),
    ).toBe(9);
  });

  it('gives a weekdays step its exact length from a start date, or the longest without one', () => {
    const mondays: ProgramStepTiming[] = [
      { dayOffset: 0, recurrence: { kind: 'weekdays', days: ['mon'], count: 2 } },
    ];
    expect(programLengthDays(mondays, MONDAY)).toBe(7);
    expect(programLengthDays(mondays, '2026-03-10')).toBe(13);
    expect(programLengthDays(mondays)).toBe(13);
  });

  it('refuses malformed steps', () => {
    expect(() => programLengthDays([{ dayOffset: -1, recurrence: { kind: 'once' } }])).toThrow('dayOffset');
    expect(() => programLengthDays([{ dayOffset: 0, recurrence: { kind: 'daily', count: 0 } }])).toThrow(
      'count',
    );
    expect(() =>
      programLengthDays([{ dayOffset: 0, recurrence: { kind: 'timesPerWeek', timesPerWeek: 8, count: 2 } }]),
    ).toThrow('timesPerWeek');
    expect(() =>
      programLengthDays([{ dayOffset: 0, recurrence: { kind: 'weekdays', days: [], count: 2 } }]),
    ).toThrow('at least one day');
  });

  describe('agrees with expandSchedule on every kind of step, from every day of the week', () => {
    const recurrences: ProgramStepRecurrence[] = [
      { kind: 'once' },
      { kind: 'daily', count: 10 },
      { kind: 'weekly', count: 5 },
      { kind: 'weekdays', days: ['mon', 'wed', 'fri'], count: 7 },
      { kind: 'weekdays', days: ['sun'], count: 3 },
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((timesPerWeek) =>
        [1, timesPerWeek, timesPerWeek + 1, 20].map((count) => ({
          kind: 'timesPerWeek' as const,
          timesPerWeek,
          count,
        })),
      ),
    ];
    const starts = Array.from(
      { length: 7 },
      (_, i) => DateTime.fromISO(MONDAY).plus({ days: i }).toISODate() as string,
    );

    it.each(recurrences.map((recurrence) => [JSON.stringify(recurrence), recurrence] as const))(
      '%s',
      (_, recurrence) => {
        for (const start of starts) {
          for (const dayOffset of [0, 3]) {
            const occurrences = expandSchedule(
              programStepSchedule(start, '12:00', dayOffset, recurrence),
              'UTC',
            );
            const last = occurrences.at(-1)?.localDate as string;
            const expected = DateTime.fromISO(last).diff(
              DateTime.fromISO(start).plus({ days: dayOffset }),
              'days',
            ).days;
            expect(programLengthDays([{ dayOffset, recurrence }], start)).toBe(expected);
            expect(occurrences).toHaveLength(recurrence.kind === 'once' ? 1 : recurrence.count);
          }
        }
        const longest = Math.max(
          ...starts.map((start) => programLengthDays([{ dayOffset: 0, recurrence }], start)),
        );
        expect(programLengthDays([{ dayOffset: 0, recurrence }])).toBe(longest);
      },
    );
  });
});
