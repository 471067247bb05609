import type {
  MyOccurrence,
  MyOccurrenceItem,
  MyProgress,
  MyProposal,
  SubmitResult,
  TemplateField,
} from '@interlude/contracts';

export const JOURNAL_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000101';
export const PHQ9_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000102';
export const PLAN_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000103';
export const DONE_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000104';
export const OVERDUE_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000105';
export const UPCOMING_OCCURRENCE_ID = '0190a5b4-0000-7000-8000-000000000106';
export const JOURNAL_ASSIGNMENT_ID = '0190a5b4-0000-7000-8000-000000000201';
export const PHQ9_ASSIGNMENT_ID = '0190a5b4-0000-7000-8000-000000000202';
export const PLAN_ASSIGNMENT_ID = '0190a5b4-0000-7000-8000-000000000203';
export const PROPOSAL_ASSIGNMENT_ID = '0190a5b4-0000-7000-8000-000000000204';
export const SUBMISSION_ID = '0190a5b4-0000-7000-8000-000000000301';

/** A list item; `today` in the tests is whatever day it is, so "due 18:00" needs today's date. */
export function homeworkItem(overrides: Partial<MyOccurrenceItem> = {}): MyOccurrenceItem {
  return {
    occurrenceId: JOURNAL_OCCURRENCE_ID,
    assignmentId: JOURNAL_ASSIGNMENT_ID,
    kind: 'journal',
    title: 'Evening journal',
    dueAt: '2026-12-01T18:00:00.000Z',
    localDate: '2026-12-01',
    localTime: '18:00',
    status: 'pending',
    overdue: false,
    hasDraft: false,
    submittedAt: null,
    feedbackCount: 0,
    ...overrides,
  };
}

export const journalFields: TemplateField[] = [
  {
    key: 'entry',
    type: 'longText',
    label: 'What happened today, and how did you respond?',
    required: true,
  },
  {
    key: 'mood',
    type: 'scale',
    label: 'Mood',
    min: 0,
    max: 10,
    minLabel: 'Very low',
    maxLabel: 'Very good',
    required: false,
  },
];

export function journalOccurrence(overrides: Partial<MyOccurrence> = {}): MyOccurrence {
  return {
    ...homeworkItem(),
    instructions: 'Write for five minutes before bed.',
    templateInstructions: 'What is one moment from today that stayed with you?',
    measure: null,
    fields: journalFields,
    backupPlan: null,
    safetyConcern: false,
    draft: null,
    draftSavedAt: null,
    submission: null,
    feedback: [],
    decline: null,
    ...overrides,
  };
}

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

const measureOptions = [
  { value: '0', label: 'Not at all' },
  { value: '1', label: 'Several days' },
  { value: '2', label: 'More than half the days' },
  { value: '3', label: 'Nearly every day' },
];

export const phq9Fields: TemplateField[] = PHQ9_ITEMS.map((label, index) => ({
  key: `item${index + 1}`,
  type: 'singleChoice' as const,
  label,
  required: true,
  options: measureOptions,
}));

export function phq9Occurrence(overrides: Partial<MyOccurrence> = {}): MyOccurrence {
  return {
    ...homeworkItem({
      occurrenceId: PHQ9_OCCURRENCE_ID,
      assignmentId: PHQ9_ASSIGNMENT_ID,
      kind: 'measure',
      title: 'PHQ-9 check-in',
    }),
    instructions: '',
    templateInstructions: '',
    measure: 'phq9',
    fields: phq9Fields,
    backupPlan: null,
    safetyConcern: false,
    draft: null,
    draftSavedAt: null,
    submission: null,
    feedback: [],
    decline: null,
    ...overrides,
  };
}

export const eventPlanFields: TemplateField[] = [
  { key: 'goal', type: 'shortText', label: 'What do you want to do?', required: true },
  {
    key: 'steps',
    type: 'group',
    label: 'Steps',
    itemLabel: 'Step',
    minItems: 1,
    maxItems: 10,
    required: true,
    fields: [
      { key: 'what', type: 'shortText', label: 'What will you do?', required: true },
      { key: 'when', type: 'time', label: 'At what time?', required: false },
    ],
  },
  { key: 'backupPlan', type: 'longText', label: 'My back-up plan', required: false },
  { key: 'goingWith', type: 'yesNo', label: 'Is someone going with you?', required: false },
];

export function eventPlanOccurrence(overrides: Partial<MyOccurrence> = {}): MyOccurrence {
  return {
    ...homeworkItem({
      occurrenceId: PLAN_OCCURRENCE_ID,
      assignmentId: PLAN_ASSIGNMENT_ID,
      kind: 'event_plan',
      title: 'Plan: the supermarket',
    }),
    instructions: 'Start with a quiet time of day.',
    templateInstructions: 'Plan the steps ahead.',
    measure: null,
    fields: eventPlanFields,
    backupPlan: 'If it gets too much, step outside and call Jo.',
    safetyConcern: true,
    draft: null,
    draftSavedAt: null,
    submission: null,
    feedback: [],
    decline: null,
    ...overrides,
  };
}

export function doneJournalOccurrence(): MyOccurrence {
  return journalOccurrence({
    occurrenceId: DONE_OCCURRENCE_ID,
    status: 'reviewed',
    submittedAt: '2026-11-28T19:30:00.000Z',
    feedbackCount: 1,
    submission: {
      id: SUBMISSION_ID,
      answers: { entry: 'I walked by the river and felt calmer.', mood: 6 },
      submittedAt: '2026-11-28T19:30:00.000Z',
      late: false,
      talkNextSession: true,
      score: null,
    },
    feedback: [
      {
        id: '0190a5b4-0000-7000-8000-000000000401',
        text: 'Lovely to read. Let’s build on the walks.',
        author: 'Dr Ada Okafor',
        createdAt: '2026-11-29T09:00:00.000Z',
      },
    ],
  });
}

export function proposal(overrides: Partial<MyProposal> = {}): MyProposal {
  return {
    assignmentId: PROPOSAL_ASSIGNMENT_ID,
    kind: 'reach_out',
    title: 'Reach out to a friend',
    instructions: 'Send one message to someone you have not spoken to for a while.',
    firstDueAt: '2026-12-02T18:00:00.000Z',
    occurrences: 3,
    proposedAt: '2026-11-30T10:00:00.000Z',
    assignedBy: 'Dr Ada Okafor',
    ...overrides,
  };
}

export function submitResult(overrides: Partial<SubmitResult> = {}): SubmitResult {
  return {
    submissionId: SUBMISSION_ID,
    occurrenceId: JOURNAL_OCCURRENCE_ID,
    submittedAt: '2026-12-01T17:00:00.000Z',
    late: false,
    score: null,
    showSafetyPlan: false,
    ...overrides,
  };
}

export function myProgress(overrides: Partial<MyProgress> = {}): MyProgress {
  return {
    streakDays: 4,
    last28Days: { due: 12, submitted: 9 },
    moodTrend: [
      { date: '2026-11-10', mood: 3 },
      { date: '2026-11-17', mood: 5 },
      { date: '2026-11-24', mood: 6 },
    ],
    scores: [
      {
        id: '0190a5b4-0000-7000-8000-000000000501',
        measure: 'phq9',
        total: 16,
        band: 'moderately_severe',
        scoredAt: '2026-11-03T10:00:00.000Z',
      },
      {
        id: '0190a5b4-0000-7000-8000-000000000502',
        measure: 'phq9',
        total: 8,
        band: 'mild',
        scoredAt: '2026-11-24T10:00:00.000Z',
      },
      {
        id: '0190a5b4-0000-7000-8000-000000000503',
        measure: 'gad7',
        total: 11,
        band: 'moderate',
        scoredAt: '2026-11-24T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
