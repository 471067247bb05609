import { callName, capitalise, formatSessionTime, telHref } from './format';

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
});
