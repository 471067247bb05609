import { completionRate, completionStreak, MOOD_TREND_DAYS, moodTrend } from './progress';

describe('completionStreak', () => {
  it('counts days in a row ending today', () => {
    expect(completionStreak(['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
  });

  it('still counts a streak ending yesterday, since today is not over', () => {
    expect(completionStreak(['2026-03-08', '2026-03-09'], '2026-03-10')).toBe(2);
  });

  it('is 0 when the last submission was two or more days ago', () => {
    expect(completionStreak(['2026-03-07', '2026-03-08'], '2026-03-10')).toBe(0);
  });

  it('stops at the first day without a submission', () => {
    expect(
      completionStreak(['2026-03-05', '2026-03-06', '2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10'),
    ).toBe(3);
  });

  it('ignores duplicates, order and dates after today', () => {
    expect(completionStreak(['2026-03-10', '2026-03-09', '2026-03-10', '2026-03-11'], '2026-03-10')).toBe(2);
  });

  it('runs across month and year ends and a leap day', () => {
    expect(completionStreak(['2027-12-31', '2028-01-01'], '2028-01-01')).toBe(2);
    expect(completionStreak(['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01')).toBe(3);
  });

  it('is 0 with no submissions, and refuses a malformed today', () => {
    expect(completionStreak([], '2026-03-10')).toBe(0);
    expect(() => completionStreak([], '10/03/2026')).toThrow("Invalid today's date");
  });
});

describe('completionRate', () => {
  it('is submitted / due as a raw fraction', () => {
    expect(completionRate(3, 2)).toBeCloseTo(2 / 3, 12);
    expect(completionRate(4, 4)).toBe(1);
    expect(completionRate(5, 0)).toBe(0);
  });

  it('is null when nothing was due', () => {
    expect(completionRate(0, 0)).toBeNull();
  });

  it.each([
    [-1, 0],
    [2, -1],
    [2.5, 1],
    [Number.NaN, 0],
    [2, 3],
  ])('refuses due %p with submitted %p', (due, submitted) => {
    expect(() => completionRate(due, submitted)).toThrow(RangeError);
  });
});

describe('moodTrend', () => {
  it('averages entries on the same date, oldest first, to one decimal', () => {
    expect(
      moodTrend([
        { date: '2026-03-10', mood: 6 },
        { date: '2026-03-08', mood: 3 },
        { date: '2026-03-10', mood: 7 },
        { date: '2026-03-10', mood: 7 },
      ]),
    ).toEqual([
      { date: '2026-03-08', mood: 3 },
      { date: '2026-03-10', mood: 6.7 },
    ]);
  });

  it('leaves out entries without a mood', () => {
    expect(
      moodTrend([
        { date: '2026-03-08', mood: null },
        { date: '2026-03-09', mood: undefined },
        { date: '2026-03-09', mood: 4 },
        { date: '2026-03-10', mood: Number.NaN },
      ]),
    ).toEqual([{ date: '2026-03-09', mood: 4 }]);
  });

  it('keeps only the last 28 dates that have a mood', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      mood: i % 11,
    }));
    const trend = moodTrend(entries);
    expect(MOOD_TREND_DAYS).toBe(28);
    expect(trend).toHaveLength(28);
    expect(trend[0]?.date).toBe('2026-01-13');
    expect(trend.at(-1)?.date).toBe('2026-02-09');
  });

  it('is empty for no entries and refuses a malformed date', () => {
    expect(moodTrend([])).toEqual([]);
    expect(() => moodTrend([{ date: '2026-02-30', mood: 5 }])).toThrow('Invalid entry date');
  });
});
