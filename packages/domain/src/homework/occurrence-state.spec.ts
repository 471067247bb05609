import { displayStatus, isLate, MISSED_AFTER_DAYS, missedAt } from './occurrence-state';

const DUE = new Date('2026-03-10T18:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const hoursAfterDue = (hours: number) => new Date(DUE.getTime() + hours * HOUR);

describe('displayStatus', () => {
  it('is pending, not overdue, before and exactly at the due instant', () => {
    expect(displayStatus('pending', DUE, hoursAfterDue(-5))).toEqual({ status: 'pending', overdue: false });
    expect(displayStatus('pending', DUE, DUE)).toEqual({ status: 'pending', overdue: false });
  });

  it('is overdue from just after the due instant', () => {
    expect(displayStatus('pending', DUE, new Date(DUE.getTime() + 1))).toEqual({
      status: 'pending',
      overdue: true,
    });
    expect(displayStatus('pending', DUE, hoursAfterDue(24 * 6 + 23))).toEqual({
      status: 'pending',
      overdue: true,
    });
  });

  it('is missed, and no longer overdue, a week (7 × 24 h) after it was due', () => {
    expect(MISSED_AFTER_DAYS).toBe(7);
    expect(displayStatus('pending', DUE, new Date(hoursAfterDue(24 * 7).getTime() - 1)).status).toBe(
      'pending',
    );
    expect(displayStatus('pending', DUE, hoursAfterDue(24 * 7))).toEqual({
      status: 'missed',
      overdue: false,
    });
    expect(displayStatus('pending', DUE, hoursAfterDue(24 * 30))).toEqual({
      status: 'missed',
      overdue: false,
    });
  });

  it.each(['submitted', 'reviewed', 'declined'] as const)('%s stays %s and is never overdue', (status) => {
    for (const now of [hoursAfterDue(-1), hoursAfterDue(1), hoursAfterDue(24 * 60)]) {
      expect(displayStatus(status, DUE, now)).toEqual({ status, overdue: false });
    }
  });
});

describe('missedAt', () => {
  it('is seven days after the due instant', () => {
    expect(missedAt(DUE)).toEqual(new Date('2026-03-17T18:00:00.000Z'));
  });
});

describe('isLate', () => {
  it('is on time up to and including the due instant', () => {
    expect(isLate(DUE, hoursAfterDue(-48))).toBe(false);
    expect(isLate(DUE, DUE)).toBe(false);
  });

  it('is late a moment after the due instant, and still late once missed', () => {
    expect(isLate(DUE, new Date(DUE.getTime() + 1))).toBe(true);
    expect(isLate(DUE, hoursAfterDue(24 * 10))).toBe(true);
  });
});
