import { FhirBundleSchema } from './fhir.schema';

const CLIENT = '01900000-0000-7000-8000-000000000001';
const RESPONSE = '01900000-0000-7000-8000-000000000002';
const SCORE = '01900000-0000-7000-8000-000000000003';

const response = {
  resourceType: 'QuestionnaireResponse',
  id: RESPONSE,
  status: 'completed',
  subject: { reference: `Patient/${CLIENT}` },
  authored: '2026-03-08T09:00:00.000Z',
  item: [{ linkId: 'item1', answer: [{ valueCoding: { code: '2', display: 'More than half the days' } }] }],
};
const observation = {
  resourceType: 'Observation',
  id: SCORE,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
  valueInteger: 16,
  derivedFrom: [{ reference: `urn:uuid:${RESPONSE}` }],
};
const bundle = (entries: Array<Record<string, unknown>>) => ({
  resourceType: 'Bundle',
  type: 'collection',
  timestamp: '2026-03-08T09:00:00.000Z',
  entry: entries.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
});
const paths = (value: unknown) =>
  (FhirBundleSchema.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));

describe('FHIR bundle contract', () => {
  it('accepts a bundle whose references all resolve, extensions included', () => {
    const extended = { ...observation, extension: [{ url: 'https://example.org/x', valueString: 'ok' }] };
    expect(paths(bundle([response, extended]))).toEqual([]);
  });

  it('refuses a reference to no entry, a bad id, a dateTime without a zone and two answer values', () => {
    expect(paths(bundle([observation]))).toEqual(['entry.0.resource']);
    expect(paths(bundle([{ ...response, id: 'no_underscores' }]))).toContain('entry.0.resource.id');
    expect(paths(bundle([{ ...response, authored: '2026-03-08T09:00:00' }]))).toEqual([
      'entry.0.resource.authored',
    ]);
    const twoValues = {
      ...response,
      item: [{ linkId: 'a', answer: [{ valueString: 'x', valueInteger: 1 }] }],
    };
    expect(paths(bundle([twoValues]))).toEqual(['entry.0.resource.item.0']);
  });

  it('refuses an element FHIR does not have where we emit it, and a Task without intent', () => {
    expect(paths(bundle([{ ...response, answers: [] }]))).toEqual(['entry.0.resource']);
    const task = { resourceType: 'Task', id: CLIENT, status: 'ready' };
    expect(paths(bundle([task]))).toEqual(['entry.0.resource.intent']);
  });
});
