import { z } from 'zod';
import { PageQuerySchema } from './pagination.schema';

/** The ten kinds of homework (product spec §1). A kind adds only its field set and its portal screen. */
export const HOMEWORK_KINDS = [
  'journal',
  'schedule',
  'event_plan',
  'interests',
  'worksheet',
  'reach_out',
  'meeting',
  'social_skills',
  'reading',
  'measure',
] as const;
export const HomeworkKindSchema = z.enum(HOMEWORK_KINDS, 'Choose one of the homework kinds');
export const MeasureCodeSchema = z.enum(['phq9', 'gad7'], 'Choose phq9 or gad7');

export const FIELD_TYPES = [
  'shortText',
  'longText',
  'number',
  'scale',
  'singleChoice',
  'multiChoice',
  'date',
  'time',
  'yesNo',
  'group',
] as const;

const FieldKey = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9_]{0,39}$/,
    'Use a short key of letters, digits and _ starting with a small letter',
  );
const Label = z.string().trim().min(1, 'Give the question a label').max(300);
const common = {
  key: FieldKey,
  label: Label,
  help: z.string().trim().max(500).optional(),
  required: z.boolean().default(false),
};
const ChoiceOption = z.strictObject({
  value: z.string().trim().min(1).max(60),
  label: z.string().trim().min(1, 'Give the option a label').max(200),
});
const Options = z
  .array(ChoiceOption)
  .min(2, 'Give at least two options')
  .max(30)
  .refine(
    (options) => new Set(options.map((o) => o.value)).size === options.length,
    'Option values must differ',
  );

const ShortText = z.strictObject({
  ...common,
  type: z.literal('shortText'),
  maxLength: z.int().min(1).max(500).optional(),
});
const LongText = z.strictObject({
  ...common,
  type: z.literal('longText'),
  maxLength: z.int().min(1).max(10000).optional(),
});
const NumberField = z
  .strictObject({
    ...common,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: z.string().trim().max(30).optional(),
  })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    path: ['max'],
    message: 'The highest value must be at least the lowest',
  });
const Scale = z
  .strictObject({
    ...common,
    type: z.literal('scale'),
    min: z.int().min(-10).max(10),
    max: z.int().min(-10).max(100),
    minLabel: z.string().trim().max(60).optional(),
    maxLabel: z.string().trim().max(60).optional(),
  })
  .refine((f) => f.min < f.max, { path: ['max'], message: 'The top of the scale must be above the bottom' });
const SingleChoice = z.strictObject({ ...common, type: z.literal('singleChoice'), options: Options });
const MultiChoice = z.strictObject({
  ...common,
  type: z.literal('multiChoice'),
  options: Options,
  maxSelected: z.int().min(1).max(30).optional(),
});
const DateField = z.strictObject({ ...common, type: z.literal('date') });
const TimeField = z.strictObject({ ...common, type: z.literal('time') });
const YesNo = z.strictObject({ ...common, type: z.literal('yesNo') });

/** Every field type except a group: what a group's rows are made of. */
export const SimpleFieldSchema = z.discriminatedUnion(
  'type',
  [ShortText, LongText, NumberField, Scale, SingleChoice, MultiChoice, DateField, TimeField, YesNo],
  { error: `Choose a field type: ${FIELD_TYPES.join(', ')}` },
);

const uniqueKeys = (fields: Array<{ key: string }>, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    if (seen.has(field.key))
      ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'Each key must be different' });
    seen.add(field.key);
  });
};

/** Repeating rows, e.g. the days of an activity schedule or the steps of an event plan. */
const Group = z
  .strictObject({
    ...common,
    type: z.literal('group'),
    itemLabel: z.string().trim().min(1).max(60).default('Item'),
    minItems: z.int().min(0).max(50).default(0),
    maxItems: z.int().min(1).max(50).default(20),
    fields: z
      .array(SimpleFieldSchema)
      .min(1, 'A group needs at least one field')
      .max(20)
      .superRefine(uniqueKeys),
  })
  .refine((g) => g.minItems <= g.maxItems, {
    path: ['maxItems'],
    message: 'Allow at least the minimum rows',
  });

export const TemplateFieldSchema = z.discriminatedUnion(
  'type',
  [ShortText, LongText, NumberField, Scale, SingleChoice, MultiChoice, DateField, TimeField, YesNo, Group],
  { error: `Choose a field type: ${FIELD_TYPES.join(', ')}` },
);

export const TemplateFieldsSchema = z
  .array(TemplateFieldSchema)
  .min(1, 'Add at least one question')
  .max(60, 'At most 60 questions')
  .superRefine(uniqueKeys);

const Title = z.string().trim().min(2, 'Give it a title of at least 2 characters').max(120);
const Instructions = z.string().trim().max(4000);

/** What a template version holds. A measure's fields are the instrument's items, fixed by the library. */
export const TemplateContentSchema = z.strictObject({
  title: Title,
  instructions: Instructions,
  fields: TemplateFieldsSchema,
});

export const CreateTemplateRequestSchema = TemplateContentSchema.extend({
  kind: HomeworkKindSchema.exclude(['measure'], 'Questionnaires come from the library; choose another kind'),
});

/** A content change makes a new immutable version; `status` archives or restores. */
export const UpdateTemplateRequestSchema = z
  .strictObject({
    title: Title,
    instructions: Instructions,
    fields: TemplateFieldsSchema,
    status: z.enum(['active', 'archived']),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one thing');

export const TemplateSummarySchema = z.object({
  id: z.uuid(),
  kind: HomeworkKindSchema,
  title: z.string(),
  status: z.enum(['active', 'archived']),
  source: z.enum(['library', 'clinic']),
  measure: MeasureCodeSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});

export const TemplateSchema = TemplateSummarySchema.extend({
  instructions: z.string(),
  fields: z.array(TemplateFieldSchema),
  updatedBy: z.string().nullable(),
});

export const TemplateQuerySchema = PageQuerySchema.extend({
  kind: HomeworkKindSchema.optional(),
  status: z.enum(['active', 'archived']).default('active'),
  q: z.string().trim().max(100).optional(),
});

export type HomeworkKind = z.infer<typeof HomeworkKindSchema>;
export type MeasureCodeValue = z.infer<typeof MeasureCodeSchema>;
export type SimpleField = z.infer<typeof SimpleFieldSchema>;
export type TemplateField = z.infer<typeof TemplateFieldSchema>;
export type TemplateFieldInput = z.input<typeof TemplateFieldSchema>;
export type TemplateContent = z.infer<typeof TemplateContentSchema>;
export type CreateTemplateRequest = z.infer<typeof CreateTemplateRequestSchema>;
export type UpdateTemplateRequest = z.infer<typeof UpdateTemplateRequestSchema>;
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateQuery = z.infer<typeof TemplateQuerySchema>;
