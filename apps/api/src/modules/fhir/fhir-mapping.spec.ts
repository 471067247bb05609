import { FhirBundleSchema, type TemplateField } from '@interlude/contracts';
import { answersTo, homeworkBundle, type OccurrenceRow, responseItems, taskStatus } from './fhir-mapping';

const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const occurrence = (overrides: Partial<OccurrenceRow> = {}): OccurrenceRow => ({
  id: id(1),
  assignment_id: id(2),
  due_at: new Date(NOW.getTime() + DAY),
  status: 'pending',
  updated_at: NOW,
  assignment_status: 'active',
  assigned_at: new Date(NOW.getTime() - DAY),
  template_id: id(3),
  template_version: 2,
  title: 'Daily journal',
  submission_id: null,
  submitted_at: null,
  decline_reason: null,
  decline_note: null,
  declined_at: null,
  ...overrides,
});

describe('FHIR mapping', () => {
  it('gives each occurrence state its Task status', () => {
    const due = (days: number) => new Date(NOW.getTime() + days * DAY);
    expect(taskStatus('pending', due(1), 'active', NOW)).toEqual({
      status: 'ready',
      shown: 'pending',
      overdue: false,
    });
    expect(taskStatus('pending', due(-1), 'active', NOW)).toEqual({
      status: 'ready',
      shown: 'pending',
      overdue: true,
    });
    expect(taskStatus('pending', due(-7), 'active', NOW).status).toBe('failed');
    expect(taskStatus('pending', due(-1), 'cancelled', NOW).status).toBe('cancelled');
    expect(taskStatus('pending', due(-1), 'declined', NOW).status).toBe('cancelled');
    expect(taskStatus('submitted', due(-1), 'active', NOW).status).toBe('completed');
    expect(taskStatus('reviewed', due(-9), 'completed', NOW).status).toBe('completed');
    expect(taskStatus('declined', due(1), 'active', NOW).status).toBe('rejected');
  });

  it('keeps an answer that does not fit its question type as the nearest FHIR value', () => {
    expect(answersTo({ key: 'n', label: 'N', type: 'number', required: false }, 3)).toEqual([
      { valueDecimal: 3 },
    ]);
    expect(answersTo({ key: 't', label: 'T', type: 'time', required: false }, 'soon')).toEqual([
      { valueString: 'soon' },
    ]);
    expect(answersTo({ key: 's', label: 'S', type: 'scale', required: false, min: 0, max: 10 }, 2.5)).toEqual(
      [{ valueDecimal: 2.5 }],
    );
    expect(answersTo({ key: 'y', label: 'Y', type: 'yesNo', required: false }, null)).toEqual([]);
    expect(
      answersTo(
        {
          key: 'c',
          label: 'C',
          type: 'singleChoice',
          required: false,
          options: [
            { value: 'a  b', label: 'Two spaces' },
            { value: 'c', label: 'C' },
          ],
        },
        'a  b',
      ),
    ).toEqual([{ valueString: 'a  b' }]);
  });

  it('leaves out answers to questions the template version does not have, and empty rows', () => {
    const fields = [
      { key: 'entry', label: 'Entry', type: 'longText', required: true },
      {
        key: 'rows',
        label: 'Rows',
        type: 'group',
        required: false,
        itemLabel: 'Row',
        minItems: 0,
        maxItems: 5,
        fields: [{ key: 'x', label: 'X', type: 'shortText', required: false }],
      },
    ] as TemplateField[];
    expect(responseItems(fields, { stray: 'kept out', rows: [{ x: ' ' }, 'not a row'] })).toEqual([]);
  });

  it('builds a Bundle the contract accepts, with a closed assignment’s Task cancelled', () => {
    const bundle = homeworkBundle(
      id(9),
      id(8),
      {
        occurrences: [
          occurrence({ assignment_status: 'cancelled', due_at: new Date(NOW.getTime() - DAY) }),
          occurrence({
            id: id(4),
            status: 'declined',
            decline_reason: 'other',
            decline_note: '  ',
            declined_at: NOW,
          }),
        ],
        assignmentDeclines: [],
        submissions: [],
        scores: [],
      },
      NOW,
    );
    expect(FhirBundleSchema.safeParse(bundle).error).toBeUndefined();
    const [cancelled, rejected] = bundle.entry.map((e) => e.resource);
    expect(cancelled).toMatchObject({ status: 'cancelled', businessStatus: { text: 'overdue' } });
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: { coding: [{ code: 'other' }] } });
    expect(rejected).not.toHaveProperty('note');
  });
});
