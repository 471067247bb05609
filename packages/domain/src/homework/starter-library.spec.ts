import { MEASURE_CODES } from '../measures/measure-definitions';
import { expandSchedule } from '../schedules/expand-schedule';
import type { HomeworkField, HomeworkKindName } from './field-types';
import { measureInstructions, measureTemplateFields } from './measure-answers';
import { programLengthDays, programStepSchedule } from './program-schedule';
import { STARTER_PROGRAMS, STARTER_TEMPLATES, starterTemplate } from './starter-library';
import { validateResponse } from './validate-response';

const KINDS: HomeworkKindName[] = [
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
];
const FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const COMMON = ['key', 'label', 'help', 'required', 'type'];
/** The properties each field type may have: the contract's field schemas are strict. */
const ALLOWED_PROPERTIES: Record<HomeworkField['type'], string[]> = {
  shortText: [...COMMON, 'maxLength'],
  longText: [...COMMON, 'maxLength'],
  number: [...COMMON, 'min', 'max', 'integer', 'unit'],
  scale: [...COMMON, 'min', 'max', 'minLabel', 'maxLabel'],
  singleChoice: [...COMMON, 'options'],
  multiChoice: [...COMMON, 'options', 'maxSelected'],
  date: COMMON,
  time: COMMON,
  yesNo: COMMON,
  group: [...COMMON, 'itemLabel', 'minItems', 'maxItems', 'fields'],
};

const allFields = STARTER_TEMPLATES.flatMap((template) =>
  template.fields.flatMap((field) => [field, ...(field.type === 'group' ? field.fields : [])]),
);
const fieldCases = allFields.map((field) => [field.key, field] as const);

/** Checks one list of fields the way the contract's TemplateFieldsSchema does. */
const expectValidFieldList = (fields: readonly HomeworkField[], max: number) => {
  expect(fields.length).toBeGreaterThanOrEqual(1);
  expect(fields.length).toBeLessThanOrEqual(max);
  const keys = fields.map((field) => field.key);
  expect(new Set(keys).size).toBe(keys.length);
};

/** The simplest complete answer to a question, for checking a template accepts a full response. */
const sampleAnswer = (field: HomeworkField): unknown => {
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return 'Something I noticed';
    case 'number':
      return field.min ?? 0;
    case 'scale':
      return field.max;
    case 'singleChoice':
      return field.options[0]?.value;
    case 'multiChoice':
      return [field.options[0]?.value];
    case 'date':
      return '2026-03-10';
    case 'time':
      return '18:30';
    case 'yesNo':
      return false;
    case 'group':
      return Array.from({ length: Math.max(1, field.minItems ?? 0) }, () => sampleResponse(field.fields));
  }
};
const sampleResponse = (fields: readonly HomeworkField[]) =>
  Object.fromEntries(fields.map((field) => [field.key, sampleAnswer(field)]));

describe('STARTER_TEMPLATES: the library as a whole', () => {
  it('has at least one template of each of the ten kinds, and nothing else', () => {
    const kinds = new Set(STARTER_TEMPLATES.map((template) => template.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it('has both questionnaires, PHQ-9 and GAD-7', () => {
    const measures = STARTER_TEMPLATES.filter((template) => template.kind === 'measure').map(
      (t) => t.measure,
    );
    expect(measures.sort()).toEqual([...MEASURE_CODES].sort());
  });

  it('gives every template a distinct key and title', () => {
    const keys = STARTER_TEMPLATES.map((template) => template.starterKey);
    const titles = STARTER_TEMPLATES.map((template) => template.title);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('is frozen, so seeding one clinic cannot change the next clinic’s library', () => {
    const [first] = STARTER_TEMPLATES;
    expect(Object.isFrozen(STARTER_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(first?.fields[0])).toBe(true);
    expect(Object.isFrozen(STARTER_PROGRAMS[0]?.steps[0]?.recurrence)).toBe(true);
  });

  it('finds a template by key, and refuses an unknown key', () => {
    expect(starterTemplate('thought-record').kind).toBe('worksheet');
    expect(() => starterTemplate('nope')).toThrow('No starter template "nope"');
  });
});

describe.each(STARTER_TEMPLATES.map((template) => [template.starterKey, template] as const))(
  'starter template %s',
  (_, template) => {
    it('has a title, instructions and a measure only when it is a questionnaire', () => {
      expect(template.title.trim()).toBe(template.title);
      expect(template.title.length).toBeGreaterThanOrEqual(2);
      expect(template.title.length).toBeLessThanOrEqual(120);
      expect(template.instructions.trim().length).toBeGreaterThan(20);
      expect(template.instructions.length).toBeLessThanOrEqual(4000);
      expect(template.measure !== null).toBe(template.kind === 'measure');
    });

    it('has between 1 and 60 questions with distinct keys, groups holding 1–20 simple ones', () => {
      expectValidFieldList(template.fields, 60);
      for (const field of template.fields) {
        if (field.type === 'group') {
          expectValidFieldList(field.fields, 20);
          expect(field.fields.every((row) => (row.type as string) !== 'group')).toBe(true);
        }
      }
    });

    it('accepts a complete response', () => {
      expect(validateResponse(template.fields, sampleResponse(template.fields))).toEqual([]);
    });

    it('asks for exactly its required questions when nothing is answered', () => {
      const required = template.fields
        .filter((field) => field.required)
        .map((field) => `answers.${field.key}`);
      expect(required.length).toBeGreaterThan(0);
      expect(validateResponse(template.fields, {}).map((problem) => problem.path)).toEqual(required);
    });
  },
);

describe.each(fieldCases)('starter field %s', (_, field) => {
  it('has only the properties its type allows, and says whether it is required', () => {
    const allowed = ALLOWED_PROPERTIES[field.type];
    expect(Object.keys(field).filter((property) => !allowed.includes(property))).toEqual([]);
    expect(typeof field.required).toBe('boolean');
  });

  it('has a valid key, a label and short help', () => {
    expect(field.key).toMatch(FIELD_KEY);
    expect(field.label.trim()).toBe(field.label);
    expect(field.label.length).toBeGreaterThanOrEqual(1);
    expect(field.label.length).toBeLessThanOrEqual(300);
    expect((field.help ?? '').length).toBeLessThanOrEqual(500);
  });

  it('keeps its type’s limits', () => {
    switch (field.type) {
      case 'shortText':
        expect(field.maxLength ?? 500).toBeLessThanOrEqual(500);
        break;
      case 'longText':
        expect(field.maxLength ?? 10_000).toBeLessThanOrEqual(10_000);
        break;
      case 'scale':
        expect(Number.isInteger(field.min) && Number.isInteger(field.max)).toBe(true);
        expect(field.min).toBeLessThan(field.max);
        expect(field.min).toBeGreaterThanOrEqual(-10);
        expect(field.min).toBeLessThanOrEqual(10);
        expect(field.max).toBeLessThanOrEqual(100);
        expect((field.minLabel ?? '').length).toBeLessThanOrEqual(60);
        expect((field.maxLabel ?? '').length).toBeLessThanOrEqual(60);
        break;
      case 'singleChoice':
      case 'multiChoice': {
        const values = field.options.map((option) => option.value);
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(values.length).toBeLessThanOrEqual(30);
        expect(new Set(values).size).toBe(values.length);
        for (const option of field.options) {
          expect(option.value.trim()).toBe(option.value);
          expect(option.value.length).toBeGreaterThanOrEqual(1);
          expect(option.value.length).toBeLessThanOrEqual(60);
          expect(option.label.length).toBeGreaterThanOrEqual(1);
          expect(option.label.length).toBeLessThanOrEqual(200);
          expect(Object.keys(option).sort()).toEqual(['label', 'value']);
        }
        break;
      }
      case 'group':
        expect(field.minItems ?? 0).toBeLessThanOrEqual(field.maxItems ?? 20);
        expect(field.maxItems ?? 20).toBeLessThanOrEqual(50);
        expect((field.itemLabel ?? 'Item').length).toBeLessThanOrEqual(60);
        break;
    }
  });
});

describe('what each kind records (spec §1)', () => {
  const byKind = (kind: HomeworkKindName) => {
    const template = STARTER_TEMPLATES.find((candidate) => candidate.kind === kind);
    if (!template) throw new Error(`no ${kind} template`);
    return template;
  };
  const field = (kind: HomeworkKindName, key: string) => byKind(kind).fields.find((f) => f.key === key);
  const keys = (kind: HomeworkKindName) => byKind(kind).fields.map((f) => f.key);
  const rowKeys = (kind: HomeworkKindName, key: string) => {
    const group = field(kind, key);
    return group?.type === 'group' ? group.fields.map((f) => f.key) : [];
  };

  it('journal: a required entry and an optional 0–10 mood with words at both ends', () => {
    expect(field('journal', 'entry')).toMatchObject({ type: 'longText', required: true });
    expect(field('journal', 'mood')).toMatchObject({ type: 'scale', min: 0, max: 10, required: false });
    expect(field('journal', 'mood')).toHaveProperty('minLabel');
    expect(field('journal', 'mood')).toHaveProperty('maxLabel');
  });

  it('schedule: rows of day, time, activity, done, enjoyment and mastery 0–10', () => {
    expect(rowKeys('schedule', 'activities')).toEqual([
      'day',
      'time',
      'activity',
      'done',
      'enjoyment',
      'mastery',
    ]);
    const activities = field('schedule', 'activities');
    const day = activities?.type === 'group' ? activities.fields[0] : undefined;
    expect(day?.type === 'singleChoice' && day.options.map((o) => o.value)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });

  it('event plan: goal, steps, obstacles, coping and a required back-up plan; reflection afterwards', () => {
    expect(keys('event_plan')).toEqual(
      expect.arrayContaining([
        'event',
        'eventDate',
        'goal',
        'steps',
        'obstacles',
        'copingStrategies',
        'backupPlan',
      ]),
    );
    expect(field('event_plan', 'steps')).toMatchObject({ type: 'group', minItems: 1 });
    expect(field('event_plan', 'backupPlan')).toMatchObject({ required: true });
    expect(field('event_plan', 'reflection')).toMatchObject({ required: false });
  });

  it('interests: rated interests, one to try, and how it went', () => {
    expect(rowKeys('interests', 'interests')).toEqual(['interest', 'rating']);
    expect(keys('interests')).toEqual(expect.arrayContaining(['toTry', 'howItWent']));
  });

  it('worksheet: a full thought record with 0–100 emotion intensity before and after', () => {
    expect(keys('worksheet')).toEqual([
      'situation',
      'automaticThought',
      'emotion',
      'emotionIntensity',
      'evidenceFor',
      'evidenceAgainst',
      'balancedThought',
      'emotionAfter',
    ]);
    expect(field('worksheet', 'emotionIntensity')).toMatchObject({ type: 'scale', min: 0, max: 100 });
  });

  it('reach out: who, how (call, text, in person, video), when, how it went, feeling before and after', () => {
    const how = field('reach_out', 'how');
    expect(how?.type === 'singleChoice' && how.options.map((o) => o.value)).toEqual([
      'call',
      'text',
      'inPerson',
      'video',
    ]);
    expect(keys('reach_out')).toEqual(
      expect.arrayContaining(['who', 'when', 'howItWent', 'feelingBefore', 'feelingAfter']),
    );
  });

  it('meeting, social skills and reading record what the spec lists', () => {
    expect(keys('meeting')).toEqual(['meeting', 'meetingDate', 'attended', 'reflection']);
    expect(keys('social_skills')).toEqual(
      expect.arrayContaining(['skill', 'situation', 'whatHappened', 'selfRating']),
    );
    expect(rowKeys('reading', 'highlights')).toEqual(['quote', 'note']);
    expect(keys('reading')).toEqual(expect.arrayContaining(['title', 'pages', 'discussionNotes']));
  });

  it('accepts a worked thought record', () => {
    const answers = {
      situation: 'Waiting for a reply from my sister',
      automaticThought: 'She is angry with me',
      emotion: 'Anxious',
      emotionIntensity: 80,
      evidenceFor: 'She usually replies within the hour',
      evidenceAgainst: 'She said she was busy at work today',
      balancedThought: 'She is probably busy; I can check in tonight',
      emotionAfter: 40,
    };
    expect(validateResponse(byKind('worksheet').fields, answers)).toEqual([]);
    expect(validateResponse(byKind('worksheet').fields, { ...answers, emotionAfter: 140 })).toEqual([
      { path: 'answers.emotionAfter', message: 'Choose a whole number from 0 to 100' },
    ]);
  });

  it.each(MEASURE_CODES)('questionnaire %s: the library items and stem', (code) => {
    const template = STARTER_TEMPLATES.find((candidate) => candidate.measure === code);
    expect(template?.fields).toEqual(measureTemplateFields(code));
    expect(template?.instructions).toBe(measureInstructions(code));
    expect(template?.starterKey).toBe(code);
  });
});

describe.each(STARTER_PROGRAMS.map((program) => [program.name, program] as const))(
  'starter program %s',
  (_, program) => {
    it('has a name, a description and 1–40 steps in day order', () => {
      expect(program.name.length).toBeGreaterThanOrEqual(2);
      expect(program.name.length).toBeLessThanOrEqual(120);
      expect(program.description.length).toBeLessThanOrEqual(2000);
      expect(program.steps.length).toBeGreaterThanOrEqual(1);
      expect(program.steps.length).toBeLessThanOrEqual(40);
      const offsets = program.steps.map((step) => step.dayOffset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    });

    it('uses starter templates with recurrences the contract accepts', () => {
      for (const step of program.steps) {
        expect(() => starterTemplate(step.templateKey)).not.toThrow();
        expect(Number.isInteger(step.dayOffset) && step.dayOffset >= 0 && step.dayOffset <= 365).toBe(true);
        expect(step.instructions.length).toBeLessThanOrEqual(2000);
        const { recurrence } = step;
        const expectedKeys = {
          once: ['kind'],
          daily: ['count', 'kind'],
          weekly: ['count', 'kind'],
          weekdays: ['count', 'days', 'kind'],
          timesPerWeek: ['count', 'kind', 'timesPerWeek'],
        }[recurrence.kind];
        expect(Object.keys(recurrence).sort()).toEqual(expectedKeys);
        if (recurrence.kind !== 'once') {
          expect(Number.isInteger(recurrence.count) && recurrence.count >= 1 && recurrence.count <= 120).toBe(
            true,
          );
        }
        if (recurrence.kind === 'timesPerWeek')
          expect([1, 2, 3, 4, 5, 6, 7]).toContain(recurrence.timesPerWeek);
        if (recurrence.kind === 'weekdays')
          expect(new Set(recurrence.days).size).toBe(recurrence.days.length);
      }
    });

    it('expands into schedules for a client starting on a Monday', () => {
      for (const step of program.steps) {
        const schedule = programStepSchedule('2026-03-09', '18:00', step.dayOffset, step.recurrence);
        const expected = step.recurrence.kind === 'once' ? 1 : step.recurrence.count;
        expect(expandSchedule(schedule, 'Europe/London')).toHaveLength(expected);
      }
    });
  },
);

describe('the 4-week behavioural activation program', () => {
  const program = STARTER_PROGRAMS.find(
    (candidate) => candidate.starterKey === 'behavioural-activation-4-weeks',
  );
  const steps = program?.steps ?? [];

  it('measures PHQ-9 at the start and every two weeks', () => {
    const phq9 = steps.filter((step) => step.templateKey === 'phq9');
    expect(phq9.map((step) => [step.dayOffset, step.recurrence.kind])).toEqual([
      [0, 'once'],
      [14, 'once'],
      [28, 'once'],
    ]);
  });

  it('monitors activity in week 1, then schedules it weekly for weeks 2–4', () => {
    const schedules = steps.filter((step) => step.templateKey === 'weekly-activity-schedule');
    expect(schedules.map((step) => [step.dayOffset, step.recurrence])).toEqual([
      [6, { kind: 'once' }],
      [13, { kind: 'weekly', count: 3 }],
    ]);
  });

  it('includes interests and reaching out, and runs four weeks', () => {
    const templates = steps.map((step) => step.templateKey);
    expect(templates).toEqual(
      expect.arrayContaining(['hobbies-and-interests', 'reach-out', 'daily-journal']),
    );
    expect(programLengthDays(steps)).toBe(28);
  });
});
