import type { FieldError, SimpleField, TemplateField } from '@interlude/contracts';

export type Answers = Record<string, unknown>;
export type Row = Record<string, unknown>;
/** Messages by field path: `mood`, or `steps.0.what` for a field of a group's row. */
export type FieldErrors = Record<string, string>;

export const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'number' && Number.isNaN(value));

const rowIsEmpty = (row: Row): boolean => Object.values(row).every(isEmptyValue);

const startingRows = (field: Extract<TemplateField, { type: 'group' }>) => Math.max(field.minItems ?? 0, 1);

/** The answers to start from: the draft when there is one, with every group showing at least one row. */
export function initialAnswers(fields: TemplateField[], draft: Answers | null | undefined): Answers {
  const answers: Answers = { ...(draft ?? {}) };
  for (const field of fields) {
    if (field.type !== 'group') continue;
    const rows = Array.isArray(answers[field.key]) ? (answers[field.key] as Row[]) : [];
    const wanted = startingRows(field);
    answers[field.key] =
      rows.length >= wanted ? rows : [...rows, ...Array.from({ length: wanted - rows.length }, () => ({}))];
  }
  return answers;
}

const cleanValue = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** What is sent: blanks left out, text trimmed, and rows nobody filled in dropped. */
export function cleanAnswers(fields: TemplateField[], answers: Answers): Answers {
  const clean: Answers = {};
  for (const field of fields) {
    const value = answers[field.key];
    if (field.type === 'group') {
      const rows = (Array.isArray(value) ? (value as Row[]) : [])
        .map((row) => cleanRow(field.fields, row))
        .filter((row) => !rowIsEmpty(row));
      if (rows.length > 0) clean[field.key] = rows;
      continue;
    }
    if (!isEmptyValue(value)) clean[field.key] = cleanValue(value);
  }
  return clean;
}

function cleanRow(fields: SimpleField[], row: Row): Row {
  const clean: Row = {};
  for (const field of fields) {
    const value = row?.[field.key];
    if (!isEmptyValue(value)) clean[field.key] = cleanValue(value);
  }
  return clean;
}

const requiredMessage = (field: SimpleField | TemplateField): string => {
  switch (field.type) {
    case 'singleChoice':
    case 'yesNo':
    case 'scale':
      return 'Please choose an answer';
    case 'multiChoice':
      return 'Please choose at least one';
    default:
      return 'Please answer this one';
  }
};

function checkSimple(field: SimpleField, value: unknown): string | null {
  if (isEmptyValue(value)) return field.required ? requiredMessage(field) : null;
  if (field.type === 'number' && typeof value === 'number') {
    if (field.min !== undefined && value < field.min) return `Use a number of at least ${field.min}`;
    if (field.max !== undefined && value > field.max) return `Use a number no higher than ${field.max}`;
    if (field.integer && !Number.isInteger(value)) return 'Use a whole number';
  }
  if ((field.type === 'shortText' || field.type === 'longText') && field.maxLength !== undefined) {
    if (String(value).trim().length > field.maxLength) return `Keep it to ${field.maxLength} characters`;
  }
  if (field.type === 'multiChoice' && field.maxSelected !== undefined && Array.isArray(value)) {
    if (value.length > field.maxSelected) return `Choose up to ${field.maxSelected}`;
  }
  return null;
}

/** The checks made before sending: required answers, limits, and enough rows in each group. */
export function checkAnswers(fields: TemplateField[], answers: Answers): FieldErrors {
  const errors: FieldErrors = {};
  const clean = cleanAnswers(fields, answers);
  for (const field of fields) {
    if (field.type !== 'group') {
      const message = checkSimple(field, clean[field.key]);
      if (message) errors[field.key] = message;
      continue;
    }
    // Paths point at the rows as shown (blank rows included), so each error sits by its field.
    const shown = Array.isArray(answers[field.key]) ? (answers[field.key] as Row[]) : [];
    const filled = shown.filter((row) => !rowIsEmpty(cleanRow(field.fields, row)));
    const needed = Math.max(field.minItems ?? 0, field.required ? 1 : 0);
    if (filled.length < needed) {
      errors[field.key] =
        needed === 1 ? 'Please fill in at least one row' : `Please fill in at least ${needed} rows`;
    }
    shown.forEach((row, index) => {
      if (rowIsEmpty(cleanRow(field.fields, row))) return;
      for (const sub of field.fields) {
        const message = checkSimple(sub, cleanValue(row?.[sub.key]));
        if (message) errors[`${field.key}.${index}.${sub.key}`] = message;
      }
    });
  }
  return errors;
}

/**
 * The server's field errors (`answers.mood`, `answers.steps.0.what`) as messages by field path, and
 * those that belong to no field shown here.
 */
export function serverFieldErrors(
  fields: TemplateField[],
  errors: FieldError[],
): { byField: FieldErrors; other: string[] } {
  const known = new Set<string>();
  for (const field of fields) known.add(field.key);
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const error of errors) {
    const path = error.path.replace(/^answers\./, '');
    const top = path.split('.')[0];
    if (error.path.startsWith('answers.') && known.has(top)) {
      byField[path] ??= error.message;
    } else {
      other.push(error.message);
    }
  }
  return { byField, other };
}

/** The first field path in the form's order that has an error, to move focus there. */
export function firstErrorPath(fields: TemplateField[], errors: FieldErrors): string | undefined {
  const paths = Object.keys(errors);
  for (const field of fields) {
    const match = paths.find((p) => p === field.key || p.startsWith(`${field.key}.`));
    if (match) return match;
  }
  return paths[0];
}

/** How many of the fields have an answer (for "3 of 9"). */
export const answeredCount = (fields: TemplateField[], answers: Answers): number =>
  fields.filter((field) => !isEmptyValue(answers[field.key])).length;
