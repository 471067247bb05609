import {
  DEFAULT_REMINDER_POLICY,
  digestDayDue,
  isWithinQuietHours,
  outsideQuietHours,
  reminderCandidateWindow,
  reminderIsDue,
  reminderSendAt,
} from './reminder-timing';

const at = (iso: string) => new Date(iso);
const policy = DEFAULT_REMINDER_POLICY;

describe('quiet hours', () => {
  it('wrap overnight: 21:00–08:00 covers 23:30 and 07:59 but not 08:00 or 20:59 local time', () => {
    const london = 'Europe/London';
    // 2026-01-15 is winter: London is UTC+0.
    expect(isWithinQuietHours(at('2026-01-15T23:30:00Z'), london, '21:00', '08:00')).toBe(true);
    expect(isWithinQuietHours(at('2026-01-15T07:59:00Z'), london, '21:00', '08:00')).toBe(true);
    expect(isWithinQuietHours(at('2026-01-15T08:00:00Z'), london, '21:00', '08:00')).toBe(false);
    expect(isWithinQuietHours(at('2026-01-15T20:59:00Z'), london, '21:00', '08:00')).toBe(false);
  });

  it('are read on the client’s wall clock, not UTC', () => {
    // 14:00 UTC is 09:00 in New York (EST) and 01:00 next day in Auckland (NZDT).
    const instant = at('2026-01-15T14:00:00Z');
    expect(isWithinQuietHours(instant, 'America/New_York', '21:00', '08:00')).toBe(false);
    expect(isWithinQuietHours(instant, 'Pacific/Auckland', '21:00', '08:00')).toBe(true);
  });

  it('within one day (13:00–14:00) and equal start and end (none)', () => {
    expect(isWithinQuietHours(at('2026-01-15T13:30:00Z'), 'UTC', '13:00', '14:00')).toBe(true);
    expect(isWithinQuietHours(at('2026-01-15T14:00:00Z'), 'UTC', '13:00', '14:00')).toBe(false);
    expect(isWithinQuietHours(at('2026-01-15T03:00:00Z'), 'UTC', '08:00', '08:00')).toBe(false);
  });

  it('end at the next local end time: before midnight → tomorrow, after midnight → today', () => {
    const ny = 'America/New_York';
    // 22:30 EST on 15 Jan → 08:00 EST on 16 Jan (13:00Z).
    expect(outsideQuietHours(at('2026-01-16T03:30:00Z'), ny, '21:00', '08:00').toISOString()).toBe(
      '2026-01-16T13:00:00.000Z',
    );
    // 06:00 EST on 16 Jan → 08:00 EST the same day.
    expect(outsideQuietHours(at('2026-01-16T11:00:00Z'), ny, '21:00', '08:00').toISOString()).toBe(
      '2026-01-16T13:00:00.000Z',
    );
    // Not quiet: unchanged.
    const noon = at('2026-01-16T17:00:00Z');
    expect(outsideQuietHours(noon, ny, '21:00', '08:00')).toBe(noon);
  });

  it('end on the right side of a daylight-saving change (New York springs forward on 8 March 2026)', () => {
    // 23:00 EST on 7 March → 08:00 EDT on 8 March, which is 12:00Z (not 13:00Z).
    expect(
      outsideQuietHours(at('2026-03-08T04:00:00Z'), 'America/New_York', '21:00', '08:00').toISOString(),
    ).toBe('2026-03-08T12:00:00.000Z');
  });

  it('refuse an unknown zone or a malformed time', () => {
    expect(() => isWithinQuietHours(at('2026-01-15T00:00:00Z'), 'Mars/Olympus', '21:00', '08:00')).toThrow(
      /Unknown time zone/,
    );
    expect(() => isWithinQuietHours(at('2026-01-15T00:00:00Z'), 'UTC', '9pm', '08:00')).toThrow(
      /quiet hours start/,
    );
  });
});

describe('when a reminder is sent', () => {
  const ny = 'America/New_York';

  it('24 h before due, when that moment is outside quiet hours', () => {
    // Due 18:00 EST on 16 Jan (23:00Z) → reminder 18:00 EST on 15 Jan.
    expect(reminderSendAt('due_soon', at('2026-01-16T23:00:00Z'), policy, ny)?.toISOString()).toBe(
      '2026-01-15T23:00:00.000Z',
    );
  });

  it('waits for the end of quiet hours in the client’s zone when the moment falls inside them', () => {
    // Due 22:00 EST on 16 Jan → planned 22:00 EST on 15 Jan (quiet) → sent 08:00 EST on 16 Jan.
    const due = at('2026-01-17T03:00:00Z');
    expect(reminderSendAt('due_soon', due, policy, ny)?.toISOString()).toBe('2026-01-16T13:00:00.000Z');
    // The same due instant for a London client: planned 03:00 GMT on 16 Jan (quiet) → 08:00 GMT.
    expect(reminderSendAt('due_soon', due, policy, 'Europe/London')?.toISOString()).toBe(
      '2026-01-16T08:00:00.000Z',
    );
  });

  it('is dropped when waiting would pass the due time, and when the policy turns it off', () => {
    // Due 07:00 EST: planned 07:00 EST the day before is quiet → 08:00, still before due: sent.
    expect(reminderSendAt('due_soon', at('2026-01-16T12:00:00Z'), policy, ny)?.toISOString()).toBe(
      '2026-01-15T13:00:00.000Z',
    );
    // Remind 2 h before a 07:00 item: 05:00 is quiet, 08:00 is after due → none.
    const shortNotice = { ...policy, reminderHoursBefore: 2 };
    expect(reminderSendAt('due_soon', at('2026-01-16T12:00:00Z'), shortNotice, ny)).toBeNull();
    expect(
      reminderSendAt('due_soon', at('2026-01-16T23:00:00Z'), { ...policy, reminderHoursBefore: 0 }, ny),
    ).toBeNull();
    expect(
      reminderSendAt('overdue', at('2026-01-16T23:00:00Z'), { ...policy, overdueNudgeHoursAfter: 0 }, ny),
    ).toBeNull();
  });

  it('nudges 24 h after due, deferred past quiet hours like any reminder', () => {
    // Due 23:00 EST on 15 Jan → planned 23:00 EST on 16 Jan (quiet) → 08:00 EST on 17 Jan.
    expect(reminderSendAt('overdue', at('2026-01-16T04:00:00Z'), policy, ny)?.toISOString()).toBe(
      '2026-01-17T13:00:00.000Z',
    );
  });

  it('is due to a scan only from its moment, outside quiet hours and while it can still help', () => {
    const due = at('2026-01-17T03:00:00Z'); // 22:00 EST on 16 Jan; reminder waits until 08:00 EST
    expect(reminderIsDue('due_soon', due, policy, ny, at('2026-01-16T03:30:00Z'))).toBe(false); // 22:30, quiet
    expect(reminderIsDue('due_soon', due, policy, ny, at('2026-01-16T12:59:00Z'))).toBe(false); // 07:59
    expect(reminderIsDue('due_soon', due, policy, ny, at('2026-01-16T13:00:00Z'))).toBe(true); // 08:00
    expect(reminderIsDue('due_soon', due, policy, ny, at('2026-01-16T20:00:00Z'))).toBe(true); // 15:00
    expect(reminderIsDue('due_soon', due, policy, ny, at('2026-01-17T03:00:00Z'))).toBe(false); // due now
    // Overdue: within 3 days of its moment, not after.
    expect(reminderIsDue('overdue', due, policy, ny, at('2026-01-18T14:00:00Z'))).toBe(true);
    expect(reminderIsDue('overdue', due, policy, ny, at('2026-01-21T14:00:00Z'))).toBe(false);
  });

  it('gives the scan a due-time window that holds every reminder that could be due', () => {
    const now = at('2026-01-16T12:00:00Z');
    const { from, to } = reminderCandidateWindow(policy, now);
    expect(to.toISOString()).toBe('2026-01-17T12:00:00.000Z');
    expect(from.toISOString()).toBe('2026-01-12T12:00:00.000Z');
  });
});

describe('the morning digest', () => {
  it('is due from the digest time for twelve hours of the clinic’s local day, keyed by that day', () => {
    const sydney = 'Australia/Sydney'; // UTC+11 in January
    expect(digestDayDue(at('2026-01-15T19:59:00Z'), sydney, '07:00')).toBeNull(); // 06:59 on the 16th
    expect(digestDayDue(at('2026-01-15T20:00:00Z'), sydney, '07:00')).toBe('2026-01-16');
    expect(digestDayDue(at('2026-01-16T07:59:00Z'), sydney, '07:00')).toBe('2026-01-16'); // 18:59
    expect(digestDayDue(at('2026-01-16T08:00:00Z'), sydney, '07:00')).toBeNull(); // 19:00: too late
  });
});
