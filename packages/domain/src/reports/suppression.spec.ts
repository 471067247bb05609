import fc from 'fast-check';
import { applySuppression, reportCell, type SuppressionInput, suppressSmallCells } from './suppression';

const groups = (...sizes: number[]) => sizes.map((clients, i) => ({ key: `g${i}`, clients }));
const keys = (input: SuppressionInput, threshold: number) => {
  const { totalSuppressed, suppressedKeys } = suppressSmallCells(input, threshold);
  return { totalSuppressed, suppressed: [...suppressedKeys].sort() };
};

describe('suppressSmallCells — worked examples (threshold 11)', () => {
  it('shows everything when every group has at least 11 clients or none', () => {
    expect(keys({ total: 40, groups: groups(11, 29, 0) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: [],
    });
  });

  it('suppresses everything, zero groups included, when the total is under 11', () => {
    expect(keys({ total: 10, groups: groups(6, 4, 0) }, 11)).toEqual({
      totalSuppressed: true,
      suppressed: ['g0', 'g1', 'g2'],
    });
  });

  it('shows an empty table (total 0)', () => {
    expect(keys({ total: 0, groups: groups(0, 0) }, 11)).toEqual({ totalSuppressed: false, suppressed: [] });
  });

  it('adds the next-smallest group when only one is small: 4 + 20 + 30 = 54 hides 4 and 20', () => {
    // Hiding only the 4 would leave it as 54 − 20 − 30.
    expect(keys({ total: 54, groups: groups(30, 4, 20) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g1', 'g2'],
    });
  });

  it('keeps going while the hidden groups together are under 11: 3 + 4 + 12 + 40', () => {
    // 3 and 4 are small; together 7 would be revealed by subtraction, so 12 goes too (19 hidden).
    expect(keys({ total: 59, groups: groups(3, 4, 12, 40) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g0', 'g1', 'g2'],
    });
  });

  it('stops once two small groups together reach 11: 5 + 6 + 30', () => {
    expect(keys({ total: 41, groups: groups(5, 6, 30) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g0', 'g1'],
    });
  });

  it('never hides a zero group to protect another: 4 + 0 + 25 hides 4 and 25', () => {
    expect(keys({ total: 29, groups: groups(4, 0, 25) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g0', 'g2'],
    });
  });

  it('breaks ties by key, whatever the order', () => {
    const a = suppressSmallCells(
      {
        total: 45,
        groups: [
          { key: 'b', clients: 20 },
          { key: 'a', clients: 20 },
          { key: 'c', clients: 5 },
        ],
      },
      11,
    );
    expect([...a.suppressedKeys].sort()).toEqual(['a', 'c']);
  });

  it('hides the total when nothing is left to protect the only small group', () => {
    // Inconsistent only in appearance: 7 clients in the group, 20 in no group at all.
    expect(keys({ total: 27, groups: groups(7) }, 11)).toEqual({ totalSuppressed: true, suppressed: ['g0'] });
  });

  it('protects a small remainder of clients in no group: 30 + 25 of 60 leaves 5 to find', () => {
    expect(keys({ total: 60, groups: groups(30, 25) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g1'],
    });
  });

  it('does not count on the remainder to protect a small group: 4 + 30 of 54', () => {
    expect(keys({ total: 54, groups: groups(4, 30) }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g0', 'g1'],
    });
  });

  it('only applies primary suppression to overlapping groups such as weeks', () => {
    expect(keys({ total: 30, groups: groups(4, 25, 30), partition: false }, 11)).toEqual({
      totalSuppressed: false,
      suppressed: ['g0'],
    });
  });

  it('refuses overlapping groups flagged as a partition, duplicate keys and bad thresholds', () => {
    expect(() => suppressSmallCells({ total: 30, groups: groups(20, 20) }, 11)).toThrow(/partition: false/);
    expect(() =>
      suppressSmallCells(
        {
          total: 30,
          groups: [
            { key: 'a', clients: 15 },
            { key: 'a', clients: 15 },
          ],
        },
        11,
      ),
    ).toThrow(/twice/);
    expect(() => suppressSmallCells({ total: 30, groups: [] }, 0)).toThrow(/threshold/);
  });
});

describe('suppressSmallCells — properties (thresholds 5–20)', () => {
  const arbCase = fc.record({
    sizes: fc.array(fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 200 })), {
      maxLength: 12,
    }),
    remainder: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
    threshold: fc.integer({ min: 5, max: 20 }),
  });

  it('never shows a small group, and with the total shown never lets a small value be subtracted out', () => {
    fc.assert(
      fc.property(arbCase, ({ sizes, remainder, threshold }) => {
        const gs = groups(...sizes);
        const total = sizes.reduce((a, b) => a + b, 0) + remainder;
        const { totalSuppressed, suppressedKeys } = suppressSmallCells({ total, groups: gs }, threshold);
        const hidden = gs.filter((g) => suppressedKeys.has(g.key));
        const hiddenSum = hidden.reduce((a, g) => a + g.clients, 0);

        // (1) no shown group counts 0 < clients < threshold.
        for (const g of gs) {
          if (!suppressedKeys.has(g.key)) expect(g.clients === 0 || g.clients >= threshold).toBe(true);
        }
        // An exact partition never needs to hide a total of at least the threshold.
        if (remainder === 0 && total >= threshold) expect(totalSuppressed).toBe(false);
        if (!totalSuppressed) {
          // The total is never small when shown.
          expect(total === 0 || total >= threshold).toBe(true);
          // (2) the suppressed groups together are 0 or at least the threshold…
          expect(hiddenSum === 0 || hiddenSum >= threshold).toBe(true);
          // …and, the groups partitioning the total exactly, never exactly one suppressed group.
          if (remainder === 0) expect(hidden.length).not.toBe(1);
          // A small remainder is never the only thing left to subtract.
          if (remainder > 0 && remainder < threshold) expect(hiddenSum).toBeGreaterThanOrEqual(threshold);
        }
      }),
    );
  });

  it('is deterministic and does not depend on the order of the groups', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.infiniteStream(fc.double({ noNaN: true })),
        ({ sizes, remainder, threshold }, s) => {
          const gs = groups(...sizes);
          const total = sizes.reduce((a, b) => a + b, 0) + remainder;
          const shuffled = gs
            .map((g) => ({ g, r: s.next().value }))
            .sort((a, b) => a.r - b.r)
            .map(({ g }) => g);
          const first = keys({ total, groups: gs }, threshold);
          expect(keys({ total, groups: gs }, threshold)).toEqual(first);
          expect(keys({ total, groups: shuffled }, threshold)).toEqual(first);
        },
      ),
    );
  });

  it('is idempotent: suppressing what is left shown hides nothing more', () => {
    fc.assert(
      fc.property(arbCase, ({ sizes, remainder, threshold }) => {
        const gs = groups(...sizes);
        const total = sizes.reduce((a, b) => a + b, 0) + remainder;
        const { totalSuppressed, suppressedKeys } = suppressSmallCells({ total, groups: gs }, threshold);
        if (totalSuppressed) return;
        // The shown groups, seen as a table on their own with the hidden ones as its remainder.
        const shown = gs.filter((g) => !suppressedKeys.has(g.key));
        const again = suppressSmallCells({ total, groups: shown }, threshold);
        expect(again.totalSuppressed).toBe(false);
        expect(again.suppressedKeys.size).toBe(0);
      }),
    );
  });

  it('applies primary suppression only when groups overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
        fc.integer({ min: 5, max: 20 }),
        (sizes, threshold) => {
          const gs = groups(...sizes);
          const total = Math.max(0, ...sizes) + 5;
          const { totalSuppressed, suppressedKeys } = suppressSmallCells(
            { total, groups: gs, partition: false },
            threshold,
          );
          if (total < threshold) {
            expect(totalSuppressed).toBe(true);
            expect(suppressedKeys.size).toBe(gs.length);
          } else {
            expect(totalSuppressed).toBe(false);
            expect([...suppressedKeys].sort()).toEqual(
              gs
                .filter((g) => g.clients > 0 && g.clients < threshold)
                .map((g) => g.key)
                .sort(),
            );
          }
        },
      ),
    );
  });
});

describe('applySuppression', () => {
  const row = {
    clients: 12,
    completionRate: 0.5,
    medianHoursLate: null,
    declinedByReason: { not_relevant: 1, too_hard: 0 },
  };

  it('turns each number into a shown cell, nested records included', () => {
    expect(applySuppression(row, false)).toEqual({
      clients: { value: 12, suppressed: false },
      completionRate: { value: 0.5, suppressed: false },
      medianHoursLate: { value: null, suppressed: false },
      declinedByReason: {
        not_relevant: { value: 1, suppressed: false },
        too_hard: { value: 0, suppressed: false },
      },
    });
  });

  it('hides every number of a suppressed row', () => {
    const cells = applySuppression(row, true);
    expect(cells.clients).toEqual({ value: null, suppressed: true });
    expect(cells.declinedByReason.too_hard).toEqual({ value: null, suppressed: true });
    expect(reportCell(3, true)).toEqual({ value: null, suppressed: true });
  });
});
