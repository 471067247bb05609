// Checks a client's response against the template version it was assigned from (spec §1: "a
// response is validated against the template version it was assigned from"). The messages are read by
// clients, often on a hard day, so they say kindly what is expected rather than what went wrong.
import {
  GROUP_DEFAULTS,
  type GroupField,
  type HomeworkField,
  type HomeworkSimpleField,
  LONG_TEXT_MAX_LENGTH,
  type MultiChoiceField,
  type NumberField,
  SHORT_TEXT_MAX_LENGTH,
  type SingleChoiceField,
} from './field-types';

/** One problem with a response. `path` is dotted: `answers.<key>` or `answers.<group>.<row>.<key>`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A response: one value per question key. */
export type ResponseAnswers = Record<string, unknown>;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Up to this many options are named in a message; longer lists just say "the options given". */
const OPTIONS_NAMED_IN_MESSAGE = 8;

export const NOT_IN_HOMEWORK = 'This question is not part of this homework';
export const ANSWER_THIS = 'Answer this question';

/** A JSON object (not an array, not null, not a class instance). */
export function isPlainObject(value: unknown): value is ResponseAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * True when nothing was really answered: absent, null, blank text (spaces only) or an empty list.
 * Forms send such values for untouched questions, so an optional question may hold one.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Every problem with a response, in question order then any extra answers; [] when it is valid.
 *
 * - Answers are an object keyed by question key; a key the template does not have is refused.
 * - A required question must be answered (see `isEmptyAnswer`); an optional one may be left out,
 *   null or blank. A group's empty list counts as unanswered only when the group needs rows
 *   (minItems > 0); otherwise no rows is an answer in itself.
 * - Each answered question must have its type's value: text within its length; a number within
 *   min/max (whole if `integer`); a scale a whole number min–max; one option value, or a list of
 *   distinct option values up to `maxSelected`; a real date `YYYY-MM-DD`; a 24-hour `HH:mm`;
 *   yes/no a boolean; a group a list of between minItems and maxItems rows, each checked the same way.
 */
export function validateResponse(fields: readonly HomeworkField[], answers: unknown): FieldProblem[] {
  if (!isPlainObject(answers)) {
    return [{ path: 'answers', message: 'Send the answers as an object with one entry per question' }];
  }
  return validateObject(fields, answers, 'answers');
}

/**
 * A draft keeps whatever the client has typed so far, unchecked, so nothing is lost mid-way; only
 * answers to questions the template does not have are dropped (also inside a group's rows).
 */
export function cleanDraft(fields: readonly HomeworkField[], answers: unknown): ResponseAnswers {
  if (!isPlainObject(answers)) return {};
  const kept = fields
    .filter((field) => Object.hasOwn(answers, field.key))
    .map((field): [string, unknown] => {
      const value = answers[field.key];
      if (field.type !== 'group' || !Array.isArray(value)) return [field.key, value];
      return [field.key, value.map((row) => (isPlainObject(row) ? cleanDraft(field.fields, row) : row))];
    });
  // fromEntries defines own properties, so even an odd key can never reach a prototype.
  return Object.fromEntries(kept);
}

function validateObject(
  fields: readonly HomeworkField[],
  values: ResponseAnswers,
  path: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    // Own properties only: a field keyed `constructor` must not read Object's.
    const value = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    const at = `${path}.${field.key}`;
    if (isUnanswered(field, value)) {
      if (field.required) problems.push({ path: at, message: ANSWER_THIS });
    } else if (field.type === 'group') {
      problems.push(...validateGroup(field, value, at));
    } else {
      const message = problemWithValue(field, value);
      if (message) problems.push({ path: at, message });
    }
  }
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ path: `${path}.${key}`, message: NOT_IN_HOMEWORK });
  }
  return problems;
}

function isUnanswered(field: HomeworkField, value: unknown): boolean {
  if (field.type === 'group' && Array.isArray(value) && value.length === 0) {
    return (field.minItems ?? GROUP_DEFAULTS.minItems) > 0;
  }
  return isEmptyAnswer(value);
}

function validateGroup(field: GroupField, value: unknown, at: string): FieldProblem[] {
  if (!Array.isArray(value)) return [{ path: at, message: 'Send the answers as a list of rows' }];
  const min = field.minItems ?? GROUP_DEFAULTS.minItems;
  const max = field.maxItems ?? GROUP_DEFAULTS.maxItems;
  const itemLabel = field.itemLabel ?? GROUP_DEFAULTS.itemLabel;
  if (value.length < min) return [{ path: at, message: `Add at least ${countOf(min, itemLabel)}` }];
  if (value.length > max) return [{ path: at, message: `Add no more than ${countOf(max, itemLabel)}` }];
  return value.flatMap((row, index) =>
    isPlainObject(row)
      ? validateObject(field.fields, row, `${at}.${index}`)
      : [{ path: `${at}.${index}`, message: 'Fill in this row with one answer per question' }],
  );
}

/** The message for an answered simple question whose value is wrong, or null when it is right. */
function problemWithValue(field: HomeworkSimpleField, value: unknown): string | null {
  switch (field.type) {
    case 'shortText':
    case 'longText': {
      const max =
        field.maxLength ?? (field.type === 'shortText' ? SHORT_TEXT_MAX_LENGTH : LONG_TEXT_MAX_LENGTH);
      if (typeof value !== 'string') return 'Write your answer as text';
      return value.length > max ? `Keep this to ${formatCount(max)} characters or fewer` : null;
    }
    case 'number':
      return numberProblem(field, value);
    case 'scale': {
      const ok = Number.isInteger(value) && (value as number) >= field.min && (value as number) <= field.max;
      return ok ? null : `Choose a whole number from ${field.min} to ${field.max}`;
    }
    case 'singleChoice':
      return optionValues(field).includes(value as string) ? null : `Choose one of ${describeOptions(field)}`;
    case 'multiChoice':
      return multiChoiceProblem(field, value);
    case 'date':
      return dateProblem(value);
    case 'time':
      return typeof value === 'string' && LOCAL_TIME.test(value) ? null : 'Enter a 24-hour time like 09:00';
    case 'yesNo':
      return typeof value === 'boolean' ? null : 'Choose yes or no';
  }
}

function numberProblem(field: NumberField, value: unknown): string | null {
  const { min, max, integer, unit } = field;
  const inRange =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max);
  if (inRange) return null;
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of ${min} or more`
        : max !== undefined
          ? ` of ${max} or less`
          : '';
  return `Enter a ${integer ? 'whole number' : 'number'}${range}${unit ? ` (${unit})` : ''}`;
}

function multiChoiceProblem(field: MultiChoiceField, value: unknown): string | null {
  const allowed = optionValues(field);
  if (!Array.isArray(value) || !value.every((choice) => allowed.includes(choice))) {
    return `Choose from ${describeOptions(field)}`;
  }
  if (new Set(value).size !== value.length) return 'Choose each option only once';
  const { maxSelected } = field;
  if (maxSelected !== undefined && value.length > maxSelected) {
    return maxSelected === 1 ? 'Choose only one option' : `Choose up to ${maxSelected} options`;
  }
  return null;
}

/** A date must be written YYYY-MM-DD and exist on the calendar (no 30 February). */
function dateProblem(value: unknown): string | null {
  const parts = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (!parts) return 'Enter a date like 2026-03-08';
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? null : 'That date is not on the calendar; enter a date like 2026-03-08';
}

const optionValues = (field: SingleChoiceField | MultiChoiceField): unknown[] =>
  field.options.map((option) => option.value);

/** "the options: Call, Text or Video", or "the options given" when the list is long. */
function describeOptions(field: SingleChoiceField | MultiChoiceField): string {
  const labels = field.options.map((option) => option.label);
  if (labels.length > OPTIONS_NAMED_IN_MESSAGE) return 'the options given';
  if (labels.length === 1) return `the option: ${labels[0]}`;
  return `the options: ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** "1 step", "3 activities": the group's item label in lower case, naively pluralised. */
function countOf(count: number, itemLabel: string): string {
  const word = itemLabel.toLowerCase();
  if (count === 1) return `1 ${word}`;
  if (/[^aeiou]y$/.test(word)) return `${count} ${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${count} ${word}es`;
  return `${count} ${word}s`;
}

const formatCount = (count: number): string => count.toLocaleString('en-GB');
