// Band and caseness lookups for a total, shared by scoring and reliable change so both read the
// same boundaries from measures.json.
import { getMeasureDefinition, type MeasureBand, type MeasureCode } from './measure-definitions';

/** Refuses a total the instrument cannot produce, naming the instrument and its range. */
export const assertMeasureTotal = (code: MeasureCode, total: number): void => {
  const { name, range } = getMeasureDefinition(code);
  const [low, high] = range;
  if (!Number.isInteger(total) || total < low || total > high) {
    throw new Error(`${name} total must be a whole number from ${low} to ${high}, got ${total}`);
  }
};

export const bandForTotal = (code: MeasureCode, total: number): MeasureBand => {
  assertMeasureTotal(code, total);
  const band = getMeasureDefinition(code).bands.find(({ min, max }) => total >= min && total <= max);
  // Unreachable: measure-definitions checks the bands cover the whole range.
  if (!band) throw new Error(`No band for ${code} total ${total}`);
  return band;
};

/** Caseness is "at or above the threshold" (PHQ-9 ≥ 10, GAD-7 ≥ 8); `caseness` overrides the default. */
export const isCase = (code: MeasureCode, total: number, caseness?: number): boolean => {
  assertMeasureTotal(code, total);
  return total >= (caseness ?? getMeasureDefinition(code).caseness);
};
