import type {
  Assignment,
  CaseloadEngagement,
  ClinicianDashboard,
  Occurrence,
  PrepTask,
  Program,
  ReviewQueue,
  ReviewQueueItem,
  RiskAlert,
  Score,
  Submission,
  TemplateSummary,
} from '@interlude/contracts';
import { CLINICIAN_ID, clientRecord } from './fixtures';

const id = (prefix: string, n: number) => `0192f1a4-7c1e-7d2b-9a55-${prefix}${String(n).padStart(4, '0')}`;

export const assignmentId = (n: number) => id('0c3f4f1e', n);
export const occurrenceId = (n: number) => id('0c3f4f2e', n);
export const submissionId = (n: number) => id('0c3f4f3e', n);
export const templateId = (n: number) => id('0c3f4f4e', n);
export const programId = (n: number) => id('0c3f4f5e', n);
export const riskAlertId = (n: number) => id('0c3f4f6e', n);
export const declineId = (n: number) => id('0c3f4f7e', n);
export const prepTaskId = (n: number) => id('0c3f4f8e', n);
export const scoreId = (n: number) => id('0c3f4f9e', n);

const client1 = clientRecord(1, { name: 'Jordan Lee' });

export function templateSummary(n: number, overrides: Partial<TemplateSummary> = {}): TemplateSummary {
  return {
    id: templateId(n),
    kind: 'worksheet',
    title: `Template ${n}`,
    status: 'active',
    source: 'clinic',
    measure: null,
    version: 1,
    updatedAt: '2026-06-01T12:00:00.000Z',
    ...overrides,
  };
}

export function program(n: number, overrides: Partial<Program> = {}): Program {
  return {
    id: programId(n),
    name: `Program ${n}`,
    description: 'Four weeks of behavioural activation.',
    status: 'active',
    source: 'library',
    steps: [
      {
        position: 0,
        template: { id: templateId(1), title: 'Template 1', kind: 'schedule' },
        dayOffset: 0,
        recurrence: { kind: 'weekly', count: 4 },
        instructions: null,
      },
    ],
    lengthDays: 28,
    updatedAt: '2026-06-01T12:00:00.000Z',
    ...overrides,
  };
}

export function assignment(n: number, overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: assignmentId(n),
    clientId: client1.id,
    template: { id: templateId(n), version: 1, kind: 'journal', title: `Assignment ${n}`, measure: null },
    program: null,
    instructions: 'Write a few lines each evening.',
    schedule: { kind: 'daily', startDate: '2026-03-09', time: '18:00', count: 7 },
    timezone: 'Europe/London',
    check: { relevant: true, withinAbility: true, safetyConcern: false },
    backupPlan: null,
    safetyPlanVersion: null,
    requiresAcceptance: false,
    status: 'active',
    assignedBy: { membershipId: CLINICIAN_ID, name: 'Cal Clinician' },
    decline: null,
    counts: { total: 7, pending: 3, overdue: 1, submitted: 2, reviewed: 1, declined: 0, missed: 0 },
    nextDueAt: '2026-03-12T18:00:00.000Z',
    createdAt: '2026-03-08T12:00:00.000Z',
    updatedAt: '2026-03-08T12:00:00.000Z',
    ...overrides,
  };
}

export function occurrence(n: number, overrides: Partial<Occurrence> = {}): Occurrence {
  return {
    id: occurrenceId(n),
    assignmentId: assignmentId(1),
    index: n,
    dueAt: '2026-03-12T18:00:00.000Z',
    localDate: '2026-03-12',
    localTime: '18:00',
    status: 'pending',
    overdue: false,
    submissionId: null,
    submittedAt: null,
    late: null,
    talkNextSession: false,
    decline: null,
    ...overrides,
  };
}

export function score(n: number, overrides: Partial<Score> = {}): Score {
  return {
    id: scoreId(n),
    measure: 'phq9',
    total: 12,
    band: 'moderate',
    riskItemAnswer: 0,
    scoredAt: '2026-03-01T12:00:00.000Z',
    submissionId: submissionId(n),
    ...overrides,
  };
}

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: submissionId(1),
    occurrenceId: occurrenceId(1),
    assignmentId: assignmentId(1),
    client: { id: client1.id, name: 'Jordan Lee' },
    template: { id: templateId(1), version: 2, kind: 'worksheet', title: 'Thought record', measure: null },
    instructions: 'Notice one difficult moment this week.',
    fields: [
      { key: 'situation', label: 'What happened?', type: 'shortText', required: true },
      { key: 'thoughts', label: 'What went through your mind?', type: 'longText', required: false },
      { key: 'hours', label: 'Hours slept', type: 'number', required: false, unit: 'hours' },
      {
        key: 'mood',
        label: 'Mood',
        type: 'scale',
        required: false,
        min: 0,
        max: 10,
        minLabel: 'Very low',
        maxLabel: 'Very good',
      },
      {
        key: 'feeling',
        label: 'Main feeling',
        type: 'singleChoice',
        required: false,
        options: [
          { value: 'anxious', label: 'Anxious' },
          { value: 'sad', label: 'Sad' },
        ],
      },
      {
        key: 'helped',
        label: 'What helped',
        type: 'multiChoice',
        required: false,
        options: [
          { value: 'walk', label: 'A walk' },
          { value: 'call', label: 'Calling a friend' },
          { value: 'music', label: 'Music' },
        ],
      },
      { key: 'when', label: 'Date', type: 'date', required: false },
      { key: 'at', label: 'Time', type: 'time', required: false },
      { key: 'again', label: 'Would you try it again?', type: 'yesNo', required: false },
      {
        key: 'steps',
        label: 'Steps',
        type: 'group',
        required: false,
        itemLabel: 'Step',
        minItems: 0,
        maxItems: 10,
        fields: [
          { key: 'step', label: 'Step', type: 'shortText', required: true },
          { key: 'done', label: 'Done?', type: 'yesNo', required: false },
        ],
      },
    ],
    answers: {
      situation: 'Meeting at work',
      thoughts: 'They will think I am useless.',
      hours: 6,
      mood: 7,
      feeling: 'anxious',
      helped: ['walk', 'music'],
      when: '2026-03-10',
      at: '14:30',
      again: true,
      steps: [
        { step: 'Prepare notes', done: true },
        { step: 'Speak once', done: false },
      ],
    },
    dueAt: '2026-03-12T18:00:00.000Z',
    submittedAt: '2026-03-13T09:00:00.000Z',
    late: true,
    talkNextSession: true,
    reviewedAt: null,
    reviewedBy: null,
    score: null,
    feedback: [
      {
        id: id('0c3f4fae', 1),
        text: 'Thank you for writing this down.',
        author: 'Cal Clinician',
        createdAt: '2026-03-13T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function riskAlert(n: number, overrides: Partial<RiskAlert> = {}): RiskAlert {
  return {
    id: riskAlertId(n),
    client: { id: client1.id, name: 'Jordan Lee' },
    source: 'phq9_item9',
    severity: 'high',
    itemAnswer: 2,
    submissionId: submissionId(n),
    createdAt: '2026-03-13T09:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    note: null,
    ...overrides,
  };
}

export function queueItem(n: number, overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  return {
    type: 'submission',
    id: submissionId(n),
    client: { id: client1.id, name: 'Jordan Lee' },
    assignmentId: assignmentId(1),
    submissionId: submissionId(n),
    open: true,
    title: `Homework ${n}`,
    kind: 'worksheet',
    at: '2026-03-13T09:00:00.000Z',
    flagged: false,
    late: false,
    declineReason: null,
    declineNote: null,
    ...overrides,
  };
}

export function reviewQueue(items: ReviewQueueItem[]): ReviewQueue {
  return {
    items,
    counts: {
      riskAlerts: items.filter((i) => i.type === 'risk_alert').length,
      submissions: items.filter((i) => i.type === 'submission').length,
      declines: items.filter((i) => i.type === 'decline').length,
      flagged: items.filter((i) => i.flagged).length,
    },
  };
}

export function prepTask(n: number, overrides: Partial<PrepTask> = {}): PrepTask {
  return {
    id: prepTaskId(n),
    title: `Prep task ${n}`,
    notes: '',
    dueDate: '2026-03-14',
    client: null,
    assignment: null,
    done: false,
    doneAt: null,
    createdAt: '2026-03-08T12:00:00.000Z',
    ...overrides,
  };
}

export function caseloadRow(n: number, overrides: Partial<CaseloadEngagement> = {}): CaseloadEngagement {
  const client = clientRecord(n);
  return {
    client: { id: client.id, name: client.name, nextSessionAt: null },
    completionRate: 0.75,
    due: 8,
    submitted: 6,
    overdue: 0,
    lastActivityAt: null,
    openDeclines: 0,
    openRiskAlerts: 0,
    ...overrides,
  };
}

export function dashboard(overrides: Partial<ClinicianDashboard> = {}): ClinicianDashboard {
  return {
    riskAlerts: [],
    reviewCounts: { riskAlerts: 0, submissions: 0, declines: 0, flagged: 0 },
    prepTasksDue: [],
    caseload: [],
    ...overrides,
  };
}
