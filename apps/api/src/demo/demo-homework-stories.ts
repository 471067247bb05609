// Who does what in the demo clinic's twelve weeks of homework: one short story per client (how
// engaged they are, how their questionnaire scores move, which homework their clinician set and
// when), and each clinician's own prep tasks. Weeks count back from the day the demo is seeded, so
// the history always ends "now".

export type StarterKey =
  | 'daily-journal'
  | 'weekly-activity-schedule'
  | 'difficult-event-plan'
  | 'hobbies-and-interests'
  | 'thought-record'
  | 'reach-out'
  | 'support-meeting'
  | 'social-skill-practice'
  | 'reading'
  | 'phq9'
  | 'gad7';

export type ProgramKey =
  | 'behavioural-activation-4-weeks'
  | 'building-social-confidence-3-weeks'
  | 'preparing-for-a-difficult-event';

export type DeclineReason = 'not_relevant' | 'too_hard' | 'not_safe' | 'no_time' | 'other';

/** How a score series moves from its first to its last score. */
export type Shape = 'improve' | 'plateau' | 'flat' | 'worsen' | 'dip';

/** First score, last score, and the way between. */
export type Trajectory = readonly [start: number, end: number, shape: Shape];

/** What the client talks about in free text (journals mostly). */
export type Theme = 'anxiety' | 'low mood' | 'sleep' | 'grief' | 'social' | 'work';

export interface HomeworkLine {
  template: StarterKey;
  /** Assigned at the session about this many weeks ago ('intake': the first session). */
  from: number | 'intake';
  /**
   * How it repeats. `beforeSession`: weekly, the evening before each session (questionnaires).
   * `once`: due `dueAfterDays` after the session it was set in (default 6: the day before the next).
   */
  repeat: 'once' | 'daily' | 'weekly' | 'beforeSession' | { perWeek: number };
  /** Recurring: runs until this many weeks from now (negative: it ended that long ago). */
  until?: number;
  time?: string;
  dueAfterDays?: number;
  /** Stopped early by the clinician, or declined outright by the client, this many weeks ago. */
  ended?: {
    how: 'cancelled' | 'paused' | 'declined';
    weeksAgo: number;
    reason?: DeclineReason;
    note?: string;
  };
  /** The client was asked to accept it first (accepted the same day). */
  acceptance?: boolean;
  /** A back-up plan, set because the task carries some emotional risk. */
  backupPlan?: string;
  instructions?: string;
  /** Which reading, meeting or event (index into the content lists). */
  topic?: number;
  /** Declines the story needs whatever the dice say: the nth past occurrence (from 0; -1 the last). */
  declines?: Array<{ nth: number; reason: DeclineReason; note: string }>;
}

/** A portal client's extras, so the portal has something in every list on first sign-in. */
export interface PortalExtras {
  /** One more piece of homework, set at the last session and due later today. */
  dueToday: { template: StarterKey; instructions: string; topic?: number };
  /** How many recent pieces are left not done yet (shown as overdue). */
  overdue: number;
  /** Awaiting the client's acceptance. */
  proposal: {
    template: StarterKey;
    repeat: 'once' | 'weekly';
    startInDays: number;
    weeks?: number;
    time: string;
    instructions: string;
    backupPlan?: string;
    topic?: number;
  };
}

export interface ClientStory {
  engagement: 'high' | 'steady' | 'patchy' | 'low';
  theme: Theme;
  phq9?: Trajectory;
  gad7?: Trajectory;
  /** PHQ-9 item 9 answered above 0: `weeksAgo` picks the nearest PHQ-9; `open` leaves it unacknowledged. */
  risk?: { weeksAgo: number; open?: boolean; note?: string };
  programs?: Array<{ key: ProgramKey; from: number | 'intake' }>;
  lines: HomeworkLine[];
  portal?: PortalExtras;
}

const weeklyPhq9 = (from: number | 'intake' = 'intake', until = 6): HomeworkLine => ({
  template: 'phq9',
  from,
  repeat: 'beforeSession',
  until,
  instructions: 'The evening before we meet, please. It takes about two minutes.',
});

const weeklyGad7 = (from: number | 'intake' = 'intake', until = 6): HomeworkLine => ({
  template: 'gad7',
  from,
  repeat: 'beforeSession',
  until,
  instructions: 'The evening before we meet, please. It takes about two minutes.',
});

export const DEMO_STORIES: Record<string, ClientStory> = {
  // ---- Dr. Maya Chen ----
  'Jordan Rivera': {
    engagement: 'high',
    theme: 'anxiety',
    phq9: [17, 6, 'improve'],
    gad7: [15, 7, 'improve'],
    lines: [
      weeklyPhq9(),
      weeklyGad7(),
      {
        template: 'daily-journal',
        from: 'intake',
        repeat: { perWeek: 3 },
        until: -5,
        time: '21:00',
        instructions: 'Three short entries a week to start with. A few lines is plenty.',
      },
      {
        template: 'daily-journal',
        from: 5,
        repeat: 'daily',
        until: 2,
        time: '21:00',
        instructions: 'Now that the journal is a habit, let us try a short entry every evening.',
      },
      { template: 'thought-record', from: 10, repeat: { perWeek: 2 }, until: -4, time: '20:00' },
      { template: 'weekly-activity-schedule', from: 8, repeat: 'weekly', until: -3, time: '18:00' },
      {
        template: 'reading',
        from: 7,
        repeat: 'once',
        topic: 0,
        instructions: 'I will read it too, so we can talk about the parts that stood out to you.',
      },
      {
        template: 'difficult-event-plan',
        from: 3,
        repeat: 'once',
        dueAfterDays: 5,
        topic: 0,
        acceptance: true,
        backupPlan: 'If the nerves get too strong, step out, do box breathing, and text your brother.',
      },
      {
        template: 'reach-out',
        from: 4,
        repeat: 'weekly',
        until: 3,
        time: '19:00',
        declines: [{ nth: 0, reason: 'no_time', note: 'Work trip all week, I will do it when I am back.' }],
      },
    ],
    portal: {
      dueToday: {
        template: 'thought-record',
        instructions:
          'One more thought record this week, ideally the next time the "I will mess this up" thought shows up.',
      },
      overdue: 2,
      proposal: {
        template: 'difficult-event-plan',
        repeat: 'once',
        startInDays: 6,
        time: '18:00',
        topic: 1,
        instructions:
          "Your cousin's wedding is coming up. Let's plan it together: what you'd like to get out of the day, and what you'll do if it gets to be too much.",
        backupPlan:
          'Step outside for ten minutes, use box breathing, and text your brother. Leaving early is fine.',
      },
    },
  },
  'Elena Petrova': {
    engagement: 'patchy',
    theme: 'low mood',
    phq9: [16, 19, 'worsen'],
    risk: { weeksAgo: 0, open: true },
    lines: [
      weeklyPhq9(),
      { template: 'daily-journal', from: 10, repeat: { perWeek: 3 }, until: 3, time: '21:00' },
      {
        template: 'weekly-activity-schedule',
        from: 6,
        repeat: 'weekly',
        until: 2,
        time: '18:00',
        ended: { how: 'paused', weeksAgo: 1 },
        instructions: 'Small things count: a shower, a walk to the mailbox.',
      },
      {
        template: 'reach-out',
        from: 5,
        repeat: 'weekly',
        until: 3,
        time: '19:00',
        declines: [
          { nth: 1, reason: 'too_hard', note: "I couldn't bring myself to call anyone this week." },
          { nth: -1, reason: 'too_hard', note: 'Not this week. Everything feels heavy.' },
        ],
      },
    ],
  },
  'Marcus Bell': {
    engagement: 'low',
    theme: 'sleep',
    gad7: [15, 14, 'flat'],
    lines: [
      weeklyGad7(),
      { template: 'thought-record', from: 9, repeat: { perWeek: 2 }, until: 2, time: '20:00' },
      { template: 'daily-journal', from: 6, repeat: { perWeek: 3 }, until: 2, time: '21:30' },
      { template: 'reading', from: 4, repeat: 'once', topic: 2 },
    ],
  },
  'Aisha Rahman': {
    engagement: 'high',
    theme: 'grief',
    phq9: [14, 8, 'improve'],
    lines: [
      weeklyPhq9(),
      { template: 'support-meeting', from: 9, repeat: 'weekly', until: 4, time: '20:30', topic: 2 },
      { template: 'daily-journal', from: 'intake', repeat: { perWeek: 3 }, until: 2, time: '21:00' },
      { template: 'reach-out', from: 6, repeat: 'weekly', until: -1, time: '19:00' },
      { template: 'reading', from: 5, repeat: 'once', topic: 3 },
    ],
  },
  'Tom Whitaker': {
    engagement: 'steady',
    theme: 'social',
    gad7: [13, 7, 'improve'],
    lines: [
      weeklyGad7(),
      { template: 'social-skill-practice', from: 10, repeat: { perWeek: 2 }, until: 3, time: '20:00' },
      {
        template: 'support-meeting',
        from: 8,
        repeat: 'weekly',
        until: 4,
        time: '19:30',
        topic: 3,
        acceptance: true,
        ended: {
          how: 'declined',
          weeksAgo: 7,
          reason: 'not_relevant',
          note: "Groups aren't for me right now. I'd rather keep practicing one to one.",
        },
      },
      {
        template: 'difficult-event-plan',
        from: 5,
        repeat: 'once',
        topic: 2,
        backupPlan:
          'If it gets too much, pause, sip water, and look at the notes. It is okay to finish early.',
      },
      { template: 'hobbies-and-interests', from: 2, repeat: 'once' },
    ],
  },
  'Grace Kim': {
    engagement: 'steady',
    theme: 'work',
    phq9: [18, 11, 'improve'],
    risk: {
      weeksAgo: 4,
      note: 'Called Grace the same afternoon. Passing thoughts after a brutal week at work, no plan or intent. Went through her safety plan together; she agreed to call 988 or the clinic if they come back. Checked in again at session.',
    },
    programs: [{ key: 'behavioural-activation-4-weeks', from: 'intake' }],
    lines: [
      weeklyPhq9(7),
      { template: 'daily-journal', from: 7, repeat: { perWeek: 3 }, until: 3, time: '21:00' },
      { template: 'thought-record', from: 4, repeat: 'weekly', until: 3, time: '20:00' },
    ],
  },
  'Luis Ortega': {
    engagement: 'steady',
    theme: 'anxiety',
    gad7: [11, 8, 'plateau'],
    lines: [
      weeklyGad7(),
      { template: 'support-meeting', from: 11, repeat: { perWeek: 2 }, until: 4, time: '20:30', topic: 1 },
      {
        template: 'reach-out',
        from: 7,
        repeat: 'weekly',
        until: -2,
        time: '19:00',
        declines: [
          {
            nth: 1,
            reason: 'not_safe',
            note: 'The friend I picked is drinking a lot again and I do not feel safe around that right now.',
          },
        ],
      },
      { template: 'weekly-activity-schedule', from: 4, repeat: 'weekly', until: 2, time: '18:00' },
    ],
  },
  'Hannah Cole': {
    engagement: 'high',
    theme: 'low mood',
    phq9: [12, 4, 'improve'],
    lines: [
      weeklyPhq9('intake', 4),
      { template: 'weekly-activity-schedule', from: 11, repeat: 'weekly', until: -2, time: '18:00' },
      { template: 'hobbies-and-interests', from: 8, repeat: 'once' },
      { template: 'reach-out', from: 7, repeat: 'weekly', until: -3, time: '19:00' },
      { template: 'daily-journal', from: 3, repeat: { perWeek: 2 }, until: 3, time: '21:00' },
    ],
  },
  'Noah Fischer': {
    engagement: 'patchy',
    theme: 'sleep',
    gad7: [9, 10, 'flat'],
    lines: [
      weeklyGad7(),
      { template: 'daily-journal', from: 6, repeat: 'daily', until: 1, time: '21:30' },
      { template: 'reading', from: 9, repeat: 'once', topic: 2 },
    ],
  },
  'Zara Ahmed': {
    engagement: 'steady',
    theme: 'grief',
    phq9: [13, 13, 'dip'],
    lines: [
      weeklyPhq9(),
      { template: 'daily-journal', from: 10, repeat: { perWeek: 3 }, until: 2, time: '21:00' },
      { template: 'reading', from: 3, repeat: 'once', topic: 3 },
      { template: 'reach-out', from: 5, repeat: 'weekly', until: 2, time: '19:00' },
    ],
  },

  // ---- Sam Okafor ----
  'Olivia Brooks': {
    engagement: 'steady',
    theme: 'social',
    gad7: [16, 9, 'improve'],
    phq9: [10, 8, 'flat'],
    programs: [{ key: 'building-social-confidence-3-weeks', from: 'intake' }],
    lines: [
      weeklyGad7(7),
      weeklyPhq9(),
      { template: 'social-skill-practice', from: 6, repeat: { perWeek: 2 }, until: 3, time: '20:00' },
      { template: 'daily-journal', from: 5, repeat: { perWeek: 4 }, until: 2, time: '21:00' },
      {
        template: 'reading',
        from: 8,
        repeat: 'once',
        topic: 1,
        instructions: 'I will read it too, so we can talk about what fits for you.',
      },
      {
        template: 'difficult-event-plan',
        from: 5,
        repeat: 'once',
        topic: 3,
        acceptance: true,
        backupPlan:
          'Take a break in the bathroom or outside, and message me through the portal if you need to.',
        ended: {
          how: 'declined',
          weeksAgo: 5,
          reason: 'too_hard',
          note: "I'm not ready to plan for the party yet. Maybe after a few more weeks of practice.",
        },
      },
      { template: 'hobbies-and-interests', from: 3, repeat: 'once' },
    ],
    portal: {
      dueToday: {
        template: 'social-skill-practice',
        instructions: 'Try asking one question at the team lunch today, even a small one.',
      },
      overdue: 1,
      proposal: {
        template: 'support-meeting',
        repeat: 'weekly',
        startInDays: 3,
        weeks: 4,
        time: '18:30',
        topic: 0,
        instructions:
          'A peer support group for social anxiety meets at the library. Would you be willing to try it for four weeks? You can sit at the back and just listen.',
      },
    },
  },
  'Daniel Mensah': {
    engagement: 'high',
    theme: 'low mood',
    phq9: [19, 10, 'improve'],
    risk: {
      weeksAgo: 7,
      note: 'Discussed at the start of session the next morning. Fleeting thoughts, no intent or plan; strong reasons for living (partner, finishing his degree). Added two coping strategies to the safety plan.',
    },
    programs: [{ key: 'behavioural-activation-4-weeks', from: 'intake' }],
    lines: [
      weeklyPhq9(6),
      { template: 'weekly-activity-schedule', from: 6, repeat: 'weekly', until: 2, time: '18:00' },
      { template: 'reach-out', from: 4, repeat: 'weekly', until: 2, time: '19:00' },
    ],
  },
  'Sofia Rossi': {
    engagement: 'steady',
    theme: 'sleep',
    gad7: [16, 8, 'improve'],
    lines: [
      weeklyGad7(),
      { template: 'thought-record', from: 9, repeat: { perWeek: 2 }, until: 2, time: '20:00' },
      { template: 'daily-journal', from: 4, repeat: 'daily', until: 1, time: '21:30' },
      { template: 'reading', from: 7, repeat: 'once', topic: 2 },
    ],
  },
  'Ethan Clarke': {
    engagement: 'steady',
    theme: 'grief',
    phq9: [11, 9, 'plateau'],
    lines: [
      weeklyPhq9(),
      { template: 'support-meeting', from: 8, repeat: 'weekly', until: 3, time: '20:30', topic: 2 },
      { template: 'daily-journal', from: 6, repeat: { perWeek: 2 }, until: 2, time: '21:00' },
    ],
  },
  'Mia Johansson': {
    engagement: 'low',
    theme: 'social',
    gad7: [14, 12, 'flat'],
    lines: [
      weeklyGad7(),
      {
        template: 'social-skill-practice',
        from: 9,
        repeat: { perWeek: 2 },
        until: 2,
        time: '20:00',
        declines: [{ nth: 0, reason: 'too_hard', note: 'I froze before I even started. Sorry.' }],
      },
      {
        template: 'reach-out',
        from: 6,
        repeat: 'weekly',
        until: 2,
        time: '19:00',
        ended: { how: 'cancelled', weeksAgo: 3 },
      },
      { template: 'hobbies-and-interests', from: 2, repeat: 'once' },
    ],
  },
  'Samuel Adeyemi': {
    engagement: 'steady',
    theme: 'work',
    phq9: [15, 15, 'flat'],
    lines: [
      weeklyPhq9(),
      { template: 'weekly-activity-schedule', from: 9, repeat: 'weekly', until: 2, time: '18:00' },
      { template: 'thought-record', from: 6, repeat: { perWeek: 2 }, until: 2, time: '20:00' },
      {
        template: 'difficult-event-plan',
        from: 4,
        repeat: 'once',
        topic: 4,
        backupPlan: 'Ask for a five-minute break, breathe, and remember the review is one conversation.',
      },
    ],
  },
  'Chloe Martin': {
    engagement: 'high',
    theme: 'anxiety',
    gad7: [12, 5, 'improve'],
    lines: [
      weeklyGad7('intake', 4),
      { template: 'thought-record', from: 10, repeat: { perWeek: 3 }, until: -3, time: '20:00' },
      { template: 'reading', from: 8, repeat: 'once', topic: 0 },
      {
        template: 'difficult-event-plan',
        from: 2,
        repeat: 'once',
        topic: 5,
        backupPlan:
          'Use the breathing app during take-off and let the flight attendant know if panic builds.',
      },
      { template: 'daily-journal', from: 3, repeat: { perWeek: 3 }, until: 2, time: '21:00' },
    ],
  },
  'Ben Harper': {
    engagement: 'steady',
    theme: 'work',
    phq9: [17, 9, 'improve'],
    lines: [
      weeklyPhq9(),
      { template: 'support-meeting', from: 11, repeat: { perWeek: 3 }, until: 4, time: '21:00', topic: 4 },
      { template: 'reach-out', from: 6, repeat: 'weekly', until: 2, time: '19:00' },
      { template: 'daily-journal', from: 5, repeat: { perWeek: 3 }, until: 2, time: '21:00' },
    ],
  },
  'Leah Goldberg': {
    engagement: 'patchy',
    theme: 'sleep',
    gad7: [10, 9, 'flat'],
    lines: [
      weeklyGad7(),
      { template: 'daily-journal', from: 7, repeat: 'daily', until: 1, time: '21:30' },
      { template: 'reading', from: 5, repeat: 'once', topic: 2 },
    ],
  },
  'Oscar Nilsson': {
    engagement: 'steady',
    theme: 'grief',
    phq9: [9, 6, 'improve'],
    lines: [
      weeklyPhq9(),
      { template: 'reach-out', from: 8, repeat: 'weekly', until: 2, time: '19:00' },
      { template: 'hobbies-and-interests', from: 6, repeat: 'once' },
      { template: 'daily-journal', from: 4, repeat: { perWeek: 2 }, until: 2, time: '21:00' },
    ],
  },

  // ---- Priya Natarajan ----
  'Isla Thompson': {
    engagement: 'steady',
    theme: 'sleep',
    phq9: [12, 12, 'flat'],
    gad7: [14, 10, 'plateau'],
    lines: [
      weeklyPhq9(),
      weeklyGad7(),
      {
        template: 'daily-journal',
        from: 8,
        repeat: 'daily',
        until: 1,
        time: '21:00',
        instructions: 'A couple of lines before bed: how the day went and how you slept last night.',
      },
      { template: 'weekly-activity-schedule', from: 7, repeat: 'weekly', until: -2, time: '18:00' },
      {
        template: 'reading',
        from: 6,
        repeat: 'once',
        topic: 2,
        instructions: 'I am reading the same guide, so bring any questions.',
      },
      { template: 'thought-record', from: 5, repeat: { perWeek: 2 }, until: 2, time: '20:00' },
      {
        template: 'difficult-event-plan',
        from: 2,
        repeat: 'once',
        dueAfterDays: 4,
        topic: 5,
        backupPlan:
          'Use the breathing exercise, listen to the calm playlist, and text your mom from the gate.',
      },
    ],
    portal: {
      dueToday: {
        template: 'reach-out',
        instructions: 'Get in touch with one friend today, even a short text counts.',
      },
      overdue: 2,
      proposal: {
        template: 'hobbies-and-interests',
        repeat: 'once',
        startInDays: 5,
        time: '19:00',
        instructions:
          "Let's find one thing to look forward to in the evenings, instead of lying awake going over the day.",
      },
    },
  },
  'Ravi Shah': {
    engagement: 'steady',
    theme: 'grief',
    phq9: [16, 10, 'improve'],
    risk: {
      weeksAgo: 6,
      note: 'Spoke by phone within the hour. Around the anniversary; thoughts of not wanting to be here, no plan or intent. Reviewed his safety plan and he saved 988 in his phone. Will repeat the PHQ-9 at session.',
    },
    lines: [
      weeklyPhq9(),
      { template: 'support-meeting', from: 7, repeat: 'weekly', until: 3, time: '20:30', topic: 2 },
      { template: 'daily-journal', from: 'intake', repeat: { perWeek: 3 }, until: 2, time: '21:00' },
      { template: 'reading', from: 4, repeat: 'once', topic: 3 },
    ],
  },
  'Amara Okoye': {
    engagement: 'steady',
    theme: 'social',
    gad7: [15, 9, 'improve'],
    programs: [{ key: 'building-social-confidence-3-weeks', from: 'intake' }],
    lines: [
      weeklyGad7(6),
      { template: 'social-skill-practice', from: 5, repeat: { perWeek: 2 }, until: 3, time: '20:00' },
      { template: 'reach-out', from: 4, repeat: 'weekly', until: 2, time: '19:00' },
    ],
  },
  'Jack Murphy': {
    engagement: 'patchy',
    theme: 'work',
    phq9: [14, 14, 'flat'],
    lines: [
      weeklyPhq9(),
      {
        template: 'support-meeting',
        from: 8,
        repeat: { perWeek: 2 },
        until: 4,
        time: '21:00',
        topic: 4,
        declines: [
          { nth: 2, reason: 'other', note: 'My car is in the shop and the bus does not go there at night.' },
        ],
      },
      { template: 'weekly-activity-schedule', from: 6, repeat: 'weekly', until: 2, time: '18:00' },
      { template: 'thought-record', from: 4, repeat: 'weekly', until: 2, time: '20:00' },
    ],
  },
  'Nina Kowalski': {
    engagement: 'high',
    theme: 'anxiety',
    gad7: [13, 6, 'improve'],
    lines: [
      weeklyGad7(),
      { template: 'thought-record', from: 8, repeat: { perWeek: 2 }, until: 1, time: '20:00' },
      {
        template: 'difficult-event-plan',
        from: 3,
        repeat: 'once',
        topic: 0,
        backupPlan: 'If panic builds, ask for a glass of water and take a slow breath before answering.',
      },
      { template: 'reading', from: 6, repeat: 'once', topic: 0 },
    ],
  },
  'Theo Laurent': {
    engagement: 'steady',
    theme: 'low mood',
    phq9: [20, 13, 'plateau'],
    programs: [{ key: 'behavioural-activation-4-weeks', from: 'intake' }],
    lines: [
      weeklyPhq9(5),
      { template: 'reach-out', from: 4, repeat: 'weekly', until: 2, time: '19:00' },
      { template: 'daily-journal', from: 4, repeat: { perWeek: 3 }, until: 2, time: '21:00' },
    ],
  },
  'Maya Singh': {
    engagement: 'patchy',
    theme: 'sleep',
    gad7: [11, 11, 'flat'],
    lines: [
      weeklyGad7(),
      { template: 'daily-journal', from: 6, repeat: 'daily', until: 1, time: '21:30' },
      { template: 'reading', from: 4, repeat: 'once', topic: 2 },
    ],
  },
  'Lucas Silva': {
    engagement: 'steady',
    theme: 'grief',
    phq9: [10, 7, 'improve'],
    lines: [
      weeklyPhq9(),
      { template: 'support-meeting', from: 6, repeat: 'weekly', until: 3, time: '20:30', topic: 2 },
      { template: 'hobbies-and-interests', from: 4, repeat: 'once' },
      { template: 'daily-journal', from: 5, repeat: { perWeek: 2 }, until: 2, time: '21:00' },
    ],
  },
  'Ruby Walsh': {
    engagement: 'patchy',
    theme: 'social',
    gad7: [12, 8, 'improve'],
    lines: [
      weeklyGad7(),
      { template: 'social-skill-practice', from: 7, repeat: { perWeek: 2 }, until: 2, time: '20:00' },
      { template: 'reach-out', from: 5, repeat: 'weekly', until: 2, time: '19:00' },
    ],
  },
};

/** A clinician's own homework; `due` and `done` in days from today (negative: in the past). */
export interface PrepTaskStory {
  title: string;
  notes?: string;
  client?: string;
  /** Ties the task to the client's first assignment of this template. */
  assignment?: StarterKey;
  due?: number;
  done?: number;
}

export const DEMO_PREP_TASKS: Record<string, PrepTaskStory[]> = {
  'maya.chen@riverside.example': [
    {
      title: 'Read "How worry works" before Jordan\'s session',
      notes: 'Same handout Jordan is reading. Note the part about the worry cycle.',
      client: 'Jordan Rivera',
      assignment: 'reading',
      due: -44,
      done: -45,
    },
    {
      title: "Look over Elena's PHQ-9 trend and update her safety plan",
      client: 'Elena Petrova',
      due: 1,
    },
    { title: 'Print a fresh activity schedule for Hannah', client: 'Hannah Cole', due: -20, done: -21 },
    {
      title: "Find a grief support group closer to Aisha's work",
      notes: 'She mentioned evenings are easier.',
      client: 'Aisha Rahman',
      due: 3,
    },
    { title: 'Prepare a worked thought record example for Marcus', client: 'Marcus Bell' },
    { title: 'Write up this month’s supervision notes', due: 5 },
    { title: "Check Tom's session time with the front desk", client: 'Tom Whitaker', due: -6, done: -6 },
  ],
  'sam.okafor@riverside.example': [
    {
      title: 'Re-read the assertiveness handout before Olivia’s session',
      client: 'Olivia Brooks',
      assignment: 'reading',
      due: -50,
      done: -51,
    },
    { title: "Plan the next step of Mia's practice ladder", client: 'Mia Johansson', due: 2 },
    {
      title: "Look for patterns in Daniel's activity schedules",
      client: 'Daniel Mensah',
      assignment: 'weekly-activity-schedule',
      due: -9,
      done: -10,
    },
    { title: 'Ask Ben how the meetings are going; find an evening alternative', client: 'Ben Harper' },
    {
      title: 'Read the sleep guide Sofia is working through',
      client: 'Sofia Rossi',
      assignment: 'reading',
      due: -45,
      done: -46,
    },
    { title: 'Update caseload notes for supervision', due: -1 },
  ],
  'priya.natarajan@riverside.example': [
    {
      title: 'Read the sleep guide Isla is working through',
      notes: 'Chapter 2 on the sleep window is the one she has questions about.',
      client: 'Isla Thompson',
      assignment: 'reading',
      due: 2,
    },
    {
      title: "Prepare a back-up plan for Isla's flight",
      client: 'Isla Thompson',
      assignment: 'difficult-event-plan',
      due: -12,
      done: -13,
    },
    { title: "Review Ravi's grief group reflections", client: 'Ravi Shah', due: -15, done: -15 },
    { title: 'Call Jack about the missed meetings', client: 'Jack Murphy', due: 0 },
    { title: "Summarize Amara's GAD-7 scores for her review session", client: 'Amara Okoye', due: 6 },
    { title: 'Share the updated thought record at the team meeting', due: -8, done: -8 },
  ],
};

/** How many unreviewed submissions each clinician has waiting (the newest ones). */
export const DEMO_UNREVIEWED: Record<string, number> = {
  'maya.chen@riverside.example': 7,
  'sam.okafor@riverside.example': 6,
  'priya.natarajan@riverside.example': 6,
};
