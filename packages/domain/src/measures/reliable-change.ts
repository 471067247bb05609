// First-vs-last outcome classification for one client on one measure, following NHS Talking
// Therapies conventions (spec §5): a change of at least the threshold is reliable, lower scores are
// better, and recovery only means something for a client who was a case to begin with.
import { assertMeasureTotal, isCase } from './measure-bands';
import { getMeasureDefinition, type MeasureCode } from './measure-definitions';

/** Per-clinic overrides; anything left out comes from measures.json. */
export interface OutcomeThresholds {
  /** Minimum change in points that counts as reliable (PHQ-9 6, GAD-7 4). */
  readonly reliableChange?: number;
  /** Lowest total that counts as a case (PHQ-9 10, GAD-7 8). */
  readonly caseness?: number;
}

export interface ReliableChangeResult {
  readonly code: MeasureCode;
  readonly firstTotal: number;
  readonly lastTotal: number;
  /** last − first: negative means symptoms fell. */
  readonly change: number;
  /** The thresholds actually applied, so a report can state them. */
  readonly reliableChangeThreshold: number;
  readonly casenessThreshold: number;
  readonly reliableImprovement: boolean;
  readonly reliableDeterioration: boolean;
  readonly noReliableChange: boolean;
  readonly caseAtFirst: boolean;
  readonly caseAtLast: boolean;
  /**
   * Case at first and below caseness at last. Null (not false) when the client was not a case at
   * first: such clients are left out of recovery rates rather than counted as not recovered.
   */
  readonly recovery: boolean | null;
  /** Recovery together with reliable improvement; null exactly when `recovery` is null. */
  readonly reliableRecovery: boolean | null;
}

const resolveThresholds = (code: MeasureCode, overrides: OutcomeThresholds) => {
  const { name, range, reliableChange, caseness } = getMeasureDefinition(code);
  const reliableChangeThreshold = overrides.reliableChange ?? reliableChange;
  const casenessThreshold = overrides.caseness ?? caseness;
  if (!Number.isFinite(reliableChangeThreshold) || reliableChangeThreshold <= 0) {
    throw new Error(
      `${name} reliable change threshold must be a positive number, got ${reliableChangeThreshold}`,
    );
  }
  const [low, high] = range;
  if (!Number.isInteger(casenessThreshold) || casenessThreshold <= low || casenessThreshold > high) {
    throw new Error(
      `${name} caseness threshold must be a whole number from ${low + 1} to ${high}, got ${casenessThreshold}`,
    );
  }
  return { reliableChangeThreshold, casenessThreshold };
};

export const classifyReliableChange = (
  code: MeasureCode,
  firstTotal: number,
  lastTotal: number,
  thresholds: OutcomeThresholds = {},
): ReliableChangeResult => {
  assertMeasureTotal(code, firstTotal);
  assertMeasureTotal(code, lastTotal);
  const { reliableChangeThreshold, casenessThreshold } = resolveThresholds(code, thresholds);

  const change = lastTotal - firstTotal;
  const reliableImprovement = -change >= reliableChangeThreshold;
  const reliableDeterioration = change >= reliableChangeThreshold;
  const caseAtFirst = isCase(code, firstTotal, casenessThreshold);
  const caseAtLast = isCase(code, lastTotal, casenessThreshold);
  const recovery = caseAtFirst ? !caseAtLast : null;

  return {
    code,
    firstTotal,
    lastTotal,
    change,
    reliableChangeThreshold,
    casenessThreshold,
    reliableImprovement,
    reliableDeterioration,
    noReliableChange: !reliableImprovement && !reliableDeterioration,
    caseAtFirst,
    caseAtLast,
    recovery,
    reliableRecovery: recovery === null ? null : recovery && reliableImprovement,
  };
};
