import type { Program, ProgramStep, Template, TemplateSummary } from '@interlude/contracts';

export const templateId = (n: number) => `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e70${String(n).padStart(2, '0')}`;
export const programId = (n: number) => `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e80${String(n).padStart(2, '0')}`;

export function templateSummary(n: number, overrides: Partial<TemplateSummary> = {}): TemplateSummary {
  return {
    id: templateId(n),
    kind: 'worksheet',
    title: `Template ${n}`,
    status: 'active',
    source: 'clinic',
    measure: null,
    version: 1,
    updatedAt: '2026-07-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A thought record: a worksheet with text, a scale, a choice and a repeating group. */
export function thoughtRecord(overrides: Partial<Template> = {}): Template {
  return {
    ...templateSummary(1, { title: 'Thought record', version: 3 }),
    instructions: 'When you notice a strong feeling, write down what happened.',
    fields: [
      { key: 'situation', label: 'What happened?', type: 'longText', required: true },
      {
        key: 'distress',
        label: 'How strong was the feeling?',
        type: 'scale',
        required: true,
        min: 0,
        max: 10,
        minLabel: 'Not at all',
        maxLabel: 'Overwhelming',
      },
      {
        key: 'feeling',
        label: 'Which feeling was it?',
        type: 'singleChoice',
        required: false,
        options: [
          { value: 'anxious', label: 'Anxious' },
          { value: 'low', label: 'Low' },
        ],
      },
      {
        key: 'thoughts',
        label: 'Thoughts',
        type: 'group',
        required: false,
        itemLabel: 'Thought',
        minItems: 1,
        maxItems: 5,
        fields: [{ key: 'thought', label: 'The thought', type: 'shortText', required: true }],
      },
    ],
    updatedBy: 'Cal Clinician',
    ...overrides,
  };
}

export function phq9(overrides: Partial<Template> = {}): Template {
  return {
    ...templateSummary(9, {
      kind: 'measure',
      title: 'PHQ-9',
      source: 'library',
      measure: 'phq9',
      version: 1,
    }),
    instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    fields: [
      {
        key: 'item1',
        label: 'Little interest or pleasure in doing things',
        type: 'singleChoice',
        required: true,
        options: [
          { value: '0', label: 'Not at all' },
          { value: '1', label: 'Several days' },
          { value: '2', label: 'More than half the days' },
          { value: '3', label: 'Nearly every day' },
        ],
      },
    ],
    updatedBy: null,
    ...overrides,
  };
}

export function programStep(position: number, overrides: Partial<ProgramStep> = {}): ProgramStep {
  return {
    position,
    template: { id: templateId(position), title: `Template ${position}`, kind: 'journal' },
    dayOffset: 0,
    recurrence: { kind: 'once' },
    instructions: null,
    ...overrides,
  };
}

export function program(n: number, overrides: Partial<Program> = {}): Program {
  return {
    id: programId(n),
    name: `Program ${n}`,
    description: '',
    status: 'active',
    source: 'clinic',
    steps: [programStep(1)],
    lengthDays: 0,
    updatedAt: '2026-07-01T12:00:00.000Z',
    ...overrides,
  };
}
