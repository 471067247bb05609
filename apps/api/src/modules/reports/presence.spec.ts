import { BLOCK_DAYS, blockOf, dayIndex, dayMasks, PRESENCE_EPOCH } from './presence';
import { wholeWeeks } from './reports.service';

describe('presence blocks and masks', () => {
  it('numbers days from the epoch Monday and starts every block on a Monday', () => {
    expect(dayIndex(PRESENCE_EPOCH)).toBe(0);
    expect(dayIndex('2000-01-02')).toBe(-1);
    expect(blockOf('2000-01-02')).toBe(-1);
    expect(blockOf('2000-12-31')).toBe(0);
    expect(blockOf('2001-01-01')).toBe(1); // 2000-01-03 + 364 days, a Monday
    expect(new Date('2001-01-01T00:00:00Z').getUTCDay()).toBe(1);
  });

  it('masks exactly the days of a period, split over the blocks it touches', () => {
    const masks = dayMasks('2000-12-30', '2001-01-02');
    expect(masks.map((m) => m.block)).toEqual([0, 1]);
    expect(masks.every((m) => m.mask.length === BLOCK_DAYS)).toBe(true);
    expect(masks[0].mask.indexOf('1')).toBe(362);
    expect(masks[0].mask.slice(362)).toBe('11');
    expect(masks[1].mask.slice(0, 3)).toBe('110');
    expect([...masks[1].mask].filter((c) => c === '1')).toHaveLength(2);
    expect(dayMasks('2026-11-27', '2026-11-26')).toEqual([]);
  });
});

describe('whole weeks of a period', () => {
  it('takes the Mondays of the weeks lying wholly inside it', () => {
    // Thursday 2026-09-03 .. Friday 2026-11-27: whole weeks from Monday 7 September to Monday 16 November.
    expect(wholeWeeks({ from: '2026-09-03', to: '2026-11-27' })).toEqual({
      first: '2026-09-07',
      last: '2026-11-16',
    });
    // A period of exactly Monday..Sunday is one whole week.
    expect(wholeWeeks({ from: '2026-11-16', to: '2026-11-22' })).toEqual({
      first: '2026-11-16',
      last: '2026-11-16',
    });
  });

  it('has none (first after last) when no week fits', () => {
    const { first, last } = wholeWeeks({ from: '2026-11-17', to: '2026-11-22' });
    expect(first > last).toBe(true);
  });
});
