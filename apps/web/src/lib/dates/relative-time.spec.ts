import { formatTimeAgo } from './relative-time';

const now = Date.parse('2026-07-10T12:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatTimeAgo', () => {
  it.each([
    [ago(10_000), 'just now'],
    [ago(-30_000), 'just now'],
    [ago(MINUTE), '1 minute ago'],
    [ago(5 * MINUTE + 59_000), '5 minutes ago'],
    [ago(HOUR), '1 hour ago'],
    [ago(23 * HOUR), '23 hours ago'],
    [ago(DAY + HOUR), 'yesterday'],
    [ago(3 * DAY), '3 days ago'],
  ])('says %s as “%s”', (iso, expected) => {
    expect(formatTimeAgo(iso, 'Europe/London', now)).toBe(expected);
  });

  it('gives the date, in the clinic’s time zone, once it is more than a week old', () => {
    expect(formatTimeAgo('2026-06-30T23:30:00.000Z', 'Europe/London', now)).toMatch(/1 Jul|Jul 1/);
    expect(formatTimeAgo('2026-06-30T23:30:00.000Z', 'America/New_York', now)).toMatch(/30 Jun|Jun 30/);
  });
});
