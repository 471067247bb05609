import type { HomeworkField } from './field-types';
import { cleanDraft, isEmptyAnswer, validateResponse } from './validate-response';

/** The problems for one field's value, keyed by path, so a failure reads at a glance. */
const check = (field: HomeworkField, value: unknown) => validateResponse([field], { [field.key]: value });
const problemFor = (field: HomeworkField, value: unknown) => check(field, value)[0]?.message ?? null;

const MOOD: HomeworkField = { key: 'mood', label: 'Mood', type: 'scale', min: 0, max: 10 };
const HOW: HomeworkField = {
  key: 'how',
  label: 'How?',
  type: 'singleChoice',
  required: true,
  options: [
    { value: 'call', label: 'Phone call' },
    { value: 'text', label: 'Text or message' },
    { value: 'inPerson', label: 'In person' },
  ],
};
const FEELINGS: HomeworkField = {
  key: 'feelings',
  label: 'Feelings',
  type: 'multiChoice',
  options: [
    { value: 'sad', label: 'Sad' },
    { value: 'angry', label: 'Angry' },
    { value: 'calm', label: 'Calm' },
  ],
  maxSelected: 2,
};
const STEPS: HomeworkField = {
  key: 'steps',
  label: 'Steps',
  type: 'group',
  required: true,
  itemLabel: 'Step',
  minItems: 1,
  maxItems: 3,
  fields: [
    { key: 'step', label: 'Step', type: 'shortText', required: true },
    { key: 'done', label: 'Done?', type: 'yesNo' },
  ],
};

describe('validateResponse: the response as a whole', () => {
  it.each([null, undefined, 'text', 42, [], [{ entry: 'x' }], new Date()])(
    'refuses %p as answers',
    (answers) => {
      expect(validateResponse([MOOD], answers)).toEqual([
        { path: 'answers', message: 'Send the answers as an object with one entry per question' },
      ]);
    },
  );

  it('accepts a complete, valid response with no problems', () => {
    const fields: HomeworkField[] = [
      { key: 'entry', label: 'Entry', type: 'longText', required: true },
      MOOD,
    ];
    expect(validateResponse(fields, { entry: 'A better day.', mood: 7 })).toEqual([]);
  });

  it('accepts an object without a prototype', () => {
    const answers = Object.assign(Object.create(null), { mood: 3 });
    expect(validateResponse([MOOD], answers)).toEqual([]);
  });

  it('refuses answers to questions the homework does not have, after the question problems', () => {
    expect(validateResponse([HOW], { extra: 'x', how: 'fax' })).toEqual([
      { path: 'answers.how', message: 'Choose one of the options: Phone call, Text or message or In person' },
      { path: 'answers.extra', message: 'This question is not part of this homework' },
    ]);
  });

  it('does not read inherited properties as answers (a field keyed "constructor")', () => {
    const field: HomeworkField = { key: 'constructor', label: 'Odd', type: 'shortText', required: true };
    expect(validateResponse([field], {})).toEqual([
      { path: 'answers.constructor', message: 'Answer this question' },
    ]);
  });

  it('lists every problem, in question order', () => {
    const fields: HomeworkField[] = [
      { key: 'who', label: 'Who', type: 'shortText', required: true },
      HOW,
      { key: 'when', label: 'When', type: 'date', required: true },
    ];
    expect(validateResponse(fields, { when: '2026-13-01' }).map((p) => p.path)).toEqual([
      'answers.who',
      'answers.how',
      'answers.when',
    ]);
  });
});

describe('validateResponse: required and optional questions', () => {
  const required: HomeworkField = { key: 'who', label: 'Who', type: 'shortText', required: true };

  it.each([
    ['absent', undefined],
    ['null', null],
    ['an empty string', ''],
    ['only spaces', '   \n\t'],
  ])('asks for a required answer that is %s', (_, value) => {
    const answers = value === undefined ? {} : { who: value };
    expect(validateResponse([required], answers)).toEqual([
      { path: 'answers.who', message: 'Answer this question' },
    ]);
  });

  it('asks for a required multiple choice left as an empty list', () => {
    expect(problemFor({ ...FEELINGS, required: true }, [])).toBe('Answer this question');
  });

  it.each([undefined, null, '', '  ', []])('lets an optional question be left as %p', (value) => {
    for (const field of [MOOD, FEELINGS, { ...required, required: false }] as HomeworkField[]) {
      expect(validateResponse([field], { [field.key]: value })).toEqual([]);
    }
  });

  it('treats a field without `required` as optional, as the contract does by default', () => {
    expect(validateResponse([MOOD], {})).toEqual([]);
  });

  it('accepts false and 0 as real answers to required questions', () => {
    const fields: HomeworkField[] = [
      { key: 'went', label: 'Went?', type: 'yesNo', required: true },
      { ...MOOD, required: true },
    ];
    expect(validateResponse(fields, { went: false, mood: 0 })).toEqual([]);
  });
});

describe('validateResponse: text', () => {
  const short: HomeworkField = { key: 'who', label: 'Who', type: 'shortText' };
  const long: HomeworkField = { key: 'entry', label: 'Entry', type: 'longText' };

  it('accepts text up to the default lengths, 500 short and 10,000 long', () => {
    expect(check(short, 'a'.repeat(500))).toEqual([]);
    expect(check(long, 'a'.repeat(10_000))).toEqual([]);
  });

  it('refuses text over the default lengths', () => {
    expect(problemFor(short, 'a'.repeat(501))).toBe('Keep this to 500 characters or fewer');
    expect(problemFor(long, 'a'.repeat(10_001))).toBe('Keep this to 10,000 characters or fewer');
  });

  it('uses the field’s own maxLength', () => {
    expect(problemFor({ ...short, maxLength: 10 }, 'eleven char')).toBe(
      'Keep this to 10 characters or fewer',
    );
    expect(check({ ...short, maxLength: 10 }, 'ten chars!')).toEqual([]);
  });

  it.each([42, true, ['a'], { text: 'a' }])('refuses %p as text', (value) => {
    expect(problemFor(short, value)).toBe('Write your answer as text');
  });
});

describe('validateResponse: numbers', () => {
  const hours: HomeworkField = {
    key: 'hours',
    label: 'Hours',
    type: 'number',
    min: 0,
    max: 24,
    unit: 'hours',
  };

  it.each([0, 7.5, 24])('accepts %p within 0–24', (value) => {
    expect(check(hours, value)).toEqual([]);
  });

  it.each([-1, 24.5, Number.NaN, Number.POSITIVE_INFINITY, '7', true])('refuses %p', (value) => {
    expect(problemFor(hours, value)).toBe('Enter a number from 0 to 24 (hours)');
  });

  it('asks for a whole number when the field is integer', () => {
    const times: HomeworkField = {
      key: 'times',
      label: 'Times',
      type: 'number',
      min: 0,
      max: 10,
      integer: true,
    };
    expect(check(times, 3)).toEqual([]);
    expect(problemFor(times, 2.5)).toBe('Enter a whole number from 0 to 10');
  });

  it('names only the limits the field has', () => {
    const base: HomeworkField = { key: 'n', label: 'N', type: 'number' };
    expect(problemFor({ ...base, min: 1 }, 0)).toBe('Enter a number of 1 or more');
    expect(problemFor({ ...base, max: 5 }, 6)).toBe('Enter a number of 5 or less');
    expect(problemFor(base, 'x')).toBe('Enter a number');
    expect(check(base, -1e9)).toEqual([]);
  });
});

describe('validateResponse: scales', () => {
  it.each([0, 5, 10])('accepts %p on a 0–10 scale', (value) => {
    expect(check(MOOD, value)).toEqual([]);
  });

  it.each([-1, 11, 5.5, '5', true])('refuses %p on a 0–10 scale', (value) => {
    expect(problemFor(MOOD, value)).toBe('Choose a whole number from 0 to 10');
  });

  it('works for 0–100 intensity and negative scales', () => {
    expect(check({ ...MOOD, max: 100 }, 85)).toEqual([]);
    expect(problemFor({ ...MOOD, min: -5, max: 5 }, -6)).toBe('Choose a whole number from -5 to 5');
  });
});

describe('validateResponse: choices', () => {
  it('accepts one of the option values, not a label', () => {
    expect(check(HOW, 'inPerson')).toEqual([]);
    expect(problemFor(HOW, 'In person')).toBe(
      'Choose one of the options: Phone call, Text or message or In person',
    );
    expect(problemFor(HOW, ['call'])).not.toBeNull();
  });

  it('does not list a long set of options in the message', () => {
    const many: HomeworkField = {
      key: 'pick',
      label: 'Pick',
      type: 'singleChoice',
      options: Array.from({ length: 9 }, (_, i) => ({ value: `v${i}`, label: `Option ${i}` })),
    };
    expect(problemFor(many, 'nope')).toBe('Choose one of the options given');
  });

  it('accepts distinct option values up to maxSelected', () => {
    expect(check(FEELINGS, ['sad'])).toEqual([]);
    expect(check(FEELINGS, ['sad', 'calm'])).toEqual([]);
  });

  it('refuses too many, repeated or unknown choices', () => {
    expect(problemFor(FEELINGS, ['sad', 'angry', 'calm'])).toBe('Choose up to 2 options');
    expect(problemFor({ ...FEELINGS, maxSelected: 1 }, ['sad', 'calm'])).toBe('Choose only one option');
    expect(problemFor(FEELINGS, ['sad', 'sad'])).toBe('Choose each option only once');
    expect(problemFor(FEELINGS, ['happy'])).toBe('Choose from the options: Sad, Angry or Calm');
    expect(problemFor(FEELINGS, 'sad')).toBe('Choose from the options: Sad, Angry or Calm');
  });

  it('allows every option when there is no maxSelected', () => {
    const { maxSelected: _, ...unlimited } = FEELINGS as Extract<HomeworkField, { type: 'multiChoice' }>;
    expect(check(unlimited, ['sad', 'angry', 'calm'])).toEqual([]);
  });
});

describe('validateResponse: dates, times and yes/no', () => {
  const date: HomeworkField = { key: 'when', label: 'When', type: 'date' };
  const time: HomeworkField = { key: 'at', label: 'At', type: 'time' };
  const yesNo: HomeworkField = { key: 'went', label: 'Went?', type: 'yesNo' };

  it.each(['2026-03-08', '2028-02-29', '2026-12-31'])('accepts the date %s', (value) => {
    expect(check(date, value)).toEqual([]);
  });

  it.each(['8/3/2026', '2026-3-8', '2026-03-08T10:00', 20260308])(
    'asks for YYYY-MM-DD instead of %p',
    (value) => {
      expect(problemFor(date, value)).toBe('Enter a date like 2026-03-08');
    },
  );

  it.each(['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10'])(
    'refuses %s, which is not on the calendar',
    (value) => {
      expect(problemFor(date, value)).toBe('That date is not on the calendar; enter a date like 2026-03-08');
    },
  );

  it.each(['00:00', '09:05', '23:59'])('accepts the time %s', (value) => {
    expect(check(time, value)).toEqual([]);
  });

  it.each(['24:00', '9:00', '09:60', '9am', '09:00:00', 900])('refuses the time %p', (value) => {
    expect(problemFor(time, value)).toBe('Enter a 24-hour time like 09:00');
  });

  it('takes yes/no only as true or false', () => {
    expect(check(yesNo, true)).toEqual([]);
    expect(check(yesNo, false)).toEqual([]);
    for (const value of ['yes', 1, 0, 'false']) expect(problemFor(yesNo, value)).toBe('Choose yes or no');
  });
});

describe('validateResponse: groups of rows', () => {
  it('checks each row with the group’s fields and gives the row in the path', () => {
    const answers = {
      steps: [
        { step: 'Book the train', done: true },
        { step: '  ', done: 'yes' },
        { step: 'Pack', other: 1 },
      ],
    };
    expect(validateResponse([STEPS], answers)).toEqual([
      { path: 'answers.steps.1.step', message: 'Answer this question' },
      { path: 'answers.steps.1.done', message: 'Choose yes or no' },
      { path: 'answers.steps.2.other', message: 'This question is not part of this homework' },
    ]);
  });

  it('accepts rows from minItems to maxItems', () => {
    expect(check(STEPS, [{ step: 'One' }])).toEqual([]);
    expect(check(STEPS, [{ step: 'One' }, { step: 'Two' }, { step: 'Three', done: false }])).toEqual([]);
  });

  it('refuses too many rows, naming the group’s item', () => {
    const rows = [{ step: '1' }, { step: '2' }, { step: '3' }, { step: '4' }];
    expect(check(STEPS, rows)).toEqual([{ path: 'answers.steps', message: 'Add no more than 3 steps' }]);
  });

  it('refuses too few rows, with a plural that reads well', () => {
    const activities: HomeworkField = { ...STEPS, key: 'activities', itemLabel: 'Activity', minItems: 2 };
    expect(problemFor(activities, [{ step: 'Walk' }])).toBe('Add at least 2 activities');
    expect(problemFor({ ...activities, itemLabel: 'Box' }, [{ step: 'x' }])).toBe('Add at least 2 boxes');
    expect(problemFor({ ...activities, itemLabel: 'Day' }, [{ step: 'x' }])).toBe('Add at least 2 days');
  });

  it('treats no rows as unanswered when rows are needed', () => {
    expect(problemFor(STEPS, [])).toBe('Answer this question');
    expect(check({ ...STEPS, required: false }, [])).toEqual([]);
  });

  it('accepts no rows for a group that needs none, even when required', () => {
    expect(check({ ...STEPS, minItems: 0 }, [])).toEqual([]);
  });

  it('uses the contract defaults: 0 to 20 rows called "Item"', () => {
    const {
      itemLabel: _l,
      minItems: _n,
      maxItems: _x,
      ...plain
    } = STEPS as Extract<HomeworkField, { type: 'group' }>;
    const rows = (n: number) => Array.from({ length: n }, () => ({ step: 's' }));
    expect(check(plain, rows(20))).toEqual([]);
    expect(problemFor(plain, rows(21))).toBe('Add no more than 20 items');
  });

  it('refuses a group that is not a list, and rows that are not objects', () => {
    expect(problemFor(STEPS, { step: 'x' })).toBe('Send the answers as a list of rows');
    expect(check(STEPS, [{ step: 'x' }, 'y', null])).toEqual([
      { path: 'answers.steps.1', message: 'Fill in this row with one answer per question' },
      { path: 'answers.steps.2', message: 'Fill in this row with one answer per question' },
    ]);
  });
});

describe('isEmptyAnswer', () => {
  it.each([undefined, null, '', '  ', []])('%p is empty', (value) => {
    expect(isEmptyAnswer(value)).toBe(true);
  });

  it.each([0, false, 'x', ['a'], {}])('%p is an answer', (value) => {
    expect(isEmptyAnswer(value)).toBe(false);
  });
});

describe('cleanDraft', () => {
  it('keeps answers to known questions unchecked and drops the rest', () => {
    expect(cleanDraft([MOOD, HOW], { mood: 'not a number yet', how: 'call', stray: 1 })).toEqual({
      mood: 'not a number yet',
      how: 'call',
    });
  });

  it('drops unknown keys inside a group’s rows, keeping odd rows as they are', () => {
    expect(cleanDraft([STEPS], { steps: [{ step: 'Pack', stray: true }, 'half-typed'] })).toEqual({
      steps: [{ step: 'Pack' }, 'half-typed'],
    });
  });

  it('keeps a group value that is not a list, and does not add missing questions', () => {
    expect(cleanDraft([STEPS, MOOD], { steps: 'x' })).toEqual({ steps: 'x' });
  });

  it('gives an empty draft for answers that are not an object', () => {
    expect(cleanDraft([MOOD], ['mood'])).toEqual({});
    expect(cleanDraft([MOOD], null)).toEqual({});
  });

  it('never copies a prototype-polluting key', () => {
    const draft = cleanDraft([MOOD], JSON.parse('{"__proto__": {"polluted": true}, "mood": 4}'));
    expect(draft).toEqual({ mood: 4 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
