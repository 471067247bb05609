import { assertMeasureTotal, bandForTotal, isCase } from './measure-bands';

describe('bandForTotal', () => {
  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [27, 'Severe'],
  ])('PHQ-9 total %i is %s', (total, label) => {
    expect(bandForTotal('phq9', total).label).toBe(label);
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('GAD-7 total %i is %s', (total, label) => {
    expect(bandForTotal('gad7', total).label).toBe(label);
  });

  it('returns the band bounds too', () => {
    expect(bandForTotal('phq9', 17)).toEqual({ min: 15, max: 19, label: 'Moderately severe' });
  });
});

describe('isCase', () => {
  it.each([
    ['phq9', 9, false],
    ['phq9', 10, true],
    ['gad7', 7, false],
    ['gad7', 8, true],
  ] as const)('%s total %i is a case: %s', (code, total, expected) => {
    expect(isCase(code, total)).toBe(expected);
  });

  it('applies an overriding threshold', () => {
    expect(isCase('phq9', 10, 11)).toBe(false);
    expect(isCase('phq9', 11, 11)).toBe(true);
  });
});

describe('assertMeasureTotal', () => {
  it.each([-1, 28, 3.5, Number.NaN])('refuses PHQ-9 total %p', (total) => {
    expect(() => assertMeasureTotal('phq9', total)).toThrow(
      /^PHQ-9 total must be a whole number from 0 to 27/,
    );
  });

  it('refuses a GAD-7 total above 21 that PHQ-9 would accept', () => {
    expect(() => bandForTotal('gad7', 22)).toThrow('GAD-7 total must be a whole number from 0 to 21, got 22');
  });
});
