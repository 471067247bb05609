import fc from 'fast-check';
import {
  addEngagementCounts,
  contributionChangesAt,
  DECLINE_REASONS,
  type EngagementCounts,
  emptyEngagementCounts,
  engagementMetrics,
  hoursLateBucket,
  LATE_HOURS_BUCKETS,
  medianHoursLate,
  type OccurrenceFact,
  occurrenceContribution,
  sumEngagementCounts,
} from './engagement';

const HOUR = 60 * 60 * 1000;
const due = new Date('2026-03-02T09:00:00Z');
const at = (hoursAfterDue: number) => new Date(due.getTime() + hoursAfterDue * HOUR);

const fact = (overrides: Partial<OccurrenceFact>): OccurrenceFact => ({
  dueAt: due,
  status: 'pending',
  submittedAt: null,
  declineReason: null,
  ...overrides,
});

/** A histogram with the given hours late, one submission each. */
const histogram = (...hours: number[]) => {
  const h = new Array<number>(LATE_HOURS_BUCKETS).fill(0);
  for (const x of hours) h[x] = (h[x] ?? 0) + 1;
  return h;
};

describe('constants', () => {
  it('lists the five decline reasons and 169 late-hours buckets', () => {
    expect(DECLINE_REASONS).toEqual(['not_relevant', 'too_hard', 'not_safe', 'no_time', 'other']);
    expect(LATE_HOURS_BUCKETS).toBe(169);
    expect(emptyEngagementCounts().lateHours).toHaveLength(169);
  });
});

describe('hoursLateBucket', () => {
  it('rounds whole hours late down: 25 h lands in bucket 25, 25 h 59 min too', () => {
    expect(hoursLateBucket(due, at(25))).toBe(25);
    expect(hoursLateBucket(due, new Date(at(26).getTime() - 60_000))).toBe(25);
  });

  it('puts under an hour late in bucket 0, and on time also gives 0', () => {
    expect(hoursLateBucket(due, at(0.5))).toBe(0);
    expect(hoursLateBucket(due, due)).toBe(0);
    expect(hoursLateBucket(due, at(-3))).toBe(0);
  });

  it('caps at 168: 167 h is its own bucket, a week and anything beyond share the last one', () => {
    expect(hoursLateBucket(due, at(167.9))).toBe(167);
    expect(hoursLateBucket(due, at(168))).toBe(168);
    expect(hoursLateBucket(due, at(1000))).toBe(168);
  });
});

describe('occurrenceContribution', () => {
  it('adds nothing before the due instant, nor at the due instant itself', () => {
    expect(occurrenceContribution(fact({}), at(-1))).toEqual(emptyEngagementCounts());
    expect(occurrenceContribution(fact({}), due)).toEqual(emptyEngagementCounts());
    // Even an early submission waits for its due time to be counted.
    const early = fact({ status: 'submitted', submittedAt: at(-5) });
    expect(occurrenceContribution(early, at(-1))).toEqual(emptyEngagementCounts());
    expect(occurrenceContribution(early, at(1))).toMatchObject({ due: 1, submitted: 1, onTime: 1 });
  });

  it('counts a submission at or before the due instant as on time', () => {
    const c = occurrenceContribution(fact({ status: 'submitted', submittedAt: due }), at(1));
    expect(c).toMatchObject({ due: 1, submitted: 1, onTime: 1, missed: 0, declined: 0 });
    expect(c.lateHours.every((n) => n === 0)).toBe(true);
  });

  it('counts a submission 25 h late as submitted, not on time, in bucket 25', () => {
    const c = occurrenceContribution(fact({ status: 'submitted', submittedAt: at(25) }), at(30));
    expect(c).toMatchObject({ due: 1, submitted: 1, onTime: 0 });
    expect(c.lateHours[25]).toBe(1);
    expect(c.lateHours.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('counts reviewed like submitted, even when submitted more than a week late', () => {
    const c = occurrenceContribution(fact({ status: 'reviewed', submittedAt: at(200) }), at(300));
    expect(c).toMatchObject({ due: 1, submitted: 1, onTime: 0, missed: 0 });
    expect(c.lateHours[168]).toBe(1);
  });

  it('counts a declined occurrence as due and declined with its reason, not submitted or missed', () => {
    const c = occurrenceContribution(fact({ status: 'declined', declineReason: 'too_hard' }), at(24 * 30));
    expect(c).toMatchObject({ due: 1, submitted: 0, onTime: 0, declined: 1, missed: 0 });
    expect(c.declinedByReason).toEqual({ not_relevant: 0, too_hard: 1, not_safe: 0, no_time: 0, other: 0 });
  });

  it('counts a decline without a reason under other', () => {
    const c = occurrenceContribution(fact({ status: 'declined' }), at(1));
    expect(c.declinedByReason.other).toBe(1);
  });

  it('counts a pending occurrence as missed only once 7 days have passed since due', () => {
    expect(occurrenceContribution(fact({}), at(1))).toMatchObject({ due: 1, missed: 0, submitted: 0 });
    expect(occurrenceContribution(fact({}), at(7 * 24 - 0.001))).toMatchObject({ due: 1, missed: 0 });
    expect(occurrenceContribution(fact({}), at(7 * 24))).toMatchObject({ due: 1, missed: 1 });
    expect(occurrenceContribution(fact({}), at(30 * 24))).toMatchObject({ due: 1, missed: 1 });
  });

  it('refuses a submitted occurrence without its submission time', () => {
    expect(() => occurrenceContribution(fact({ status: 'submitted' }), at(1))).toThrow(/submitted/);
  });
});

describe('contributionChangesAt', () => {
  it('is the due instant, then the missed instant while pending, then never', () => {
    expect(contributionChangesAt(fact({}), at(-2))).toEqual(due);
    expect(contributionChangesAt(fact({}), at(2))).toEqual(at(168));
    expect(contributionChangesAt(fact({}), at(168))).toBeNull();
    expect(contributionChangesAt(fact({ status: 'declined' }), at(2))).toBeNull();
  });
});

describe('addEngagementCounts', () => {
  it('adds every counter, reasons and buckets included, leaving its arguments alone', () => {
    const a = occurrenceContribution(fact({ status: 'submitted', submittedAt: at(3) }), at(10));
    const b = occurrenceContribution(fact({ status: 'declined', declineReason: 'no_time' }), at(10));
    const aBefore = structuredClone(a);
    const sum = addEngagementCounts(a, b);
    expect(sum).toMatchObject({ due: 2, submitted: 1, onTime: 0, declined: 1, missed: 0 });
    expect(sum.declinedByReason.no_time).toBe(1);
    expect(sum.lateHours[3]).toBe(1);
    expect(a).toEqual(aBefore);
  });

  it('has the empty counts as identity, and sums many slices', () => {
    const a = occurrenceContribution(fact({}), at(200));
    expect(addEngagementCounts(emptyEngagementCounts(), a)).toEqual(a);
    expect(sumEngagementCounts([a, a, a]).missed).toBe(3);
    expect(sumEngagementCounts([])).toEqual(emptyEngagementCounts());
  });

  it('keeps the invariants for any set of occurrences (property)', () => {
    const arbFact = fc.record({
      dueOffsetHours: fc.integer({ min: -400, max: 400 }),
      status: fc.constantFrom('pending', 'submitted', 'reviewed', 'declined') as fc.Arbitrary<
        OccurrenceFact['status']
      >,
      lateHours: fc.integer({ min: -100, max: 400 }),
      reason: fc.constantFrom(...DECLINE_REASONS, null),
    });
    fc.assert(
      fc.property(fc.array(arbFact, { maxLength: 40 }), (facts) => {
        const now = new Date('2026-03-20T00:00:00Z');
        const counts: EngagementCounts = sumEngagementCounts(
          facts.map((f) => {
            const dueAt = new Date(now.getTime() - f.dueOffsetHours * HOUR);
            const submitted = f.status === 'submitted' || f.status === 'reviewed';
            return occurrenceContribution(
              {
                dueAt,
                status: f.status,
                submittedAt: submitted ? new Date(dueAt.getTime() + f.lateHours * HOUR) : null,
                declineReason: f.status === 'declined' ? f.reason : null,
              },
              now,
            );
          }),
        );
        const late = counts.lateHours.reduce((a, b) => a + b, 0);
        const byReason = Object.values(counts.declinedByReason).reduce((a, b) => a + b, 0);
        expect(counts.onTime + late).toBe(counts.submitted);
        expect(byReason).toBe(counts.declined);
        expect(counts.submitted + counts.declined + counts.missed).toBeLessThanOrEqual(counts.due);
      }),
    );
  });
});

describe('medianHoursLate', () => {
  it('is null without late submissions', () => {
    expect(medianHoursLate(histogram())).toBeNull();
  });

  it('is the middle value for an odd count: 2, 5, 40 → 5', () => {
    expect(medianHoursLate(histogram(40, 2, 5))).toBe(5);
  });

  it('is the lower middle value for an even count: 1, 3, 10, 10 → 3', () => {
    expect(medianHoursLate(histogram(1, 3, 10, 10))).toBe(3);
    expect(medianHoursLate(histogram(4, 9))).toBe(4);
  });

  it('counts repeated buckets: 0, 0, 0, 7 → 0; a week or more reads as 168', () => {
    expect(medianHoursLate(histogram(0, 0, 0, 7))).toBe(0);
    expect(medianHoursLate(histogram(168, 168, 2))).toBe(168);
  });

  it('agrees with sorting the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 168 }), { minLength: 1, maxLength: 60 }), (hours) => {
        const sorted = [...hours].sort((a, b) => a - b);
        expect(medianHoursLate(histogram(...hours))).toBe(sorted[Math.floor((sorted.length - 1) / 2)]);
      }),
    );
  });
});

describe('engagementMetrics', () => {
  it('works out rates and the median for a worked example', () => {
    // Ten due: 4 on time, 2 late (25 h and 50 h), 2 declined, 1 missed, 1 still pending (overdue).
    const now = at(24 * 10);
    const facts: OccurrenceFact[] = [
      ...Array.from({ length: 4 }, () => fact({ status: 'submitted', submittedAt: at(-1) })),
      fact({ status: 'submitted', submittedAt: at(25) }),
      fact({ status: 'reviewed', submittedAt: at(50) }),
      fact({ status: 'declined', declineReason: 'not_relevant' }),
      fact({ status: 'declined', declineReason: 'not_safe' }),
      fact({ dueAt: at(-24 * 8) }),
      fact({ dueAt: at(24 * 9) }),
    ];
    const metrics = engagementMetrics(sumEngagementCounts(facts.map((f) => occurrenceContribution(f, now))));
    expect(metrics).toEqual({
      due: 10,
      submitted: 6,
      onTime: 4,
      completionRate: 0.6,
      onTimeRate: 0.4,
      declined: 2,
      declinedByReason: { not_relevant: 1, too_hard: 0, not_safe: 1, no_time: 0, other: 0 },
      missed: 1,
      medianHoursLate: 25,
    });
  });

  it('gives null rates when nothing was due', () => {
    expect(engagementMetrics(emptyEngagementCounts())).toMatchObject({
      due: 0,
      completionRate: null,
      onTimeRate: null,
      medianHoursLate: null,
    });
  });
});
