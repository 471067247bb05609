import { COMPLETION_BAND_LABEL, COMPLETION_BANDS, completionBand, completionBandOf } from './completion-band';

describe('completionBand', () => {
  it('puts under a third in low: 0, 3 of 10, 33 of 100', () => {
    expect(completionBand(0)).toBe('low');
    expect(completionBand(3 / 10)).toBe('low');
    expect(completionBand(33 / 100)).toBe('low');
  });

  it('includes both edges in middle: 1 of 3, 2 of 3, 2 of 6, 4 of 6, a half', () => {
    expect(completionBand(1 / 3)).toBe('middle');
    expect(completionBand(2 / 6)).toBe('middle');
    expect(completionBand(0.5)).toBe('middle');
    expect(completionBand(2 / 3)).toBe('middle');
    expect(completionBand(4 / 6)).toBe('middle');
    expect(completionBand(66 / 100)).toBe('middle');
  });

  it('puts over two thirds in high: 67 of 100, 3 of 4, all', () => {
    expect(completionBand(67 / 100)).toBe('high');
    expect(completionBand(3 / 4)).toBe('high');
    expect(completionBand(1)).toBe('high');
  });

  it('refuses a rate outside 0–1', () => {
    expect(() => completionBand(-0.1)).toThrow();
    expect(() => completionBand(1.2)).toThrow();
    expect(() => completionBand(Number.NaN)).toThrow();
  });
});

describe('completionBandOf', () => {
  it('agrees with completionBand on every fraction up to 60 due', () => {
    for (let due = 1; due <= 60; due++) {
      for (let submitted = 0; submitted <= due; submitted++) {
        expect(completionBandOf(submitted, due)).toBe(completionBand(submitted / due));
      }
    }
  });

  it('is null when nothing was due, and refuses more submitted than due', () => {
    expect(completionBandOf(0, 0)).toBeNull();
    expect(() => completionBandOf(4, 3)).toThrow();
  });
});

describe('COMPLETION_BAND_LABEL', () => {
  it('labels every band with the spec percentages', () => {
    expect(COMPLETION_BANDS).toEqual(['low', 'middle', 'high']);
    expect(COMPLETION_BAND_LABEL.low).toContain('< 33 %');
    expect(COMPLETION_BAND_LABEL.middle).toContain('33–66 %');
    expect(COMPLETION_BAND_LABEL.high).toContain('> 66 %');
  });
});
