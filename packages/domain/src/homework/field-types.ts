// The shape of a homework template's questions, as the domain reads them. They match the
// `TemplateField` contract in `@interlude/contracts` structurally (the domain does not depend on the
// contracts), so a parsed template's fields can be passed straight in. Properties the contract fills
// with a default (`required`, a group's `itemLabel`, `minItems`, `maxItems`) are optional here and
// read with the same defaults, so both a parsed field and a hand-written one are accepted. Lists are
// typed as plain arrays so these fields pass both ways between the domain and the contract's types.

/** The ten kinds of homework (product spec §1); a kind adds only its field set and its screen. */
export type HomeworkKindName =
  | 'journal'
  | 'schedule'
  | 'event_plan'
  | 'interests'
  | 'worksheet'
  | 'reach_out'
  | 'meeting'
  | 'social_skills'
  | 'reading'
  | 'measure';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

interface FieldCommon {
  /** The answer's key in a response, e.g. `automaticThought`. */
  readonly key: string;
  readonly label: string;
  readonly help?: string;
  /** Absent means optional, as in the contract's default. */
  readonly required?: boolean;
}

export interface ShortTextField extends FieldCommon {
  readonly type: 'shortText';
  /** Default SHORT_TEXT_MAX_LENGTH. */
  readonly maxLength?: number;
}

export interface LongTextField extends FieldCommon {
  readonly type: 'longText';
  /** Default LONG_TEXT_MAX_LENGTH. */
  readonly maxLength?: number;
}

export interface NumberField extends FieldCommon {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly unit?: string;
}

/** A rating on whole-number steps, e.g. mood 0–10 or emotion intensity 0–100. */
export interface ScaleField extends FieldCommon {
  readonly type: 'scale';
  readonly min: number;
  readonly max: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
}

export interface SingleChoiceField extends FieldCommon {
  readonly type: 'singleChoice';
  readonly options: FieldOption[];
}

export interface MultiChoiceField extends FieldCommon {
  readonly type: 'multiChoice';
  readonly options: FieldOption[];
  readonly maxSelected?: number;
}

export interface DateField extends FieldCommon {
  readonly type: 'date';
}

export interface TimeField extends FieldCommon {
  readonly type: 'time';
}

export interface YesNoField extends FieldCommon {
  readonly type: 'yesNo';
}

/** Every field type except a group: what a group's rows are made of. */
export type HomeworkSimpleField =
  | ShortTextField
  | LongTextField
  | NumberField
  | ScaleField
  | SingleChoiceField
  | MultiChoiceField
  | DateField
  | TimeField
  | YesNoField;

/** Repeating rows, e.g. the activities of a weekly schedule or the steps of an event plan. */
export interface GroupField extends FieldCommon {
  readonly type: 'group';
  /** What one row is called on screen ("Step", "Activity"); default "Item". */
  readonly itemLabel?: string;
  /** Default 0. */
  readonly minItems?: number;
  /** Default 20. */
  readonly maxItems?: number;
  readonly fields: HomeworkSimpleField[];
}

export type HomeworkField = HomeworkSimpleField | GroupField;
export type HomeworkFieldType = HomeworkField['type'];

/** The contract's defaults, applied when a field leaves them out. */
export const SHORT_TEXT_MAX_LENGTH = 500;
export const LONG_TEXT_MAX_LENGTH = 10_000;
export const GROUP_DEFAULTS = { itemLabel: 'Item', minItems: 0, maxItems: 20 } as const;
