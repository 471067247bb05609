// Outcomes for managers' reports (product spec §5), following NHS Talking Therapies conventions.
//
// Over clients with at least two scores on the measure in the period, compare each client's FIRST
// and LAST score (lower is better):
// - **reliable improvement**: the score fell by at least the reliable-change threshold;
// - **reliable deterioration**: the score rose by at least that threshold;
// - **no reliable change**: neither (exactly one of the three holds for every client);
// - **case at start**: the first score is at or above caseness;
// - **recovery**: a case at the first score AND below caseness at the last;
// - **reliable recovery**: recovery AND reliable improvement.
// A client who was not a case at the start cannot recover: recovery is false for them, and recovery
// rates are read over `caseAtStart`, not over all clients.
//
// Defaults come from measures.json (the single source): PHQ-9 caseness 10 and reliable change 6,
// GAD-7 caseness 8 and reliable change 4; clinics may configure their own per measure.
import { getMeasureDefinition } from '../measures/measure-definitions';

/** The thresholds one outcomes report applies (defaults from measures.json). */
export interface OutcomeThresholds {
  /** Lowest score that counts as a case (PHQ-9 10, GAD-7 8). */
  caseness: number;
  /** Minimum change in points that counts as reliable (PHQ-9 6, GAD-7 4). */
  reliableChange: number;
}

export function defaultOutcomeThresholds(measure: 'phq9' | 'gad7'): OutcomeThresholds {
  const { caseness, reliableChange } = getMeasureDefinition(measure);
  return { caseness, reliableChange };
}

/** A clinic's own thresholds, per measure, where it set them; anything unset keeps the published default. */
export type OutcomeThresholdOverrides = Partial<Record<'phq9' | 'gad7', Partial<OutcomeThresholds>>>;

export function resolveOutcomeThresholds(
  measure: 'phq9' | 'gad7',
  overrides: OutcomeThresholdOverrides = {},
): OutcomeThresholds {
  const t = { ...defaultOutcomeThresholds(measure), ...overrides[measure] };
  assertThresholds(t);
  return t;
}

const assertThresholds = (t: OutcomeThresholds): void => {
  if (!Number.isFinite(t.caseness) || t.caseness <= 0) {
    throw new Error(`Caseness must be a positive number, got ${t.caseness}`);
  }
  if (!Number.isFinite(t.reliableChange) || t.reliableChange <= 0) {
    throw new Error(`Reliable change must be a positive number, got ${t.reliableChange}`);
  }
};

const assertScore = (score: number): void => {
  if (!Number.isFinite(score) || score < 0) throw new Error(`A score must be a number ≥ 0, got ${score}`);
};

/** One client's outcome, first score against last. */
export interface ClientOutcome {
  reliableImprovement: boolean;
  reliableDeterioration: boolean;
  noReliableChange: boolean;
  caseAtStart: boolean;
  /** Case at the first score and below caseness at the last. */
  recovery: boolean;
  /** Recovery together with reliable improvement. */
  reliableRecovery: boolean;
}

/**
 * Classifies one client by the first and last score. PHQ-9 (caseness 10, reliable change 6):
 * 14 → 9 is recovery without reliable recovery (only 5 points); 16 → 9 is reliable recovery;
 * 20 → 12 is reliable improvement without recovery (still a case).
 */
export function classifyOutcome(first: number, last: number, t: OutcomeThresholds): ClientOutcome {
  assertScore(first);
  assertScore(last);
  assertThresholds(t);
  const reliableImprovement = first - last >= t.reliableChange;
  const reliableDeterioration = last - first >= t.reliableChange;
  const caseAtStart = first >= t.caseness;
  const recovery = caseAtStart && last < t.caseness;
  return {
    reliableImprovement,
    reliableDeterioration,
    noReliableChange: !reliableImprovement && !reliableDeterioration,
    caseAtStart,
    recovery,
    reliableRecovery: recovery && reliableImprovement,
  };
}

/** Additive outcome counters for one group of clients (groups can be summed with `addOutcomeCounts`). */
export interface OutcomeCounts {
  /** Clients with at least two scores. */
  clients: number;
  /** All the scores of those clients (so the report can show scores per client). */
  scores: number;
  reliableImprovement: number;
  reliableDeterioration: number;
  noReliableChange: number;
  caseAtStart: number;
  recovery: number;
  reliableRecovery: number;
  /** Sum of first scores, for the mean first score. */
  sumFirst: number;
  /** Sum of last scores, for the mean last score. */
  sumLast: number;
}

export function emptyOutcomeCounts(): OutcomeCounts {
  return {
    clients: 0,
    scores: 0,
    reliableImprovement: 0,
    reliableDeterioration: 0,
    noReliableChange: 0,
    caseAtStart: 0,
    recovery: 0,
    reliableRecovery: 0,
    sumFirst: 0,
    sumLast: 0,
  };
}

export function addOutcomeCounts(a: OutcomeCounts, b: OutcomeCounts): OutcomeCounts {
  return {
    clients: a.clients + b.clients,
    scores: a.scores + b.scores,
    reliableImprovement: a.reliableImprovement + b.reliableImprovement,
    reliableDeterioration: a.reliableDeterioration + b.reliableDeterioration,
    noReliableChange: a.noReliableChange + b.noReliableChange,
    caseAtStart: a.caseAtStart + b.caseAtStart,
    recovery: a.recovery + b.recovery,
    reliableRecovery: a.reliableRecovery + b.reliableRecovery,
    sumFirst: a.sumFirst + b.sumFirst,
    sumLast: a.sumLast + b.sumLast,
  };
}

/**
 * Counts outcomes over clients, each with their scores on one measure in the period in time order
 * (oldest first). Clients with fewer than two scores are left out entirely (they add neither to
 * `clients` nor to `scores`); the rest are classified first score against last.
 */
export function summariseOutcomes(
  clients: ReadonlyArray<{ scores: readonly number[] }>,
  t: OutcomeThresholds,
): OutcomeCounts {
  assertThresholds(t);
  const counts = emptyOutcomeCounts();
  for (const { scores } of clients) {
    if (scores.length < 2) continue;
    const first = scores[0] as number;
    const last = scores[scores.length - 1] as number;
    const outcome = classifyOutcome(first, last, t);
    counts.clients += 1;
    counts.scores += scores.length;
    if (outcome.reliableImprovement) counts.reliableImprovement += 1;
    if (outcome.reliableDeterioration) counts.reliableDeterioration += 1;
    if (outcome.noReliableChange) counts.noReliableChange += 1;
    if (outcome.caseAtStart) counts.caseAtStart += 1;
    if (outcome.recovery) counts.recovery += 1;
    if (outcome.reliableRecovery) counts.reliableRecovery += 1;
    counts.sumFirst += first;
    counts.sumLast += last;
  }
  return counts;
}

/** Mean first and last scores; null when there are no clients. */
export function outcomeMeans(counts: OutcomeCounts): { meanFirst: number | null; meanLast: number | null } {
  if (counts.clients === 0) return { meanFirst: null, meanLast: null };
  return { meanFirst: counts.sumFirst / counts.clients, meanLast: counts.sumLast / counts.clients };
}
