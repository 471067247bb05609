import {
  FIELD_TYPES,
  HOMEWORK_KINDS,
  type HomeworkKind,
  type MeasureCodeValue,
  type ProgramRecurrence,
  type Weekday,
} from '@interlude/contracts';

/** Kinds in the clinic's words, in the order the library lists them. */
export const KIND_LABEL: Record<HomeworkKind, string> = {
  journal: 'Journal',
  schedule: 'Activity schedule',
  event_plan: 'Event plan',
  interests: 'Interests',
  worksheet: 'Worksheet',
  reach_out: 'Reaching out',
  meeting: 'Support meeting',
  social_skills: 'Social skills',
  reading: 'Reading',
  measure: 'Questionnaire',
};

/** What a client does with each kind, for the kind picker. */
export const KIND_HINT: Record<HomeworkKind, string> = {
  journal: 'Dated entries answering a prompt, often daily, with an optional mood rating.',
  schedule: 'A weekly plan of activities, with enjoyment and mastery ratings.',
  event_plan: 'Preparing for an event: goal, steps, obstacles, coping and a back-up plan, then a reflection.',
  interests: 'Hobbies and interests to rate, pick one to try, and report back.',
  worksheet: 'A form the clinic designs, such as a thought record.',
  reach_out: 'Contacting someone: who, how, when, how it went, and feelings before and after.',
  meeting: 'Going to a support meeting and reflecting on it.',
  social_skills: 'Practising a social skill in a real situation and rating how it went.',
  reading: 'Reading material, with highlights and notes to talk about next session.',
  measure: 'A standard questionnaire, scored automatically.',
};

/** Every kind a clinic can build; questionnaires come only from the library. */
export const BUILDABLE_KINDS = HOMEWORK_KINDS.filter((kind) => kind !== 'measure');

export const kindOptions = (kinds: readonly HomeworkKind[] = HOMEWORK_KINDS) =>
  kinds.map((kind) => ({ value: kind, label: KIND_LABEL[kind] }));

export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABEL: Record<FieldType, string> = {
  shortText: 'Short text',
  longText: 'Long text',
  number: 'Number',
  scale: 'Scale',
  singleChoice: 'Single choice',
  multiChoice: 'Multiple choice',
  date: 'Date',
  time: 'Time',
  yesNo: 'Yes/No',
  group: 'Repeating group',
};

/** The types a repeating group's rows can hold (no group inside a group). */
export const SIMPLE_FIELD_TYPES = FIELD_TYPES.filter((type) => type !== 'group');

export const SOURCE_LABEL = { library: 'Library', clinic: 'Clinic' } as const;
export const SOURCE_HINT = {
  library: 'From the starter library',
  clinic: 'Made by your clinic',
} as const;

export const MEASURE_LABEL: Record<MeasureCodeValue, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };

export const WEEKDAY_LABEL: Record<Weekday, { short: string; long: string }> = {
  mon: { short: 'Mon', long: 'Monday' },
  tue: { short: 'Tue', long: 'Tuesday' },
  wed: { short: 'Wed', long: 'Wednesday' },
  thu: { short: 'Thu', long: 'Thursday' },
  fri: { short: 'Fri', long: 'Friday' },
  sat: { short: 'Sat', long: 'Saturday' },
  sun: { short: 'Sun', long: 'Sunday' },
};

export const RECURRENCE_LABEL: Record<ProgramRecurrence['kind'], string> = {
  once: 'Once',
  daily: 'Every day',
  weekly: 'Every week',
  weekdays: 'On chosen days',
  timesPerWeek: 'Times a week',
};

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);

/** "Every day, 7 times" / "Mon, Wed and Fri, 6 times in all". */
export function describeRecurrence(recurrence: ProgramRecurrence): string {
  switch (recurrence.kind) {
    case 'once':
      return 'Once';
    case 'daily':
      return `Every day, ${times(recurrence.count)}`;
    case 'weekly':
      return `Every week, ${times(recurrence.count)}`;
    case 'weekdays':
      return `${listWords(recurrence.days.map((day) => WEEKDAY_LABEL[day].short))}, ${times(recurrence.count)} in all`;
    case 'timesPerWeek':
      return `${times(recurrence.timesPerWeek)[0].toUpperCase()}${times(recurrence.timesPerWeek).slice(1)} a week, ${times(recurrence.count)} in all`;
  }
}

/** "a, b and c". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** How long a program runs, from its first step's start to its last due date. */
export function describeLength(days: number): string {
  if (days <= 0) return 'A single day';
  if (days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

/** When a program step starts, relative to the program's first day (offset 0). */
export const describeDayOffset = (dayOffset: number): string =>
  dayOffset === 0
    ? 'Starts on the first day'
    : `Starts after ${dayOffset} ${dayOffset === 1 ? 'day' : 'days'}`;
