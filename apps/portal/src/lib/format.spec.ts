import { callName, capitalise, formatMoment, formatSessionTime, formatTimeAgo, telHref } from './format';

describe('portal wording', () => {
  it('writes the next session in the client’s time zone, across daylight saving', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(formatSessionTime('2026-12-03T15:00:00Z', 'Europe/London', now)).toBe(
      'Thursday 3 December at 3:00 pm',
    );
    expect(formatSessionTime('2026-12-03T15:00:00Z', 'America/New_York', now)).toBe(
      'Thursday 3 December at 10:00 am',
    );
    expect(formatSessionTime('2027-06-01T08:30:00Z', 'Europe/London', now)).toBe(
      'Tuesday 1 June 2027 at 9:30 am',
    );
  });

  it('capitalises the clinic’s word for homework', () => {
    expect(capitalise('homework')).toBe('Homework');
    expect(capitalise('between-session activities')).toBe('Between-session activities');
  });

  it('greets by preferred name, else first name', () => {
    expect(callName({ name: 'Samantha Reyes', preferredName: 'Sam' })).toBe('Sam');
    expect(callName({ name: ' Samantha Reyes', preferredName: ' ' })).toBe('Samantha');
  });

  it('makes dialable tel: links', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('+44 (0)20 7946-0000')).toBe('tel:+442079460000');
    expect(telHref('(020) 7946 0001')).toBe('tel:02079460001');
  });

  it('says how long ago something happened, then the date after a week', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(formatTimeAgo('2026-12-03T11:59:30Z', 'Europe/London', now)).toBe('just now');
    expect(formatTimeAgo('2026-12-03T12:00:20Z', 'Europe/London', now)).toBe('just now');
    expect(formatTimeAgo('2026-12-03T11:55:00Z', 'Europe/London', now)).toBe('5 minutes ago');
    expect(formatTimeAgo('2026-12-03T11:00:00Z', 'Europe/London', now)).toBe('1 hour ago');
    expect(formatTimeAgo('2026-12-02T09:00:00Z', 'Europe/London', now)).toBe('yesterday');
    expect(formatTimeAgo('2026-11-30T12:00:00Z', 'Europe/London', now)).toBe('3 days ago');
    expect(formatTimeAgo('2026-11-20T23:30:00Z', 'Pacific/Auckland', now)).toBe('21 November');
    expect(formatTimeAgo('2025-11-20T10:00:00Z', 'Europe/London', now)).toBe('20 November 2025');
    expect(formatTimeAgo('2026-11-20T10:00:00Z', 'Not/AZone', now)).toMatch(/November/);
  });

  it('writes a full moment in the client’s time zone', () => {
    expect(formatMoment('2026-12-03T15:05:00Z', 'Europe/London')).toBe('Thursday 3 December 2026 at 3:05 pm');
  });
});
