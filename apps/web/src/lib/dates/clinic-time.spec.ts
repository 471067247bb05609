import {
  endOfDayIso,
  formatDateTime,
  formatSessionTime,
  startOfDayIso,
  zonedDateTimeIso,
  zonedParts,
} from './clinic-time';

describe('days in a clinic time zone', () => {
  it('start and end at local midnight', () => {
    expect(startOfDayIso('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(endOfDayIso('2026-07-01', 'Europe/London')).toBe('2026-07-01T22:59:59.999Z');
    expect(startOfDayIso('2026-07-01', 'Asia/Kolkata')).toBe('2026-06-30T18:30:00.000Z');
  });

  it('follow the clocks going forward (a 23-hour day)', () => {
    expect(startOfDayIso('2026-03-29', 'Europe/London')).toBe('2026-03-29T00:00:00.000Z');
    expect(endOfDayIso('2026-03-29', 'Europe/London')).toBe('2026-03-29T22:59:59.999Z');
  });

  it('follow the clocks going back (a 25-hour day)', () => {
    expect(startOfDayIso('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect(endOfDayIso('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.999Z');
  });

  it('refuse what is not a date', () => {
    expect(() => startOfDayIso('29/03/2026', 'Europe/London')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('shows the wall-clock time of the clinic, not of the viewer', () => {
    const iso = '2026-07-01T12:00:00.000Z';
    expect(formatDateTime(iso, 'Europe/London', 'en-GB')).toBe('1 Jul 2026, 13:00');
    expect(formatDateTime(iso, 'America/New_York', 'en-GB')).toBe('1 Jul 2026, 08:00');
  });
});

describe('session times', () => {
  it('formats a session as people say it, in the clinic’s zone', () => {
    expect(formatSessionTime('2026-12-03T15:00:00.000Z', 'Europe/London')).toBe('Thu 3 Dec, 3:00 pm');
    expect(formatSessionTime('2026-07-02T08:30:00.000Z', 'Europe/London')).toBe('Thu 2 Jul, 9:30 am');
  });

  it('turns a wall-clock date and time into an instant and back, across summer time', () => {
    expect(zonedDateTimeIso('2026-07-02', '09:30', 'Europe/London')).toBe('2026-07-02T08:30:00.000Z');
    expect(zonedDateTimeIso('2026-12-03', '15:00', 'Europe/London')).toBe('2026-12-03T15:00:00.000Z');
    expect(zonedParts('2026-07-02T08:30:00.000Z', 'Europe/London')).toEqual({
      day: '2026-07-02',
      time: '09:30',
    });
  });
});
