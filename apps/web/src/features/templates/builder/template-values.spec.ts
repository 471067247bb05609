import { TemplateFieldSchema } from '@interlude/contracts';
import { thoughtRecord } from '../../../test-utils/template-fixtures';
import {
  contentOf,
  deriveKey,
  newQuestion,
  sameContent,
  toContent,
  toFieldShape,
  toTemplateValues,
  uniqueKey,
  withType,
} from './template-values';

describe('keys made from a question’s text', () => {
  it.each([
    ['How did you feel afterwards?', 'howDidYouFeelAfterwards'],
    ['Mood (0–10)', 'mood010'],
    ['  Café visits  ', 'cafeVisits'],
    ['3 good things', 'q3GoodThings'],
    ['What did you do, who were you with, and how long did it last?', 'whatDidYouDoWho'],
    ['?!', ''],
  ])('%s → %s', (label, key) => {
    expect(deriveKey(label)).toBe(key);
    if (key) expect(TemplateFieldSchema.safeParse({ key, label, type: 'date' }).success).toBe(true);
  });

  it('are made unique among the siblings, within 40 characters', () => {
    expect(uniqueKey('mood', ['sleep'])).toBe('mood');
    expect(uniqueKey('mood', ['mood', 'mood2'])).toBe('mood3');
    expect(uniqueKey('', ['question'])).toBe('question2');
    const long = 'a'.repeat(40);
    expect(uniqueKey(long, [long])).toBe(`${'a'.repeat(39)}2`);
  });
});

describe('questions as the request holds them', () => {
  it('send only the chosen type’s settings, leaving out empty optional ones', () => {
    const question = {
      ...withType(newQuestion([]), 'number'),
      label: 'Hours slept',
      key: 'hoursSlept',
      min: 0,
      max: '',
      unit: 'hours',
      minLabel: 'left over from a scale',
    };
    expect(toFieldShape(question)).toEqual({
      key: 'hoursSlept',
      label: 'Hours slept',
      required: false,
      type: 'number',
      min: 0,
      unit: 'hours',
    });
  });

  it('give new options a value from their label, unique within the question, and keep saved ones', () => {
    const question = withType(newQuestion([]), 'multiChoice');
    question.options = [
      { uid: 'a', value: 'calm', label: 'Calm (saved)' },
      { uid: 'b', value: '', label: 'Calm' },
      { uid: 'c', value: '', label: '' },
    ];
    expect(toFieldShape(question).options).toEqual([
      { value: 'calm', label: 'Calm (saved)' },
      { value: 'calm_2', label: 'Calm' },
      { value: 'option_3', label: '' },
    ]);
  });

  it('round-trip a saved version unchanged', () => {
    const template = thoughtRecord();
    expect(sameContent(toContent(toTemplateValues(template)), contentOf(template))).toBe(true);

    const values = toTemplateValues(template);
    values.fields[1] = { ...values.fields[1], max: 8 };
    expect(sameContent(toContent(values), contentOf(template))).toBe(false);
  });
});
