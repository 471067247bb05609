import { isValidTimeZone, localDateIn } from './local-time';
import { isDueToday, isOverdue } from './occurrence-window';

describe('occurrence windows', () => {
  it('is overdue only once the due instant has passed', () => {
    const dueAt = new Date('2026-03-08T13:00:00Z');
    expect(isOverdue(dueAt, new Date('2026-03-08T12:59:59Z'))).toBe(false);
    expect(isOverdue(dueAt, new Date('2026-03-08T13:00:00Z'))).toBe(false);
    expect(isOverdue(dueAt, new Date('2026-03-08T13:00:01Z'))).toBe(true);
  });

  it('judges "today" by the client’s calendar, not UTC’s', () => {
    const now = new Date('2026-04-04T22:30:00Z'); // already Sunday 5 April in Sydney, still Saturday in New York
    expect(localDateIn(now, 'Australia/Sydney')).toBe('2026-04-05');
    expect(isDueToday('2026-04-05', 'Australia/Sydney', now)).toBe(true);
    expect(isDueToday('2026-04-04', 'Australia/Sydney', now)).toBe(false);
    expect(isDueToday('2026-04-04', 'America/New_York', now)).toBe(true);
  });

  it('knows IANA zones and refuses others', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => isDueToday('2026-04-05', 'Nowhere/Land', new Date())).toThrow('Unknown time zone');
  });
});
