import { type MeasureCode } from './measure-definitions';
import { scoreMeasure } from './score-measure';

/** Answers summing to `total`, filled from item 1 so the last items (PHQ-9 item 9) stay 0 where possible. */
const answersTotalling = (count: number, total: number): number[] =>
  Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));

describe('scoreMeasure — PHQ-9', () => {
  it.each([
    [0, 'Minimal', false],
    [4, 'Minimal', false],
    [5, 'Mild', false],
    [9, 'Mild', false],
    [10, 'Moderate', true],
    [14, 'Moderate', true],
    [15, 'Moderately severe', true],
    [19, 'Moderately severe', true],
    [20, 'Severe', true],
    [27, 'Severe', true],
  ])('total %i → %s, caseness %s', (total, band, caseness) => {
    const result = scoreMeasure('phq9', answersTotalling(9, total));
    expect(result).toMatchObject({ code: 'phq9', total, band, caseness });
  });

  it('scores a worked example item by item', () => {
    expect(scoreMeasure('phq9', [1, 2, 1, 3, 0, 1, 2, 0, 0])).toEqual({
      code: 'phq9',
      total: 10,
      band: 'Moderate',
      caseness: true,
      riskItemAnswer: 0,
      raisesRiskAlert: false,
    });
  });

  it('raises a risk alert on any answer above 0 to item 9, whatever the total', () => {
    const result = scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result).toMatchObject({ total: 1, band: 'Minimal', caseness: false });
    expect(result.riskItemAnswer).toBe(1);
    expect(result.raisesRiskAlert).toBe(true);
  });

  it.each([1, 2, 3])('item 9 answered %i raises the alert', (answer) => {
    const answers = [3, 3, 3, 3, 3, 3, 3, 3, answer];
    expect(scoreMeasure('phq9', answers)).toMatchObject({ riskItemAnswer: answer, raisesRiskAlert: true });
  });

  it('raises no alert when item 9 is 0, even at a high total', () => {
    const result = scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(result).toMatchObject({ total: 24, band: 'Severe', riskItemAnswer: 0, raisesRiskAlert: false });
  });

  it('reads item 9, not item 1, as the risk item', () => {
    expect(scoreMeasure('phq9', [3, 0, 0, 0, 0, 0, 0, 0, 0]).raisesRiskAlert).toBe(false);
  });
});

describe('scoreMeasure — GAD-7', () => {
  it.each([
    [0, 'Minimal', false],
    [4, 'Minimal', false],
    [5, 'Mild', false],
    [7, 'Mild', false],
    [8, 'Mild', true],
    [9, 'Mild', true],
    [10, 'Moderate', true],
    [14, 'Moderate', true],
    [15, 'Severe', true],
    [21, 'Severe', true],
  ])('total %i → %s, caseness %s', (total, band, caseness) => {
    const result = scoreMeasure('gad7', answersTotalling(7, total));
    expect(result).toMatchObject({ code: 'gad7', total, band, caseness });
  });

  it('has no risk item, so never raises a risk alert', () => {
    expect(scoreMeasure('gad7', [3, 3, 3, 3, 3, 3, 3])).toEqual({
      code: 'gad7',
      total: 21,
      band: 'Severe',
      caseness: true,
      riskItemAnswer: null,
      raisesRiskAlert: false,
    });
  });
});

describe('scoreMeasure — refusals', () => {
  it.each([
    ['phq9', 8, 'PHQ-9 needs exactly 9 answers, got 8'],
    ['phq9', 10, 'PHQ-9 needs exactly 9 answers, got 10'],
    ['gad7', 9, 'GAD-7 needs exactly 7 answers, got 9'],
    ['gad7', 0, 'GAD-7 needs exactly 7 answers, got 0'],
  ] as const)('%s with %i answers', (code, count, message) => {
    expect(() => scoreMeasure(code, new Array(count).fill(0))).toThrow(message);
  });

  it.each([4, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('names item 9 when it is %p', (bad) => {
    expect(() => scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, bad])).toThrow('Item 9 must be 0, 1, 2 or 3');
  });

  it('names the first bad item', () => {
    expect(() => scoreMeasure('gad7', [0, 0, 7, 0, 0, 9, 0])).toThrow('Item 3 must be 0, 1, 2 or 3');
  });

  it('refuses answers that are not numbers', () => {
    const answers = ['1', 0, 0, 0, 0, 0, 0] as unknown as number[];
    expect(() => scoreMeasure('gad7', answers)).toThrow('Item 1 must be 0, 1, 2 or 3');
  });

  it('refuses a missing answer list and an unknown measure', () => {
    expect(() => scoreMeasure('phq9', undefined as unknown as number[])).toThrow(
      'PHQ-9 answers must be a list',
    );
    expect(() => scoreMeasure('bdi' as MeasureCode, [0])).toThrow('Unknown measure "bdi"');
  });
});
