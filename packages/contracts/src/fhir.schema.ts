import { z } from 'zod';

/**
 * The FHIR R4 export of one client's homework (`GET /clients/{clientId}/fhir`): a `collection`
 * Bundle of Tasks (one per due occurrence, and one per whole-assignment decline),
 * QuestionnaireResponses (one per submission) and Observations (one per PHQ-9 / GAD-7 total score).
 *
 * Strict about the elements we emit, so a misspelt or misplaced element fails the contract; open
 * where FHIR is open: every resource and complex datatype takes `extension` (and resources
 * `modifierExtension`, `meta`, `text`), FHIR's own mechanism for extra content. There is no Patient
 * resource: the client is referenced as `Patient/<clientId>` (no name or other PHI leaves with the
 * bundle); every other reference is to an entry's `urn:uuid:` fullUrl in the same bundle.
 */

const INTERLUDE_FHIR = 'https://interlude.example/fhir';

/** The code systems and naming systems the export uses. */
export const FHIR_SYSTEMS = {
  loinc: 'http://loinc.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  /** Why a client declined homework: not_relevant, too_hard, not_safe, no_time, other. */
  declineReason: `${INTERLUDE_FHIR}/CodeSystem/decline-reason`,
  /** Interlude's own status of an occurrence (pending, submitted, reviewed, declined, missed…). */
  occurrenceStatus: `${INTERLUDE_FHIR}/CodeSystem/occurrence-status`,
  /** The severity band of a questionnaire total (measures.json bands, as a slug). */
  measureBand: `${INTERLUDE_FHIR}/CodeSystem/measure-band`,
  /** What a Task's input/output is (the questionnaire to answer, the response given). */
  taskParameter: `${INTERLUDE_FHIR}/CodeSystem/task-parameter`,
  /** The assignment an occurrence's Task belongs to (Task.groupIdentifier). */
  assignment: `${INTERLUDE_FHIR}/NamingSystem/assignment`,
  /** Base of the canonical URL of a template version: `<base>/<templateId>|<version>`. */
  questionnaire: `${INTERLUDE_FHIR}/Questionnaire`,
} as const;

// --- primitive types (https://hl7.org/fhir/R4/datatypes.html) -------------------------------------

export const FhirIdSchema = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'A FHIR id: 1–64 of A-Z a-z 0-9 - .');
const FhirString = z.string().regex(/\S/, 'A FHIR string has at least one non-whitespace character');
const FhirCode = z.string().regex(/^[^\s]+( [^\s]+)*$/, 'A FHIR code: no leading, trailing or double spaces');
const FhirUri = z.string().regex(/^\S+$/, 'A FHIR uri has no whitespace');
const FhirUrnUuid = z
  .string()
  .regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'A urn:uuid: reference');
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?';
const ZONE = '(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const DATE = '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
/** A dateTime: a year, year-month or date, or a date and time with its time zone. */
export const FhirDateTimeSchema = z
  .string()
  .regex(
    new RegExp(`^([0-9]{4}(-(0[1-9]|1[0-2]))?|${DATE}|${DATE}T${TIME}${ZONE})$`),
    'A FHIR dateTime, e.g. 2026-03-08T09:00:00Z',
  );
export const FhirInstantSchema = z
  .string()
  .regex(new RegExp(`^${DATE}T${TIME}${ZONE}$`), 'A FHIR instant, e.g. 2026-03-08T09:00:00.000Z');
const FhirDate = z.string().regex(new RegExp(`^([0-9]{4}(-(0[1-9]|1[0-2]))?|${DATE})$`), 'A FHIR date');
const FhirTime = z.string().regex(new RegExp(`^${TIME}$`), 'A FHIR time, e.g. 18:30:00');
const FhirInteger = z.int().min(-2147483648).max(2147483647);
const FhirDecimal = z.number().refine(Number.isFinite, 'A finite number');

// --- extensions and complex datatypes ----------------------------------------------------------

/** An extension: a url and at most one value[x] (or nested extensions); values are not checked here. */
const ExtensionSchema = z
  .looseObject({ url: FhirUri })
  .refine(
    (e) => Object.keys(e).filter((k) => k.startsWith('value')).length <= 1,
    'An extension has at most one value[x]',
  );
const extensible = { extension: z.array(ExtensionSchema).optional() };

const CodingSchema = z.strictObject({
  ...extensible,
  system: FhirUri.optional(),
  version: FhirString.optional(),
  code: FhirCode.optional(),
  display: FhirString.optional(),
  userSelected: z.boolean().optional(),
});
const CodeableConceptSchema = z.strictObject({
  ...extensible,
  coding: z.array(CodingSchema).min(1).optional(),
  text: FhirString.optional(),
});
const IdentifierSchema = z.strictObject({
  ...extensible,
  system: FhirUri.optional(),
  value: FhirString.optional(),
});
/** `Patient/<id>` for the client; `urn:uuid:<id>` for another entry of the bundle. */
const ReferenceSchema = z.strictObject({
  ...extensible,
  reference: z.union([z.string().regex(/^Patient\/[A-Za-z0-9\-.]{1,64}$/), FhirUrnUuid]),
  display: FhirString.optional(),
});
const PeriodSchema = z.strictObject({
  ...extensible,
  start: FhirDateTimeSchema.optional(),
  end: FhirDateTimeSchema.optional(),
});
const AnnotationSchema = z.strictObject({
  ...extensible,
  time: FhirDateTimeSchema.optional(),
  text: FhirString,
});
const MetaSchema = z.looseObject({});
const NarrativeSchema = z.strictObject({
  status: z.enum(['generated', 'extensions', 'additional', 'empty']),
  div: z.string(),
});
const domainResource = {
  id: FhirIdSchema,
  meta: MetaSchema.optional(),
  text: NarrativeSchema.optional(),
  ...extensible,
  modifierExtension: z.array(ExtensionSchema).optional(),
};

// --- Task --------------------------------------------------------------------------------------

export const FhirTaskStatusSchema = z.enum([
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
]);

/** A Task input or output: its type and exactly one value (we use a canonical or a reference). */
const TaskParameterSchema = z.union([
  z.strictObject({ ...extensible, type: CodeableConceptSchema, valueCanonical: FhirUri }),
  z.strictObject({ ...extensible, type: CodeableConceptSchema, valueReference: ReferenceSchema }),
]);

/** One due occurrence of homework (or a whole assignment the client declined). */
export const FhirTaskSchema = z.strictObject({
  resourceType: z.literal('Task'),
  ...domainResource,
  groupIdentifier: IdentifierSchema.optional(),
  status: FhirTaskStatusSchema,
  statusReason: CodeableConceptSchema.optional(),
  businessStatus: CodeableConceptSchema.optional(),
  intent: z.enum([
    'unknown',
    'proposal',
    'plan',
    'order',
    'original-order',
    'reflex-order',
    'filler-order',
    'instance-order',
    'option',
  ]),
  description: FhirString.optional(),
  for: ReferenceSchema.optional(),
  executionPeriod: PeriodSchema.optional(),
  authoredOn: FhirDateTimeSchema.optional(),
  lastModified: FhirDateTimeSchema.optional(),
  note: z.array(AnnotationSchema).optional(),
  restriction: z
    .strictObject({
      ...extensible,
      repetitions: z.int().positive().optional(),
      period: PeriodSchema.optional(),
    })
    .optional(),
  input: z.array(TaskParameterSchema).optional(),
  output: z.array(TaskParameterSchema).optional(),
});

// --- QuestionnaireResponse -----------------------------------------------------------------------

/** One answer: exactly one value[x]. */
const AnswerSchema = z.union([
  z.strictObject({ ...extensible, valueBoolean: z.boolean() }),
  z.strictObject({ ...extensible, valueDecimal: FhirDecimal }),
  z.strictObject({ ...extensible, valueInteger: FhirInteger }),
  z.strictObject({ ...extensible, valueDate: FhirDate }),
  z.strictObject({ ...extensible, valueDateTime: FhirDateTimeSchema }),
  z.strictObject({ ...extensible, valueTime: FhirTime }),
  z.strictObject({ ...extensible, valueString: FhirString }),
  z.strictObject({ ...extensible, valueCoding: CodingSchema }),
]);
const LinkId = FhirString.max(255);
/** A question with its answers (a multiple choice has one answer per option chosen). */
const AnsweredItemSchema = z.strictObject({
  ...extensible,
  linkId: LinkId,
  text: FhirString.optional(),
  answer: z.array(AnswerSchema).min(1),
});
/** A repeating group's row: repeated with the group's linkId, its questions nested. */
const GroupItemSchema = z.strictObject({
  ...extensible,
  linkId: LinkId,
  text: FhirString.optional(),
  item: z.array(AnsweredItemSchema).min(1),
});

/** One submission, against the template version it was assigned from. */
export const FhirQuestionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  ...domainResource,
  questionnaire: FhirUri.optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: ReferenceSchema.optional(),
  authored: FhirDateTimeSchema.optional(),
  author: ReferenceSchema.optional(),
  source: ReferenceSchema.optional(),
  item: z.array(z.union([AnsweredItemSchema, GroupItemSchema])).optional(),
});

// --- Observation ---------------------------------------------------------------------------------

/** A PHQ-9 or GAD-7 total score. */
export const FhirObservationSchema = z
  .strictObject({
    resourceType: z.literal('Observation'),
    ...domainResource,
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: z.array(CodeableConceptSchema).optional(),
    code: CodeableConceptSchema,
    subject: ReferenceSchema.optional(),
    effectiveDateTime: FhirDateTimeSchema.optional(),
    issued: FhirInstantSchema.optional(),
    valueInteger: FhirInteger.optional(),
    interpretation: z.array(CodeableConceptSchema).optional(),
    note: z.array(AnnotationSchema).optional(),
    derivedFrom: z.array(ReferenceSchema).optional(),
  })
  .refine((o) => o.code.coding !== undefined || o.code.text !== undefined, {
    path: ['code'],
    message: 'An Observation code needs a coding or text',
  });

// --- Bundle --------------------------------------------------------------------------------------

export const FhirResourceSchema = z.discriminatedUnion('resourceType', [
  FhirTaskSchema,
  FhirQuestionnaireResponseSchema,
  FhirObservationSchema,
]);

export const FhirBundleEntrySchema = z.strictObject({
  ...extensible,
  fullUrl: FhirUrnUuid,
  resource: FhirResourceSchema,
});

/** The export: `urn:uuid:<id>` fullUrls, each the entry's resource id, none twice. */
export const FhirBundleSchema = z
  .strictObject({
    resourceType: z.literal('Bundle'),
    id: FhirIdSchema.optional(),
    meta: MetaSchema.optional(),
    type: z.literal('collection'),
    timestamp: FhirInstantSchema,
    entry: z.array(FhirBundleEntrySchema),
  })
  .superRefine((bundle, ctx) => {
    const seen = new Set<string>();
    bundle.entry.forEach((entry, i) => {
      if (entry.fullUrl !== `urn:uuid:${entry.resource.id}`) {
        ctx.addIssue({ code: 'custom', path: ['entry', i, 'fullUrl'], message: 'fullUrl is urn:uuid:<id>' });
      }
      if (seen.has(entry.fullUrl)) {
        ctx.addIssue({ code: 'custom', path: ['entry', i, 'fullUrl'], message: 'Each entry once' });
      }
      seen.add(entry.fullUrl);
    });
    bundle.entry.forEach((entry, i) => {
      for (const reference of fhirReferences(entry.resource)) {
        if (reference.startsWith('urn:uuid:') && !seen.has(reference)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entry', i, 'resource'],
            message: `${reference} is not an entry of this bundle`,
          });
        }
      }
    });
  });

/** Every `reference` inside a resource (at any depth), e.g. to check that each resolves. */
export function fhirReferences(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fhirReferences);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [inner] : fhirReferences(inner),
  );
}

export type FhirTask = z.infer<typeof FhirTaskSchema>;
export type FhirTaskStatus = z.infer<typeof FhirTaskStatusSchema>;
export type FhirQuestionnaireResponse = z.infer<typeof FhirQuestionnaireResponseSchema>;
export type FhirQuestionnaireResponseItem = NonNullable<FhirQuestionnaireResponse['item']>[number];
export type FhirAnswer = z.infer<typeof AnswerSchema>;
export type FhirObservation = z.infer<typeof FhirObservationSchema>;
export type FhirResource = z.infer<typeof FhirResourceSchema>;
export type FhirBundle = z.infer<typeof FhirBundleSchema>;
