// A questionnaire (kind `measure`) is an ordinary template whose questions are the instrument's
// items, built here from measures.json so the wording and options are exactly as published (spec §5).
// Item i is the required single choice `item<i>` with option values "0".."3"; the closing "how
// difficult…" question is the optional `difficulty`, shown to the client but never scored.
import { getMeasureDefinition, type MeasureCode } from '../measures/measure-definitions';
import type { HomeworkField, SingleChoiceField } from './field-types';

export const MEASURE_DIFFICULTY_KEY = 'difficulty';

/** The answer key of item `index` (1-based, as numbered on the printed questionnaire). */
export const measureItemKey = (index: number): string => `item${index}`;

/** The questionnaire's questions: its items in order, then the unscored difficulty question. */
export function measureTemplateFields(code: MeasureCode): HomeworkField[] {
  const { items, options, difficulty } = getMeasureDefinition(code);
  const itemFields = items.map(
    (text, i): SingleChoiceField => ({
      key: measureItemKey(i + 1),
      label: text,
      required: true,
      type: 'singleChoice',
      options: options.map((option) => ({ value: String(option.value), label: option.label })),
    }),
  );
  const difficultyField: SingleChoiceField = {
    key: MEASURE_DIFFICULTY_KEY,
    label: difficulty.text,
    required: false,
    type: 'singleChoice',
    options: difficulty.options.map((label, i) => ({ value: String(i), label })),
  };
  return [...itemFields, difficultyField];
}

/** The instructions shown above the items: the instrument's own stem. */
export const measureInstructions = (code: MeasureCode): string => getMeasureDefinition(code).stem;

/**
 * The item answers of a questionnaire response as the numbers `scoreMeasure` takes (answer to item 1
 * first). Validate the response first: this throws, naming the item, when an item is unanswered or
 * not one of the instrument's option values, since a questionnaire is never scored with a gap.
 */
export function measureItemAnswers(code: MeasureCode, answers: Readonly<Record<string, unknown>>): number[] {
  const { name, items, options } = getMeasureDefinition(code);
  const allowed = new Map(options.map((option) => [String(option.value), option.value]));
  return items.map((_, i) => {
    const key = measureItemKey(i + 1);
    const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
    const value = typeof answer === 'string' ? allowed.get(answer) : undefined;
    if (value === undefined) {
      throw new Error(`${name} item ${i + 1} needs one of ${[...allowed.keys()].join(', ')}`);
    }
    return value;
  });
}
