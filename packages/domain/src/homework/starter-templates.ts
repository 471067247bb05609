// The starter library: one ready-made template for each kind of homework (spec §1), copied into a
// clinic's library for clinicians to use as they are or adapt. Everything here is read by clients,
// so it is written in plain, warm, non-judgmental language: homework is practice, not a test, and
// an attempt that did not go to plan is as useful to talk about as one that did.
import type { MeasureCode } from '../measures/measure-definitions';
import type { HomeworkField, HomeworkKindName, ScaleField } from './field-types';
import { measureInstructions, measureTemplateFields } from './measure-answers';

export interface StarterTemplate {
  /** Stable identifier of the starter within the library (programs refer to templates by it). */
  readonly starterKey: string;
  readonly kind: HomeworkKindName;
  readonly title: string;
  readonly instructions: string;
  readonly fields: HomeworkField[];
  /** The questionnaire a `measure` template scores as; null for every other kind. */
  readonly measure: MeasureCode | null;
}

/** A 0–10 rating with words at both ends, the scale clients meet throughout the library. */
const rating = (
  key: string,
  label: string,
  required: boolean,
  minLabel: string,
  maxLabel: string,
): ScaleField => ({ key, label, required, type: 'scale', min: 0, max: 10, minLabel, maxLabel });

const dailyJournal: StarterTemplate = {
  starterKey: 'daily-journal',
  kind: 'journal',
  title: 'Daily journal',
  instructions:
    'Take a few minutes each day to write about your day. There are no right or wrong answers, and ' +
    'spelling does not matter: write as much or as little as feels useful. We can look at it together ' +
    'in your next session.',
  measure: null,
  fields: [
    {
      key: 'entry',
      label: 'What stood out for you today, and how did you feel about it?',
      help: 'It could be something that happened, something you did, or something you noticed.',
      required: true,
      type: 'longText',
    },
    rating('mood', 'How would you rate your mood today?', false, 'Very low', 'Very good'),
  ],
};

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

const weeklyActivitySchedule: StarterTemplate = {
  starterKey: 'weekly-activity-schedule',
  kind: 'schedule',
  title: 'Weekly activity schedule',
  instructions:
    'Use this to keep track of what you do across the week. Add a row for each activity, big or ' +
    'small: getting up and dressed counts as much as seeing a friend. For each one, rate how much you ' +
    'enjoyed it and how much of a sense of achievement it gave you. If something you planned did not ' +
    'happen, that is fine: noticing it is useful too.',
  measure: null,
  fields: [
    {
      key: 'activities',
      label: 'Your activities this week',
      required: true,
      type: 'group',
      itemLabel: 'Activity',
      minItems: 1,
      maxItems: 50,
      fields: [
        {
          key: 'day',
          label: 'Day',
          required: true,
          type: 'singleChoice',
          options: DAYS.map(([value, label]) => ({ value, label })),
        },
        { key: 'time', label: 'About what time?', required: false, type: 'time' },
        {
          key: 'activity',
          label: 'What did you do (or plan to do)?',
          required: true,
          type: 'shortText',
          maxLength: 200,
        },
        { key: 'done', label: 'Did it happen?', required: true, type: 'yesNo' },
        rating('enjoyment', 'How much did you enjoy it?', false, 'Not at all', 'Very much'),
        rating(
          'mastery',
          'How much of a sense of achievement did it give you?',
          false,
          'None',
          'A great deal',
        ),
      ],
    },
    {
      key: 'weekReflection',
      label: 'Looking back over the week, what did you notice?',
      help: 'For example, which activities lifted your mood, or what got in the way.',
      required: false,
      type: 'longText',
    },
  ],
};

const difficultEventPlan: StarterTemplate = {
  starterKey: 'difficult-event-plan',
  kind: 'event_plan',
  title: 'Plan for a difficult event',
  instructions:
    'Planning ahead can make a hard situation feel more manageable. Think of an event coming up that ' +
    'you expect to find difficult, and work through it one step at a time. Your back-up plan is there ' +
    'so you know what you will do if things become too much; using it is looking after yourself, not ' +
    'giving up. After the event, come back and add a few words about how it went.',
  measure: null,
  fields: [
    { key: 'event', label: 'What is the event?', required: true, type: 'shortText', maxLength: 200 },
    { key: 'eventDate', label: 'When is it?', required: true, type: 'date' },
    {
      key: 'goal',
      label: 'What would you like to get out of it?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'steps',
      label: 'The steps you will take',
      help: 'Small steps are best, in the order you will take them.',
      required: true,
      type: 'group',
      itemLabel: 'Step',
      minItems: 1,
      maxItems: 15,
      fields: [
        { key: 'step', label: 'What will you do?', required: true, type: 'shortText', maxLength: 300 },
      ],
    },
    {
      key: 'obstacles',
      label: 'What might get in the way?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'copingStrategies',
      label: 'What could help you cope if it gets hard?',
      help: 'For example, a breathing exercise, something kind to say to yourself, or a person to text.',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'backupPlan',
      label: 'What is your back-up plan if things become too much?',
      help: 'For example, who you can call, where you can go, or how you can leave safely.',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'reflection',
      label: 'Afterwards: how did it go, and what did you learn?',
      help: 'Fill this in after the event. Whatever happened, you faced something hard.',
      required: false,
      type: 'longText',
    },
  ],
};

const interests: StarterTemplate = {
  starterKey: 'hobbies-and-interests',
  kind: 'interests',
  title: 'Hobbies and interests',
  instructions:
    'List things you enjoy, used to enjoy, or have always wanted to try. Nothing is too small or too ' +
    'silly to include. Rate how interested you feel in each one right now, then choose one to try ' +
    'before your next session. Afterwards, come back and tell us how it went.',
  measure: null,
  fields: [
    {
      key: 'interests',
      label: 'Your hobbies and interests',
      required: true,
      type: 'group',
      itemLabel: 'Interest',
      minItems: 1,
      maxItems: 30,
      fields: [
        { key: 'interest', label: 'Hobby or interest', required: true, type: 'shortText', maxLength: 200 },
        rating('rating', 'How interested are you in it right now?', true, 'Not at all', 'Very'),
      ],
    },
    {
      key: 'toTry',
      label: 'Which one would you like to try first?',
      required: true,
      type: 'shortText',
      maxLength: 200,
    },
    {
      key: 'plan',
      label: 'When and how will you try it?',
      required: false,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'howItWent',
      label: 'After you have tried it: how did it go?',
      help: 'It is fine if it was not as good as you hoped; that is useful to know too.',
      required: false,
      type: 'longText',
    },
  ],
};

/** Intensity of a feeling on the 0–100 scale thought records traditionally use. */
const intensity = (key: string, label: string): ScaleField => ({
  key,
  label,
  required: true,
  type: 'scale',
  min: 0,
  max: 100,
  minLabel: 'Not at all',
  maxLabel: 'As strong as it gets',
});

const thoughtRecord: StarterTemplate = {
  starterKey: 'thought-record',
  kind: 'worksheet',
  title: 'Thought record',
  instructions:
    'When you notice a strong feeling, use this to slow things down and look at the thought behind ' +
    'it. Fill it in as soon as you can after the moment. There are no wrong answers: the aim is to ' +
    'notice what is going on, not to judge yourself.',
  measure: null,
  fields: [
    {
      key: 'situation',
      label: 'What was happening?',
      help: 'Where were you, who were you with, and what were you doing?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'automaticThought',
      label: 'What went through your mind?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'emotion',
      label: 'What did you feel?',
      help: 'For example: anxious, sad, angry, ashamed.',
      required: true,
      type: 'shortText',
      maxLength: 200,
    },
    intensity('emotionIntensity', 'How strong was that feeling?'),
    {
      key: 'evidenceFor',
      label: 'What makes the thought seem true?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'evidenceAgainst',
      label: 'What does not fit with the thought?',
      help: 'What might a good friend say if they knew what you were thinking?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    {
      key: 'balancedThought',
      label: 'What is a more balanced way of seeing it?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    intensity('emotionAfter', 'How strong is the feeling now?'),
  ],
};

const reachOut: StarterTemplate = {
  starterKey: 'reach-out',
  kind: 'reach_out',
  title: 'Reaching out to someone',
  instructions:
    'Being in touch with people can lift your mood, even when it is the last thing you feel like ' +
    'doing. Choose someone to contact (a friend, family member, neighbour or colleague) and plan how ' +
    'and when. Afterwards, note how it went. If it did not go as you hoped, that is worth talking ' +
    'about too.',
  measure: null,
  fields: [
    { key: 'who', label: 'Who will you reach out to?', required: true, type: 'shortText', maxLength: 200 },
    {
      key: 'how',
      label: 'How will you get in touch?',
      required: true,
      type: 'singleChoice',
      options: [
        { value: 'call', label: 'Phone call' },
        { value: 'text', label: 'Text or message' },
        { value: 'inPerson', label: 'In person' },
        { value: 'video', label: 'Video call' },
      ],
    },
    { key: 'when', label: 'When will you do it?', required: true, type: 'date' },
    rating('feelingBefore', 'How are you feeling before you get in touch?', false, 'Very low', 'Very good'),
    { key: 'howItWent', label: 'How did it go?', required: false, type: 'longText' },
    rating('feelingAfter', 'How are you feeling afterwards?', false, 'Very low', 'Very good'),
  ],
};

const supportMeeting: StarterTemplate = {
  starterKey: 'support-meeting',
  kind: 'meeting',
  title: 'Attending a support meeting',
  instructions:
    'Support meetings, such as AA, NA, SMART Recovery or a peer support group, are a place to connect ' +
    'with people who understand. Note which meeting you plan to go to and, afterwards, whether you went ' +
    'and how it was. If you did not make it, that is okay: tell us what got in the way so we can think ' +
    'about it together.',
  measure: null,
  fields: [
    { key: 'meeting', label: 'Which meeting?', required: true, type: 'shortText', maxLength: 200 },
    { key: 'meetingDate', label: 'When is it?', required: true, type: 'date' },
    { key: 'attended', label: 'Did you go?', required: true, type: 'yesNo' },
    {
      key: 'reflection',
      label: 'How was it? What did you take away, or what got in the way?',
      required: false,
      type: 'longText',
    },
  ],
};

const socialSkillPractice: StarterTemplate = {
  starterKey: 'social-skill-practice',
  kind: 'social_skills',
  title: 'Practising a social skill',
  instructions:
    'Practising a skill in real situations is how it starts to feel natural. Try out the skill we ' +
    'worked on in session and write down what happened. Be kind to yourself when you rate how it ' +
    'went: every attempt counts, including the awkward ones.',
  measure: null,
  fields: [
    {
      key: 'skill',
      label: 'Which skill did you practise?',
      help: 'For example: starting a conversation, saying no, or asking for help.',
      required: true,
      type: 'shortText',
      maxLength: 200,
    },
    {
      key: 'situation',
      label: 'Where were you, and who was there?',
      required: true,
      type: 'longText',
      maxLength: 2000,
    },
    { key: 'whatHappened', label: 'What happened?', required: true, type: 'longText' },
    rating('selfRating', 'How well do you feel it went?', true, 'Not well', 'Very well'),
    {
      key: 'nextTime',
      label: 'Anything you would like to try next time?',
      required: false,
      type: 'longText',
    },
  ],
};

const reading: StarterTemplate = {
  starterKey: 'reading',
  kind: 'reading',
  title: 'Reading assignment',
  instructions:
    'Read the material your clinician suggested, at your own pace. As you go, note any passages that ' +
    'stand out: things that make sense to you, surprise you, or that you disagree with. Your clinician ' +
    'is reading the same material, so you can talk it through together next session.',
  measure: null,
  fields: [
    { key: 'title', label: 'What are you reading?', required: true, type: 'shortText', maxLength: 300 },
    {
      key: 'pages',
      label: 'Which pages or chapters?',
      help: 'For example: chapter 3, or pages 12 to 30.',
      required: false,
      type: 'shortText',
      maxLength: 200,
    },
    {
      key: 'highlights',
      label: 'Passages that stood out',
      required: false,
      type: 'group',
      itemLabel: 'Highlight',
      minItems: 0,
      maxItems: 30,
      fields: [
        {
          key: 'quote',
          label: 'The passage, or where to find it',
          required: true,
          type: 'longText',
          maxLength: 2000,
        },
        { key: 'note', label: 'Your thoughts on it', required: false, type: 'longText', maxLength: 2000 },
      ],
    },
    {
      key: 'discussionNotes',
      label: 'What would you like to talk about next session?',
      required: false,
      type: 'longText',
    },
  ],
};

const measureTemplate = (code: MeasureCode, title: string): StarterTemplate => ({
  starterKey: code,
  kind: 'measure',
  title,
  instructions: measureInstructions(code),
  measure: code,
  fields: measureTemplateFields(code),
});

/** One template per kind (two questionnaires), in the order the library lists them. */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  dailyJournal,
  weeklyActivitySchedule,
  difficultEventPlan,
  interests,
  thoughtRecord,
  reachOut,
  supportMeeting,
  socialSkillPractice,
  reading,
  measureTemplate('phq9', 'PHQ-9 — how have you been feeling?'),
  measureTemplate('gad7', 'GAD-7 — how have worry and anxiety been?'),
];

/** The starter template with this key; throws for an unknown key (a bug in a program definition). */
export function starterTemplate(starterKey: string): StarterTemplate {
  const template = STARTER_TEMPLATES.find((candidate) => candidate.starterKey === starterKey);
  if (!template) throw new Error(`No starter template "${starterKey}"`);
  return template;
}
