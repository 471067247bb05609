import {
  addOutcomeCounts,
  classifyOutcome,
  defaultOutcomeThresholds,
  emptyOutcomeCounts,
  outcomeMeans,
  resolveOutcomeThresholds,
  summariseOutcomes,
} from './outcomes';

const phq9 = defaultOutcomeThresholds('phq9');
const gad7 = defaultOutcomeThresholds('gad7');

describe('defaultOutcomeThresholds', () => {
  it('reads PHQ-9 caseness 10 / reliable change 6 and GAD-7 8 / 4 from measures.json', () => {
    expect(phq9).toEqual({ caseness: 10, reliableChange: 6 });
    expect(gad7).toEqual({ caseness: 8, reliableChange: 4 });
  });
});

describe('classifyOutcome — PHQ-9 (caseness 10, reliable change 6)', () => {
  it('14 → 9: recovery (case at start, below 10 at last) but not reliable recovery (only 5 points)', () => {
    expect(classifyOutcome(14, 9, phq9)).toEqual({
      reliableImprovement: false,
      reliableDeterioration: false,
      noReliableChange: true,
      caseAtStart: true,
      recovery: true,
      reliableRecovery: false,
    });
  });

  it('16 → 9: reliable recovery (recovery and a fall of 7)', () => {
    expect(classifyOutcome(16, 9, phq9)).toEqual({
      reliableImprovement: true,
      reliableDeterioration: false,
      noReliableChange: false,
      caseAtStart: true,
      recovery: true,
      reliableRecovery: true,
    });
  });

  it('20 → 12: reliable improvement without recovery (still a case)', () => {
    expect(classifyOutcome(20, 12, phq9)).toMatchObject({
      reliableImprovement: true,
      recovery: false,
      reliableRecovery: false,
    });
  });

  it('10 → 9 is recovery: 10 is a case (≥ 10), 9 is not; 9 → 3 is no recovery (not a case at start)', () => {
    expect(classifyOutcome(10, 9, phq9)).toMatchObject({ caseAtStart: true, recovery: true });
    expect(classifyOutcome(9, 3, phq9)).toMatchObject({
      caseAtStart: false,
      reliableImprovement: true,
      recovery: false,
      reliableRecovery: false,
    });
  });

  it('a change of exactly 6 is reliable, 5 is not, in either direction', () => {
    expect(classifyOutcome(12, 6, phq9).reliableImprovement).toBe(true);
    expect(classifyOutcome(12, 7, phq9).noReliableChange).toBe(true);
    expect(classifyOutcome(4, 10, phq9)).toMatchObject({ reliableDeterioration: true, caseAtStart: false });
    expect(classifyOutcome(4, 9, phq9).noReliableChange).toBe(true);
  });
});

describe('classifyOutcome — GAD-7 (caseness 8, reliable change 4)', () => {
  it('10 → 7: recovery without reliable recovery (3 points)', () => {
    expect(classifyOutcome(10, 7, gad7)).toMatchObject({
      caseAtStart: true,
      recovery: true,
      reliableImprovement: false,
      reliableRecovery: false,
    });
  });

  it('12 → 7: reliable recovery (a fall of exactly 4, to below 8)', () => {
    expect(classifyOutcome(12, 7, gad7)).toMatchObject({
      reliableImprovement: true,
      recovery: true,
      reliableRecovery: true,
    });
  });

  it('8 → 8: a case throughout, no change; 7 → 11: reliable deterioration', () => {
    expect(classifyOutcome(8, 8, gad7)).toMatchObject({
      caseAtStart: true,
      recovery: false,
      noReliableChange: true,
    });
    expect(classifyOutcome(7, 11, gad7)).toMatchObject({ reliableDeterioration: true, caseAtStart: false });
  });

  it('uses configured thresholds', () => {
    expect(classifyOutcome(12, 9, { caseness: 10, reliableChange: 3 })).toMatchObject({
      reliableRecovery: true,
    });
  });

  it('refuses negative scores and non-positive thresholds', () => {
    expect(() => classifyOutcome(-1, 3, gad7)).toThrow();
    expect(() => classifyOutcome(5, 3, { caseness: 8, reliableChange: 0 })).toThrow(/Reliable change/);
  });
});

describe('summariseOutcomes', () => {
  it('compares first with last, ignores clients with fewer than two scores and counts scores', () => {
    const counts = summariseOutcomes(
      [
        { scores: [16, 12, 9] }, // reliable recovery
        { scores: [14, 9] }, // recovery only
        { scores: [6, 15, 13] }, // reliable deterioration (6 → 13), not a case at start
        { scores: [20, 3, 18] }, // first 20 vs last 18: no reliable change, still a case
        { scores: [22] }, // one score: left out
        { scores: [] }, // none: left out
      ],
      phq9,
    );
    expect(counts).toEqual({
      clients: 4,
      scores: 11,
      reliableImprovement: 1,
      reliableDeterioration: 1,
      noReliableChange: 2,
      caseAtStart: 3,
      recovery: 2,
      reliableRecovery: 1,
      sumFirst: 16 + 14 + 6 + 20,
      sumLast: 9 + 9 + 13 + 18,
    });
    expect(outcomeMeans(counts)).toEqual({ meanFirst: 14, meanLast: 12.25 });
  });

  it('gives zeros and null means for no eligible clients', () => {
    const counts = summariseOutcomes([{ scores: [5] }], gad7);
    expect(counts).toEqual(emptyOutcomeCounts());
    expect(outcomeMeans(counts)).toEqual({ meanFirst: null, meanLast: null });
  });

  it('adds up across groups like summarising them together', () => {
    const a = [{ scores: [12, 7] }, { scores: [9, 10] }];
    const b = [{ scores: [15, 15, 3] }];
    expect(addOutcomeCounts(summariseOutcomes(a, gad7), summariseOutcomes(b, gad7))).toEqual(
      summariseOutcomes([...a, ...b], gad7),
    );
  });
});

describe('a clinic’s own thresholds', () => {
  it('replace the published default only where set, per measure', () => {
    expect(resolveOutcomeThresholds('phq9')).toEqual({ caseness: 10, reliableChange: 6 });
    expect(resolveOutcomeThresholds('phq9', { phq9: { caseness: 12 } })).toEqual({
      caseness: 12,
      reliableChange: 6,
    });
    expect(resolveOutcomeThresholds('gad7', { phq9: { caseness: 12 } })).toEqual({
      caseness: 8,
      reliableChange: 4,
    });
    expect(resolveOutcomeThresholds('gad7', { gad7: { caseness: 10, reliableChange: 5 } })).toEqual({
      caseness: 10,
      reliableChange: 5,
    });
  });

  it('change the classification: 14 → 9 is a recovery at caseness 10 but not at caseness 15', () => {
    expect(classifyOutcome(14, 9, resolveOutcomeThresholds('phq9')).recovery).toBe(true);
    expect(
      classifyOutcome(14, 9, resolveOutcomeThresholds('phq9', { phq9: { caseness: 15 } })).recovery,
    ).toBe(false);
  });

  it('refuse a threshold that is not a positive number', () => {
    expect(() => resolveOutcomeThresholds('phq9', { phq9: { reliableChange: 0 } })).toThrow(
      /Reliable change/,
    );
  });
});
