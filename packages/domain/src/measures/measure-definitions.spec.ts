import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  getMeasureDefinition,
  isMeasureCode,
  MEASURE_CODES,
  MEASURE_DEFINITIONS,
  MEASURES_ABOUT,
  type MeasureCode,
} from './measure-definitions';

// The shared spec data sits beside the repository (../shared) on the team's machines; a clone elsewhere
// may not have it, so the comparison runs where the source of truth is present (or INTERLUDE_SHARED_DIR).
const repoRoot = resolve(__dirname, '../../../..');
const sharedDir = process.env.INTERLUDE_SHARED_DIR ?? join(repoRoot, '../shared');
const sharedMeasuresPath = join(sharedDir, 'data/measures.json');
const localMeasuresPath = join(__dirname, 'measures.json');

describe('measures.json copy', () => {
  it('matches the shared spec data byte for byte where that data is present', () => {
    const local = readFileSync(localMeasuresPath, 'utf8');
    if (existsSync(sharedMeasuresPath)) expect(local).toBe(readFileSync(sharedMeasuresPath, 'utf8'));
    const parsed = JSON.parse(local);
    expect(parsed.measures.map((m: { code: string }) => m.code)).toEqual(['phq9', 'gad7']);
  });
});

describe('MEASURE_DEFINITIONS', () => {
  it('holds PHQ-9 and GAD-7 under their codes', () => {
    expect(MEASURE_CODES).toEqual(['phq9', 'gad7']);
    expect(MEASURE_DEFINITIONS.phq9.name).toBe('PHQ-9');
    expect(MEASURE_DEFINITIONS.phq9.title).toBe('Patient Health Questionnaire-9');
    expect(MEASURE_DEFINITIONS.gad7.name).toBe('GAD-7');
    expect(MEASURE_DEFINITIONS.gad7.title).toBe('Generalized Anxiety Disorder-7');
  });

  it('gives PHQ-9 nine items, range 0–27, caseness 10, reliable change 6 and LOINC codes', () => {
    const phq9 = MEASURE_DEFINITIONS.phq9;
    expect(phq9.items).toHaveLength(9);
    expect(phq9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(phq9.range).toEqual([0, 27]);
    expect(phq9.caseness).toBe(10);
    expect(phq9.reliableChange).toBe(6);
    expect(phq9.loinc).toEqual({ panel: '44249-1', totalScore: '44261-6' });
    expect(phq9.riskItem).toEqual({ index: 9, alertWhenAbove: 0 });
  });

  it('gives GAD-7 seven items, range 0–21, caseness 8, reliable change 4, LOINC codes and no risk item', () => {
    const gad7 = MEASURE_DEFINITIONS.gad7;
    expect(gad7.items).toHaveLength(7);
    expect(gad7.range).toEqual([0, 21]);
    expect(gad7.caseness).toBe(8);
    expect(gad7.reliableChange).toBe(4);
    expect(gad7.loinc).toEqual({ panel: '69737-5', totalScore: '70274-6' });
    expect(gad7.riskItem).toBeNull();
  });

  it.each(MEASURE_CODES)(
    '%s offers the four published options and an unscored difficulty question',
    (code) => {
      const { options, difficulty, stem } = MEASURE_DEFINITIONS[code];
      expect(options).toEqual([
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'Several days' },
        { value: 2, label: 'More than half the days' },
        { value: 3, label: 'Nearly every day' },
      ]);
      expect(stem).toMatch(/^Over the last 2 weeks, how often have you been bothered by/);
      expect(difficulty.scored).toBe(false);
      expect(difficulty.options).toHaveLength(4);
    },
  );

  it('cannot be altered by a caller', () => {
    const phq9 = MEASURE_DEFINITIONS.phq9;
    expect(() => {
      (phq9 as { caseness: number }).caseness = 5;
    }).toThrow(TypeError);
    expect(() => {
      (phq9.items as string[])[0] = 'changed';
    }).toThrow(TypeError);
    expect(phq9.caseness).toBe(10);
  });

  it('carries the attribution statement', () => {
    expect(MEASURES_ABOUT).toMatch(/no permission is required/);
  });
});

describe('getMeasureDefinition / isMeasureCode', () => {
  it('returns the definition for a known code', () => {
    expect(getMeasureDefinition('gad7')).toBe(MEASURE_DEFINITIONS.gad7);
  });

  it('refuses an unknown code coming from outside the type system', () => {
    expect(() => getMeasureDefinition('phq2' as MeasureCode)).toThrow(
      'Unknown measure "phq2"; expected one of phq9, gad7',
    );
  });

  it('recognises only the two codes', () => {
    expect(isMeasureCode('phq9')).toBe(true);
    expect(isMeasureCode('gad7')).toBe(true);
    expect(isMeasureCode('PHQ9')).toBe(false);
    expect(isMeasureCode(9)).toBe(false);
    expect(isMeasureCode(undefined)).toBe(false);
  });
});
