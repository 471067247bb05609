// Ready-made programs: sets of starter templates with timings, assigned in one go from a start date.
// Day offsets count from the program's start (day 0, usually the session it is agreed in); a step's
// instructions are shown to the client with that step, on top of the template's own.
import type { ProgramStepRecurrence } from './program-schedule';

export interface StarterProgramStep {
  /** The `starterKey` of a template in STARTER_TEMPLATES. */
  readonly templateKey: string;
  readonly dayOffset: number;
  readonly recurrence: ProgramStepRecurrence;
  readonly instructions: string;
}

export interface StarterProgram {
  readonly starterKey: string;
  readonly name: string;
  readonly description: string;
  /** Ordered by the day each starts. */
  readonly steps: readonly StarterProgramStep[];
}

/**
 * Behavioural activation: notice how activity and mood are linked, then plan more of what brings
 * enjoyment and achievement. Week 1 is monitoring only; weeks 2–4 plan and do. PHQ-9 at the start,
 * mid-way and at the end (every two weeks) shows whether it is helping.
 */
const behaviouralActivation: StarterProgram = {
  starterKey: 'behavioural-activation-4-weeks',
  name: '4-week behavioural activation',
  description:
    'Four weeks of small, planned steps to reconnect with activities that bring enjoyment and a ' +
    'sense of achievement. Week 1 records what the client already does; weeks 2 to 4 plan more of ' +
    'what helps. PHQ-9 at the start, after two weeks and at the end.',
  steps: [
    {
      templateKey: 'phq9',
      dayOffset: 0,
      recurrence: { kind: 'once' },
      instructions: 'This gives us a starting point, so we can see together how things change.',
    },
    {
      templateKey: 'daily-journal',
      dayOffset: 0,
      recurrence: { kind: 'timesPerWeek', timesPerWeek: 3, count: 12 },
      instructions: 'A few lines about your day and your mood is plenty.',
    },
    {
      templateKey: 'weekly-activity-schedule',
      dayOffset: 6,
      recurrence: { kind: 'once' },
      instructions:
        'This first week, just write down what you do each day as it happens; there is no need to ' +
        'change anything yet.',
    },
    {
      templateKey: 'hobbies-and-interests',
      dayOffset: 9,
      recurrence: { kind: 'once' },
      instructions: 'Use these ideas when you plan your coming weeks.',
    },
    {
      templateKey: 'weekly-activity-schedule',
      dayOffset: 13,
      recurrence: { kind: 'weekly', count: 3 },
      instructions:
        'Plan a few activities for the week ahead, including at least one you enjoy and one that ' +
        'gives you a sense of achievement, then note what happened.',
    },
    {
      templateKey: 'phq9',
      dayOffset: 14,
      recurrence: { kind: 'once' },
      instructions: 'Halfway through: a quick check on how you have been feeling.',
    },
    {
      templateKey: 'reach-out',
      dayOffset: 16,
      recurrence: { kind: 'weekly', count: 2 },
      instructions: 'Pick someone you would like to hear from, even just for a short message.',
    },
    {
      templateKey: 'phq9',
      dayOffset: 28,
      recurrence: { kind: 'once' },
      instructions: 'At the end of the four weeks, so we can look back at what changed.',
    },
  ],
};

/** For an event the client dreads (a hearing, a family gathering, a first day back at work). */
const preparingForAnEvent: StarterProgram = {
  starterKey: 'preparing-for-a-difficult-event',
  name: 'Preparing for a difficult event',
  description:
    'A week of preparation for an event the client expects to find hard: a plan with a back-up plan, ' +
    'a short daily journal of worries as they come up, and a trusted person told about the plan.',
  steps: [
    {
      templateKey: 'daily-journal',
      dayOffset: 0,
      recurrence: { kind: 'daily', count: 7 },
      instructions: 'Notice any worries about the event as they come up, and how strong they feel.',
    },
    {
      templateKey: 'difficult-event-plan',
      dayOffset: 2,
      recurrence: { kind: 'once' },
      instructions: 'Fill in the plan before the event; come back afterwards to add how it went.',
    },
    {
      templateKey: 'reach-out',
      dayOffset: 4,
      recurrence: { kind: 'once' },
      instructions: 'Let someone you trust know about the event and your back-up plan.',
    },
  ],
};

/** Confidence in social situations, practised a little at a time, with GAD-7 before and after. */
const socialConfidence: StarterProgram = {
  starterKey: 'building-social-confidence-3-weeks',
  name: 'Building social confidence (3 weeks)',
  description:
    'Three weeks of practising a social skill twice a week and reaching out to someone weekly, with ' +
    'GAD-7 at the start and the end.',
  steps: [
    {
      templateKey: 'gad7',
      dayOffset: 0,
      recurrence: { kind: 'once' },
      instructions: 'This gives us a starting point, so we can see together how things change.',
    },
    {
      templateKey: 'social-skill-practice',
      dayOffset: 0,
      recurrence: { kind: 'timesPerWeek', timesPerWeek: 2, count: 6 },
      instructions: 'Start with the easiest situation on your list and build up from there.',
    },
    {
      templateKey: 'reach-out',
      dayOffset: 1,
      recurrence: { kind: 'weekly', count: 3 },
      instructions: 'A short message counts. Choose someone who feels safe to start with.',
    },
    {
      templateKey: 'gad7',
      dayOffset: 21,
      recurrence: { kind: 'once' },
      instructions: 'At the end of the three weeks, so we can look back at what changed.',
    },
  ],
};

export const STARTER_PROGRAMS: readonly StarterProgram[] = [
  behaviouralActivation,
  preparingForAnEvent,
  socialConfidence,
];
