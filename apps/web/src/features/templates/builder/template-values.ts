import {
  type CreateTemplateRequest,
  CreateTemplateRequestSchema,
  type HomeworkKind,
  type Template,
  type TemplateContent,
  TemplateContentSchema,
  type TemplateField,
} from '@interlude/contracts';
import type { FieldType } from '../template-words';

/** A number input's value: a number, or what is being typed ('' while empty). */
export type NumberValue = number | string;

export interface OptionValues {
  /** Stable identity for React keys and focus; never sent. */
  uid: string;
  /** What an answer stores. Options loaded from a template keep theirs; new ones get one from the label. */
  value: string;
  label: string;
}

/**
 * One question in the builder. Every type's settings live side by side, so switching type keeps what
 * was typed; only the settings of the chosen type are sent. Names match the request body, so the API's
 * error paths (`fields.2.options.0.label`) land on their inputs.
 */
export interface QuestionValues {
  uid: string;
  type: FieldType;
  label: string;
  help: string;
  key: string;
  /** Once someone types a key, or the question comes from a saved version, the label no longer changes it. */
  keyEdited: boolean;
  required: boolean;
  maxLength: NumberValue;
  min: NumberValue;
  max: NumberValue;
  integer: boolean;
  unit: string;
  minLabel: string;
  maxLabel: string;
  options: OptionValues[];
  maxSelected: NumberValue;
  itemLabel: string;
  minItems: NumberValue;
  maxItems: NumberValue;
  /** A repeating group's questions (simple types only). */
  fields: QuestionValues[];
}

export interface TemplateFormValues {
  /** '' until chosen; fixed once the template exists. */
  kind: HomeworkKind | '';
  title: string;
  instructions: string;
  fields: QuestionValues[];
}

let lastUid = 0;
export const newUid = (): string => {
  lastUid += 1;
  return `u${lastUid}`;
};

export const KEY_MAX = 40;

/** "How did you feel afterwards?" → "howDidYouFeelAfterwards": a key the contract accepts, or '' for no words. */
export function deriveKey(label: string): string {
  const words =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const key = words
    .slice(0, 5)
    .map((word, index) => (index === 0 ? word : `${word[0].toUpperCase()}${word.slice(1)}`))
    .join('');
  if (!key) return '';
  return (/^[a-z]/.test(key) ? key : `q${key}`).slice(0, KEY_MAX);
}

/** `base`, or `base2`, `base3`… when the base is taken. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base || 'question';
  if (!used.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const suffix = String(n);
    const candidate = `${root.slice(0, KEY_MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** "Very much so!" → "very_much_so": an option's stored value. */
export function deriveOptionValue(label: string): string {
  const words =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return words.join('_').slice(0, 60);
}

export const emptyOption = (): OptionValues => ({ uid: newUid(), value: '', label: '' });

const blankQuestion = (key: string): QuestionValues => ({
  uid: newUid(),
  type: 'shortText',
  label: '',
  help: '',
  key,
  keyEdited: false,
  required: false,
  maxLength: '',
  min: '',
  max: '',
  integer: false,
  unit: '',
  minLabel: '',
  maxLabel: '',
  options: [],
  maxSelected: '',
  itemLabel: 'Item',
  minItems: 0,
  maxItems: 20,
  fields: [],
});

/** A new question of `type`, with a key no sibling has yet. */
export function newQuestion(siblings: QuestionValues[], type: FieldType = 'shortText'): QuestionValues {
  const key = uniqueKey(
    'question',
    siblings.map((sibling) => sibling.key),
  );
  return withType(blankQuestion(key), type);
}

/** The question as `type`, with that type's settings ready to fill in (what was typed stays). */
export function withType(question: QuestionValues, type: FieldType): QuestionValues {
  const next = { ...question, type };
  if (type === 'scale') {
    const inRange = (value: NumberValue, low: number, high: number) =>
      typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
    if (!inRange(next.min, -10, 10)) next.min = 0;
    if (!inRange(next.max, -10, 100) || Number(next.max) <= Number(next.min)) next.max = 10;
  }
  if ((type === 'singleChoice' || type === 'multiChoice') && next.options.length === 0) {
    next.options = [emptyOption(), emptyOption()];
  }
  if (type === 'group' && next.fields.length === 0) {
    next.fields = [newQuestion([])];
  }
  return next;
}

function toOptionValues(options: { value: string; label: string }[]): OptionValues[] {
  return options.map((option) => ({ uid: newUid(), value: option.value, label: option.label }));
}

/** A saved field as builder values; its key is kept as it was, so answers across versions line up. */
export function toQuestionValues(
  field: TemplateField | Extract<TemplateField, { type: 'group' }>['fields'][number],
): QuestionValues {
  const question: QuestionValues = {
    ...blankQuestion(field.key),
    type: field.type,
    label: field.label,
    help: field.help ?? '',
    keyEdited: true,
    required: field.required,
  };
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return { ...question, maxLength: field.maxLength ?? '' };
    case 'number':
      return {
        ...question,
        min: field.min ?? '',
        max: field.max ?? '',
        integer: field.integer ?? false,
        unit: field.unit ?? '',
      };
    case 'scale':
      return {
        ...question,
        min: field.min,
        max: field.max,
        minLabel: field.minLabel ?? '',
        maxLabel: field.maxLabel ?? '',
      };
    case 'singleChoice':
      return { ...question, options: toOptionValues(field.options) };
    case 'multiChoice':
      return { ...question, options: toOptionValues(field.options), maxSelected: field.maxSelected ?? '' };
    case 'group':
      return {
        ...question,
        itemLabel: field.itemLabel,
        minItems: field.minItems,
        maxItems: field.maxItems,
        fields: field.fields.map((child) => toQuestionValues(child)),
      };
    default:
      return question;
  }
}

export const emptyTemplateValues = (): TemplateFormValues => ({
  kind: '',
  title: '',
  instructions: '',
  fields: [newQuestion([])],
});

export const toTemplateValues = (template: Template): TemplateFormValues => ({
  kind: template.kind,
  title: template.title,
  instructions: template.instructions,
  fields: template.fields.map((field) => toQuestionValues(field)),
});

/** '' → left out; a typed number → the number; anything else is passed on for the contract to refuse. */
function optionalNumber(value: NumberValue): number | string | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isNaN(parsed) ? trimmed : parsed;
}

const optionalText = (value: string): string | undefined => (value.trim() ? value : undefined);

const withoutUndefined = (shape: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(shape).filter(([, value]) => value !== undefined));

/** Options as sent: new options get a value from their label, unique within the question. */
function optionsShape(options: OptionValues[]): { value: string; label: string }[] {
  const taken = new Set(options.map((option) => option.value).filter(Boolean));
  return options.map((option, index) => {
    if (option.value) return { value: option.value, label: option.label };
    const base = deriveOptionValue(option.label) || `option_${index + 1}`;
    let value = base;
    for (let n = 2; taken.has(value); n += 1) value = `${base}_${n}`;
    taken.add(value);
    return { value, label: option.label };
  });
}

/** One question as the request body holds it: only its type's settings, empty optional ones left out. */
export function toFieldShape(question: QuestionValues): Record<string, unknown> {
  const common = {
    key: question.key,
    label: question.label,
    help: optionalText(question.help),
    required: question.required,
    type: question.type,
  };
  switch (question.type) {
    case 'shortText':
    case 'longText':
      return withoutUndefined({ ...common, maxLength: optionalNumber(question.maxLength) });
    case 'number':
      return withoutUndefined({
        ...common,
        min: optionalNumber(question.min),
        max: optionalNumber(question.max),
        integer: question.integer || undefined,
        unit: optionalText(question.unit),
      });
    case 'scale':
      return withoutUndefined({
        ...common,
        min: optionalNumber(question.min),
        max: optionalNumber(question.max),
        minLabel: optionalText(question.minLabel),
        maxLabel: optionalText(question.maxLabel),
      });
    case 'singleChoice':
      return withoutUndefined({ ...common, options: optionsShape(question.options) });
    case 'multiChoice':
      return withoutUndefined({
        ...common,
        options: optionsShape(question.options),
        maxSelected: optionalNumber(question.maxSelected),
      });
    case 'group':
      return withoutUndefined({
        ...common,
        itemLabel: question.itemLabel,
        minItems: optionalNumber(question.minItems),
        maxItems: optionalNumber(question.maxItems),
        fields: question.fields.map(toFieldShape),
      });
    default:
      return withoutUndefined(common);
  }
}

/** Title, instructions and questions as the request holds them, before the contract cleans them. */
export const toContentShape = (values: TemplateFormValues): Record<string, unknown> => ({
  title: values.title,
  instructions: values.instructions,
  fields: values.fields.map(toFieldShape),
});

export const toCreateShape = (values: TemplateFormValues): Record<string, unknown> => ({
  kind: values.kind,
  ...toContentShape(values),
});

/** The POST body, cleaned by the contract (trimmed, defaults filled); throws if the form let something invalid through. */
export const toCreateRequest = (values: TemplateFormValues): CreateTemplateRequest =>
  CreateTemplateRequestSchema.parse(toCreateShape(values));

/** The content a new version would hold, cleaned by the contract. */
export const toContent = (values: TemplateFormValues): TemplateContent =>
  TemplateContentSchema.parse(toContentShape(values));

/** The saved version's content as the contract cleans it, to tell whether the form changed anything. */
export const contentOf = (template: Template): TemplateContent | null =>
  TemplateContentSchema.safeParse({
    title: template.title,
    instructions: template.instructions,
    fields: template.fields,
  }).data ?? null;

/** For the live preview: whatever the form holds now, shaped like a field list (possibly incomplete). */
export const previewFields = (values: TemplateFormValues): TemplateField[] =>
  values.fields.map(toFieldShape) as TemplateField[];

/** Same content, whatever the order of keys inside each field. */
export function sameContent(a: TemplateContent, b: TemplateContent | null): boolean {
  if (!b) return false;
  const stable = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stable);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, inner]) => inner !== undefined)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([key, inner]) => [key, stable(inner)]),
      );
    }
    return value;
  };
  return JSON.stringify(stable(a)) === JSON.stringify(stable(b));
}
