import { classifyReliableChange } from './reliable-change';

describe('classifyReliableChange — PHQ-9 (threshold 6, caseness 10)', () => {
  it('counts a fall of exactly 6 as reliable improvement', () => {
    expect(classifyReliableChange('phq9', 12, 6)).toMatchObject({
      change: -6,
      reliableImprovement: true,
      reliableDeterioration: false,
      noReliableChange: false,
    });
  });

  it('counts a fall of 5 as no reliable change', () => {
    expect(classifyReliableChange('phq9', 12, 7)).toMatchObject({
      change: -5,
      reliableImprovement: false,
      reliableDeterioration: false,
      noReliableChange: true,
    });
  });

  it('counts a rise of exactly 6 as reliable deterioration and a rise of 5 as no reliable change', () => {
    expect(classifyReliableChange('phq9', 4, 10)).toMatchObject({
      change: 6,
      reliableDeterioration: true,
      reliableImprovement: false,
      noReliableChange: false,
    });
    expect(classifyReliableChange('phq9', 4, 9)).toMatchObject({ change: 5, noReliableChange: true });
  });

  it('gives recovery without reliable recovery when the fall is below the threshold', () => {
    // 12 → 7: below caseness at last, but only 5 points.
    expect(classifyReliableChange('phq9', 12, 7)).toMatchObject({
      caseAtFirst: true,
      caseAtLast: false,
      recovery: true,
      reliableRecovery: false,
    });
  });

  it('gives reliable recovery when the client recovers with a reliable fall', () => {
    expect(classifyReliableChange('phq9', 15, 9)).toEqual({
      code: 'phq9',
      firstTotal: 15,
      lastTotal: 9,
      change: -6,
      reliableChangeThreshold: 6,
      casenessThreshold: 10,
      reliableImprovement: true,
      reliableDeterioration: false,
      noReliableChange: false,
      caseAtFirst: true,
      caseAtLast: false,
      recovery: true,
      reliableRecovery: true,
    });
  });

  it('gives reliable improvement without recovery when the last score is still a case', () => {
    expect(classifyReliableChange('phq9', 22, 10)).toMatchObject({
      reliableImprovement: true,
      caseAtLast: true,
      recovery: false,
      reliableRecovery: false,
    });
  });

  it('treats a last score of exactly 10 as still a case and 9 as recovered', () => {
    expect(classifyReliableChange('phq9', 18, 10).recovery).toBe(false);
    expect(classifyReliableChange('phq9', 18, 9).recovery).toBe(true);
  });

  it('marks recovery not applicable when the client was not a case at first', () => {
    expect(classifyReliableChange('phq9', 9, 2)).toMatchObject({
      caseAtFirst: false,
      reliableImprovement: true,
      recovery: null,
      reliableRecovery: null,
    });
    expect(classifyReliableChange('phq9', 9, 20)).toMatchObject({
      caseAtFirst: false,
      caseAtLast: true,
      reliableDeterioration: true,
      recovery: null,
      reliableRecovery: null,
    });
  });

  it('treats an unchanged score as no reliable change', () => {
    expect(classifyReliableChange('phq9', 14, 14)).toMatchObject({
      change: 0,
      noReliableChange: true,
      recovery: false,
    });
  });
});

describe('classifyReliableChange — GAD-7 (threshold 4, caseness 8)', () => {
  it('counts a fall of exactly 4 as reliable and 3 as not', () => {
    expect(classifyReliableChange('gad7', 11, 7)).toMatchObject({
      change: -4,
      reliableImprovement: true,
      recovery: true,
      reliableRecovery: true,
    });
    expect(classifyReliableChange('gad7', 10, 7)).toMatchObject({
      change: -3,
      noReliableChange: true,
      recovery: true,
      reliableRecovery: false,
    });
  });

  it('counts a rise of exactly 4 as reliable deterioration and 3 as not', () => {
    expect(classifyReliableChange('gad7', 5, 9).reliableDeterioration).toBe(true);
    expect(classifyReliableChange('gad7', 5, 8).reliableDeterioration).toBe(false);
  });

  it('uses caseness 8: a first score of 8 is a case, 7 is not', () => {
    expect(classifyReliableChange('gad7', 8, 3).recovery).toBe(true);
    expect(classifyReliableChange('gad7', 7, 3).recovery).toBeNull();
  });
});

describe('classifyReliableChange — configured thresholds', () => {
  it('applies a custom reliable-change threshold', () => {
    const result = classifyReliableChange('phq9', 12, 7, { reliableChange: 5 });
    expect(result).toMatchObject({
      reliableChangeThreshold: 5,
      casenessThreshold: 10,
      reliableImprovement: true,
      reliableRecovery: true,
    });
    expect(classifyReliableChange('phq9', 12, 8, { reliableChange: 5 }).noReliableChange).toBe(true);
  });

  it('treats a fractional threshold as "at least" that many points', () => {
    expect(classifyReliableChange('gad7', 12, 7, { reliableChange: 4.5 }).reliableImprovement).toBe(true);
    expect(classifyReliableChange('gad7', 12, 8, { reliableChange: 4.5 }).reliableImprovement).toBe(false);
  });

  it('applies a custom caseness threshold', () => {
    const result = classifyReliableChange('phq9', 11, 10, { caseness: 11 });
    expect(result).toMatchObject({
      casenessThreshold: 11,
      caseAtFirst: true,
      caseAtLast: false,
      recovery: true,
    });
    expect(classifyReliableChange('phq9', 10, 3, { caseness: 11 }).recovery).toBeNull();
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])('refuses reliable change threshold %p', (bad) => {
    expect(() => classifyReliableChange('phq9', 12, 6, { reliableChange: bad })).toThrow(
      /^PHQ-9 reliable change threshold must be a positive number/,
    );
  });

  it.each([0, 22, 8.5])('refuses GAD-7 caseness %p', (bad) => {
    expect(() => classifyReliableChange('gad7', 12, 6, { caseness: bad })).toThrow(
      /^GAD-7 caseness threshold must be a whole number from 1 to 21/,
    );
  });
});

describe('classifyReliableChange — refusals', () => {
  it('refuses totals the instrument cannot produce', () => {
    expect(() => classifyReliableChange('gad7', 22, 10)).toThrow(
      'GAD-7 total must be a whole number from 0 to 21, got 22',
    );
    expect(() => classifyReliableChange('phq9', 10, -1)).toThrow(
      'PHQ-9 total must be a whole number from 0 to 27, got -1',
    );
  });
});
