// Auto-scoring of a completed questionnaire. Input usually arrives from a client's submission, so
// every answer is checked and a refusal names the item the client or caller got wrong.
import { bandForTotal, isCase } from './measure-bands';
import { getMeasureDefinition, type MeasureCode } from './measure-definitions';

export interface MeasureScoreResult {
  readonly code: MeasureCode;
  readonly total: number;
  /** Severity label, e.g. "Moderately severe". */
  readonly band: string;
  /** Total at or above the instrument's caseness threshold. */
  readonly caseness: boolean;
  /** The risk item's answer (PHQ-9 item 9); null for an instrument without one (GAD-7). */
  readonly riskItemAnswer: number | null;
  /** Any answer above "Not at all" on the risk item must reach a clinician (spec §5). */
  readonly raisesRiskAlert: boolean;
}

const listValues = (values: readonly number[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** `answers[i]` is the answer to item i + 1, one per item, each an option value (0–3). */
export const scoreMeasure = (code: MeasureCode, answers: readonly number[]): MeasureScoreResult => {
  const definition = getMeasureDefinition(code);
  const { name, items, options, riskItem } = definition;

  if (!Array.isArray(answers)) throw new Error(`${name} answers must be a list`);
  if (answers.length !== items.length) {
    throw new Error(`${name} needs exactly ${items.length} answers, got ${answers.length}`);
  }
  const allowed = options.map((option) => option.value);
  answers.forEach((answer, i) => {
    if (!allowed.includes(answer)) {
      throw new Error(`Item ${i + 1} must be ${listValues(allowed)}`);
    }
  });

  const total = answers.reduce((sum, answer) => sum + answer, 0);
  const riskItemAnswer = riskItem ? (answers[riskItem.index - 1] ?? null) : null;

  return {
    code,
    total,
    band: bandForTotal(code, total).label,
    caseness: isCase(code, total),
    riskItemAnswer,
    raisesRiskAlert: riskItem !== null && riskItemAnswer !== null && riskItemAnswer > riskItem.alertWhenAbove,
  };
};
