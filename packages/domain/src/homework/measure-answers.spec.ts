import { getMeasureDefinition } from '../measures/measure-definitions';
import { scoreMeasure } from '../measures/score-measure';
import { measureInstructions, measureItemAnswers, measureTemplateFields } from './measure-answers';
import { validateResponse } from './validate-response';

/** A response answering item i with values[i], as the portal sends it (option values are strings). */
const response = (values: readonly number[], extra: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(values.map((value, i) => [`item${i + 1}`, String(value)])),
  ...extra,
});

describe('measureTemplateFields', () => {
  it.each([
    ['phq9', 9],
    ['gad7', 7],
  ] as const)('%s has %i required items then an optional difficulty question', (code, count) => {
    const fields = measureTemplateFields(code);
    expect(fields.map((field) => field.key)).toEqual([
      ...Array.from({ length: count }, (_, i) => `item${i + 1}`),
      'difficulty',
    ]);
    expect(fields.slice(0, count).every((field) => field.required === true)).toBe(true);
    expect(fields.at(-1)?.required).toBe(false);
  });

  it('uses the published item wording and options exactly as in measures.json', () => {
    const definition = getMeasureDefinition('phq9');
    const fields = measureTemplateFields('phq9');
    expect(fields.slice(0, 9).map((field) => field.label)).toEqual(definition.items);
    expect(fields[8]).toEqual({
      key: 'item9',
      label: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      required: true,
      type: 'singleChoice',
      options: [
        { value: '0', label: 'Not at all' },
        { value: '1', label: 'Several days' },
        { value: '2', label: 'More than half the days' },
        { value: '3', label: 'Nearly every day' },
      ],
    });
  });

  it('offers the difficulty question with its own four answers', () => {
    const difficulty = measureTemplateFields('gad7').at(-1);
    expect(difficulty).toMatchObject({
      key: 'difficulty',
      label: getMeasureDefinition('gad7').difficulty.text,
      type: 'singleChoice',
      options: [
        { value: '0', label: 'Not difficult at all' },
        { value: '1', label: 'Somewhat difficult' },
        { value: '2', label: 'Very difficult' },
        { value: '3', label: 'Extremely difficult' },
      ],
    });
  });

  it('uses the instrument’s stem as the instructions', () => {
    expect(measureInstructions('phq9')).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
  });

  it('gives fresh field lists, so changing one cannot change the next', () => {
    expect(measureTemplateFields('phq9')).not.toBe(measureTemplateFields('phq9'));
  });
});

describe('measureItemAnswers', () => {
  it('turns a validated PHQ-9 response into the numbers scoreMeasure takes', () => {
    const answers = response([1, 2, 1, 3, 0, 1, 2, 0, 0], { difficulty: '1' });
    expect(validateResponse(measureTemplateFields('phq9'), answers)).toEqual([]);
    const items = measureItemAnswers('phq9', answers);
    expect(items).toEqual([1, 2, 1, 3, 0, 1, 2, 0, 0]);
    expect(scoreMeasure('phq9', items)).toMatchObject({
      total: 10,
      band: 'Moderate',
      raisesRiskAlert: false,
    });
  });

  it('keeps item 9 in place so a risk answer raises the alert', () => {
    const items = measureItemAnswers('phq9', response([0, 0, 0, 0, 0, 0, 0, 0, 2]));
    expect(scoreMeasure('phq9', items)).toMatchObject({ total: 2, riskItemAnswer: 2, raisesRiskAlert: true });
  });

  it('scores GAD-7 without the unscored difficulty answer', () => {
    const items = measureItemAnswers('gad7', response([3, 3, 2, 2, 1, 1, 0], { difficulty: '3' }));
    expect(items).toEqual([3, 3, 2, 2, 1, 1, 0]);
    expect(scoreMeasure('gad7', items).total).toBe(12);
  });

  it('refuses a response with an item missing, naming the item', () => {
    const answers = response([1, 1, 1, 1, 1, 1]);
    expect(() => measureItemAnswers('gad7', answers)).toThrow('GAD-7 item 7 needs one of 0, 1, 2, 3');
  });

  it.each([[2], ['4'], ['two'], [null]])('refuses %p as an item answer', (value) => {
    const answers = { ...response([0, 0, 0, 0, 0, 0, 0, 0, 0]), item3: value };
    expect(() => measureItemAnswers('phq9', answers)).toThrow('PHQ-9 item 3 needs one of 0, 1, 2, 3');
  });

  it('refuses an unknown measure code', () => {
    expect(() => measureItemAnswers('bdi' as never, {})).toThrow('Unknown measure "bdi"');
  });
});

describe('validateResponse with a questionnaire', () => {
  it('asks for every unanswered item but not the difficulty question', () => {
    const problems = validateResponse(measureTemplateFields('gad7'), { item1: '0', item2: '5' });
    expect(problems).toEqual([
      {
        path: 'answers.item2',
        message:
          'Choose one of the options: Not at all, Several days, More than half the days or Nearly every day',
      },
      ...[3, 4, 5, 6, 7].map((i) => ({ path: `answers.item${i}`, message: 'Answer this question' })),
    ]);
  });
});
