import { createHash } from 'node:crypto';
import type { Schedule } from '@interlude/contracts';
import {
  cleanDraft,
  expandSchedule,
  type HomeworkField,
  type HomeworkKindName,
  isLate,
  type MeasureCode,
  measureItemAnswers,
  type ProgramStepRecurrence,
  programStepSchedule,
  scoreMeasure,
  validateResponse,
} from '@interlude/domain';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  type AnswerContext,
  addDays,
  between,
  chance,
  clamp,
  DECLINE_NOTES,
  DECLINE_REASONS_BY_KIND,
  DISCUSSED_NOTES,
  eventPlanAnswers,
  feedbackText,
  followUpText,
  interestsAnswers,
  journalAnswers,
  meetingAnswers,
  pick,
  RISK_NOTE,
  type Rng,
  reachOutAnswers,
  readingAnswers,
  scheduleAnswers,
  seededRng,
  socialSkillAnswers,
  thoughtRecordAnswers,
} from './demo-homework-content';
import {
  type ClientStory,
  DEMO_PREP_TASKS,
  DEMO_STORIES,
  DEMO_UNREVIEWED,
  type DeclineReason,
  type HomeworkLine,
  type Shape,
  type Trajectory,
} from './demo-homework-stories';

// Twelve weeks of homework history for the demo clinic, relative to `now`: assignments of every
// kind (some from programs, some needing acceptance, a few cancelled, paused or declined), their
// due occurrences (future ones too), submissions on time and late with answers valid against the
// pinned template version, questionnaire scores and the risk alerts they raise, clinician feedback
// and reviews, declines with reasons (some talked through in session), and each clinician's prep
// tasks. Built in memory from the stories, then written in one batch per table.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const ALL_KINDS: HomeworkKindName[] = [
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

export interface DemoHomeworkClient {
  id: string;
  name: string;
  clinicianEmail: string;
  clinicianMembershipId: string;
  timezone: string;
  createdAt: Date;
  nextSessionAt: Date;
}

export interface DemoTemplate {
  id: string;
  starterKey: string;
  kind: HomeworkKindName;
  measure: MeasureCode | null;
  version: number;
  fields: HomeworkField[];
}

export interface DemoProgram {
  id: string;
  starterKey: string;
  steps: Array<{
    templateId: string;
    dayOffset: number;
    recurrence: ProgramStepRecurrence;
    instructions: string | null;
  }>;
}

export interface DemoHomeworkInput {
  now: Date;
  clients: DemoHomeworkClient[];
  templates: DemoTemplate[];
  programs: DemoProgram[];
  /** Membership id by staff email (the clinicians own prep tasks). */
  staff: Map<string, string>;
}

interface AssignmentRow {
  id: string;
  clientId: string;
  templateId: string;
  templateVersion: number;
  programId: string | null;
  programRunId: string | null;
  instructions: string;
  schedule: Schedule;
  timezone: string;
  safetyConcern: boolean;
  backupPlan: string | null;
  safetyPlanVersion: number | null;
  requiresAcceptance: boolean;
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'cancelled' | 'declined';
  assignedBy: string;
  acceptedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface OccurrenceRow {
  id: string;
  assignmentId: string;
  clientId: string;
  idx: number;
  dueAt: Date;
  localDate: string;
  localTime: string;
  status: 'pending' | 'submitted' | 'reviewed' | 'declined';
  draft: Record<string, unknown> | null;
  draftSavedAt: Date | null;
  updatedAt: Date;
}

interface SubmissionRow {
  id: string;
  occurrenceId: string;
  assignmentId: string;
  clientId: string;
  answers: Record<string, unknown>;
  talkNextSession: boolean;
  submittedAt: Date;
  late: boolean;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

interface ScoreRow {
  id: string;
  clientId: string;
  submissionId: string;
  measure: MeasureCode;
  total: number;
  band: string;
  riskItemAnswer: number | null;
  scoredAt: Date;
}

interface AlertRow {
  id: string;
  clientId: string;
  submissionId: string;
  itemAnswer: number;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  note: string | null;
}

interface FeedbackRow {
  id: string;
  submissionId: string;
  authorId: string;
  text: string;
  createdAt: Date;
}

interface DeclineRow {
  id: string;
  assignmentId: string;
  occurrenceId: string | null;
  clientId: string;
  reason: DeclineReason;
  note: string | null;
  declinedAt: Date;
  discussedAt: Date | null;
  discussedNote: string | null;
  discussedBy: string | null;
}

interface PrepTaskRow {
  id: string;
  ownerId: string;
  clientId: string | null;
  assignmentId: string | null;
  title: string;
  notes: string;
  dueDate: string | null;
  doneAt: Date | null;
  createdAt: Date;
}

export interface DemoHomeworkRows {
  assignments: AssignmentRow[];
  occurrences: OccurrenceRow[];
  submissions: SubmissionRow[];
  scores: ScoreRow[];
  alerts: AlertRow[];
  feedback: FeedbackRow[];
  declines: DeclineRow[];
  prepTasks: PrepTaskRow[];
}

type Outcome =
  | { type: 'pending' }
  | { type: 'submitted'; at: Date }
  | { type: 'declined'; at: Date; reason: DeclineReason; note: string | null };

interface Occ {
  row: OccurrenceRow;
  plan: Plan;
  outcome: Outcome;
  /** Set by the story, not by chance: left alone by later passes. */
  forced: boolean;
  risk?: { open: boolean; note: string };
}

interface Plan {
  row: AssignmentRow;
  template: DemoTemplate;
  topic: number;
  line: HomeworkLine | null;
  /** When due dates were written from (the assignment or its acceptance). */
  from: Date;
  /** When the clinician stopped it or the client declined it outright. */
  endAt: Date | null;
  occs: Occ[];
}

interface ClientCtx {
  client: DemoHomeworkClient;
  story: ClientStory;
  rng: Rng;
  /** Past weekly sessions, oldest first (the first is the intake). */
  sessions: Date[];
  today: string;
  used: Set<string>;
  decks: Map<string, string[]>;
  plans: Plan[];
  severityAt: (t: Date) => number;
  itemWeights: Record<MeasureCode, number[]>;
}

const ENGAGEMENT = {
  high: { onTime: 0.84, late: 0.09, decline: 0.02 },
  steady: { onTime: 0.5, late: 0.12, decline: 0.04 },
  // Patchy clients do about half of their homework and low ones about a quarter, so the reports'
  // completion bands (< ⅓, ⅓–⅔, > ⅔) each hold enough clients to show.
  patchy: { onTime: 0.32, late: 0.18, decline: 0.06 },
  low: { onTime: 0.14, late: 0.12, decline: 0.09 },
} as const;
/** Questionnaires are done more reliably: clinicians ask for them in session. */
const MEASURE_ENGAGEMENT = { high: 'high', steady: 'high', patchy: 'steady', low: 'patchy' } as const;
const HARD_KINDS = new Set<HomeworkKindName>(['reach_out', 'social_skills', 'event_plan']);

const MAX_TOTAL: Record<MeasureCode, number> = { phq9: 24, gad7: 21 };
const SCALE_MAX: Record<MeasureCode, number> = { phq9: 27, gad7: 21 };

/** Where a trajectory is at `p` (0 = first score, 1 = last), before noise. */
function along([start, end, shape]: Trajectory, p: number): number {
  const change = end - start;
  const curves: Record<Shape, () => number> = {
    improve: () => start + change * (1 - (1 - p) ** 1.6),
    plateau: () => start + change * Math.min(1, p / 0.55),
    flat: () => start + change * p,
    worsen: () => start + change * p ** 1.5,
    dip: () => start + change * p - 5 * Math.sin(Math.PI * p),
  };
  return curves[shape]();
}

/** Everything the demo clinic's history needs, built in memory (nothing is written here). */
export function buildDemoHomework(input: DemoHomeworkInput): DemoHomeworkRows {
  const { now } = input;
  const templates = new Map(input.templates.map((t) => [t.starterKey, t]));
  const templatesById = new Map(input.templates.map((t) => [t.id, t]));
  const programs = new Map(input.programs.map((p) => [p.starterKey, p]));
  const template = (key: string) => {
    const found = templates.get(key);
    if (!found) throw new Error(`The demo clinic has no library template "${key}"`);
    return found;
  };
  const past = (at: Date, what: string) => {
    if (at.getTime() > now.getTime()) throw new Error(`Demo ${what} would be in the future`);
    return at;
  };

  const rows: DemoHomeworkRows = {
    assignments: [],
    occurrences: [],
    submissions: [],
    scores: [],
    alerts: [],
    feedback: [],
    declines: [],
    prepTasks: [],
  };
  const contexts: ClientCtx[] = [];

  for (const client of input.clients) {
    const story = DEMO_STORIES[client.name];
    if (!story) throw new Error(`No demo homework story for ${client.name}`);
    const ctx = clientContext(client, story, now);
    contexts.push(ctx);
    const tz = client.timezone;
    /** Homework is set at the end of a session (a session just started has not ended yet). */
    const afterSession = (session: Date, minutes: number) =>
      new Date(Math.min(session.getTime() + minutes * MINUTE, now.getTime() - 5 * MINUTE));
    const sessionFor = (from: number | 'intake') => {
      const first = ctx.sessions[0] as Date;
      if (from === 'intake') return first;
      const target = now.getTime() - from * WEEK;
      return ctx.sessions.reduce((best, s) =>
        Math.abs(s.getTime() - target) < Math.abs(best.getTime() - target) ? s : best,
      );
    };
    const addPlan = (
      key: string,
      schedule: Schedule,
      createdAt: Date,
      options: Partial<Pick<AssignmentRow, 'programId' | 'programRunId' | 'instructions' | 'backupPlan'>> & {
        line?: HomeworkLine;
        topic?: number;
        acceptance?: boolean;
        proposal?: boolean;
      } = {},
    ): Plan => {
      const t = template(key);
      const safety = options.backupPlan != null;
      const row: AssignmentRow = {
        id: uuidv7({ msecs: createdAt.getTime() }),
        clientId: client.id,
        templateId: t.id,
        templateVersion: t.version,
        programId: options.programId ?? null,
        programRunId: options.programRunId ?? null,
        instructions: options.instructions ?? '',
        schedule,
        timezone: tz,
        safetyConcern: safety,
        backupPlan: options.backupPlan ?? null,
        safetyPlanVersion: safety ? 1 : null,
        requiresAcceptance: Boolean(options.acceptance || options.proposal),
        status: options.proposal ? 'proposed' : 'active',
        assignedBy: client.clinicianMembershipId,
        acceptedAt: null,
        createdAt: past(createdAt, 'assignment'),
        updatedAt: createdAt,
      };
      const plan: Plan = {
        row,
        template: t,
        topic: options.topic ?? options.line?.topic ?? 0,
        line: options.line ?? null,
        from: createdAt,
        endAt: null,
        occs: [],
      };
      ctx.plans.push(plan);
      return plan;
    };

    // Programs: each step is its own assignment, as AssignmentsService makes them.
    for (const run of story.programs ?? []) {
      const program = programs.get(run.key);
      if (!program) throw new Error(`The demo clinic has no library program "${run.key}"`);
      const session = sessionFor(run.from);
      const runId = uuidv7({ msecs: session.getTime() });
      for (const step of program.steps) {
        const t = templatesById.get(step.templateId);
        if (!t) throw new Error(`Program ${run.key} uses a template the demo does not know`);
        const schedule = programStepSchedule(
          dateIn(session, tz),
          '19:00',
          step.dayOffset,
          step.recurrence,
        ) as Schedule;
        addPlan(t.starterKey, schedule, afterSession(session, 50), {
          programId: program.id,
          programRunId: runId,
          instructions: step.instructions ?? '',
        });
      }
    }

    for (const line of story.lines) {
      const session = sessionFor(line.from);
      const day = dateIn(session, tz);
      const time = line.time ?? (line.repeat === 'beforeSession' ? '19:00' : '18:00');
      const until = dateIn(new Date(now.getTime() + (line.until ?? 2) * WEEK), tz);
      let schedule: Schedule;
      if (line.repeat === 'once') {
        schedule = { kind: 'once', dueDate: addDays(day, line.dueAfterDays ?? 6), dueTime: time };
      } else if (line.repeat === 'daily') {
        schedule = { kind: 'daily', startDate: day, time, until };
      } else if (line.repeat === 'weekly' || line.repeat === 'beforeSession') {
        schedule = { kind: 'weekly', startDate: addDays(day, 6), time, until };
      } else {
        schedule = {
          kind: 'timesPerWeek',
          startDate: addDays(day, 1),
          time,
          until,
          timesPerWeek: line.repeat.perWeek,
        };
      }
      if (schedule.kind !== 'once' && until < schedule.startDate) continue;
      const plan = addPlan(line.template, schedule, afterSession(session, 50), {
        line,
        acceptance: line.acceptance,
        instructions: line.instructions,
        backupPlan: line.backupPlan,
      });
      if (line.ended) {
        const at = Math.max(plan.row.createdAt.getTime() + DAY, now.getTime() - line.ended.weeksAgo * WEEK);
        plan.endAt = past(new Date(at), 'end of an assignment');
      }
    }

    const lastSession = ctx.sessions.at(-1) as Date;
    const portal = story.portal;
    if (portal) {
      const createdAt = afterSession(lastSession, 55);
      addPlan(
        portal.dueToday.template,
        { kind: 'once', dueDate: ctx.today, dueTime: laterToday(now, tz) },
        createdAt,
        { instructions: portal.dueToday.instructions, topic: portal.dueToday.topic },
      );
      const p = portal.proposal;
      const start = addDays(ctx.today, p.startInDays);
      const schedule: Schedule =
        p.repeat === 'once'
          ? { kind: 'once', dueDate: start, dueTime: p.time }
          : {
              kind: 'weekly',
              startDate: start,
              time: p.time,
              until: addDays(start, 7 * ((p.weeks ?? 4) - 1)),
            };
      addPlan(p.template, schedule, afterSession(lastSession, 58), {
        proposal: true,
        instructions: p.instructions,
        backupPlan: p.backupPlan,
        topic: p.topic,
      });
    }

    for (const plan of ctx.plans) writeDueDates(ctx, plan, now);
    decideOutcomes(ctx, now);
  }

  for (const ctx of contexts) writeClientRows(ctx, now, rows);
  review(contexts, now, rows);
  for (const [email, tasks] of Object.entries(DEMO_PREP_TASKS)) {
    const owner = input.staff.get(email);
    if (!owner) continue;
    for (const task of tasks) {
      const ctx = task.client ? contexts.find((c) => c.client.name === task.client) : undefined;
      if (task.client && !ctx) continue;
      const tz = ctx?.client.timezone ?? 'America/New_York';
      const today = dateIn(now, tz);
      const plan = task.assignment
        ? ctx?.plans.find((p) => p.template.starterKey === task.assignment)
        : undefined;
      const doneAt = task.done === undefined ? null : new Date(now.getTime() + task.done * DAY - 2 * HOUR);
      const dueAt = task.due === undefined ? now : new Date(now.getTime() + task.due * DAY);
      const createdAt = new Date(
        Math.min(doneAt?.getTime() ?? now.getTime(), dueAt.getTime(), now.getTime()) - 4 * DAY,
      );
      rows.prepTasks.push({
        id: uuidv7({ msecs: createdAt.getTime() }),
        ownerId: owner,
        clientId: ctx?.client.id ?? null,
        assignmentId: plan?.row.id ?? null,
        title: task.title,
        notes: task.notes ?? '',
        dueDate: task.due === undefined ? null : addDays(today, task.due),
        doneAt: doneAt ? past(doneAt, 'prep task') : null,
        createdAt: past(createdAt, 'prep task'),
      });
    }
  }
  checkDemoHomework(rows, input, now);
  return rows;
}

function clientContext(client: DemoHomeworkClient, story: ClientStory, now: Date): ClientCtx {
  const rng = seededRng(`interlude-demo:${client.name}`);
  const sessions: Date[] = [];
  for (let k = 1; ; k += 1) {
    const at = new Date(client.nextSessionAt.getTime() - k * WEEK);
    if (at.getTime() < client.createdAt.getTime()) break;
    if (at.getTime() < now.getTime()) sessions.unshift(at);
  }
  if (sessions.length === 0) sessions.push(new Date(client.createdAt.getTime() + HOUR));
  const primary = story.phq9 ?? story.gad7;
  const code: MeasureCode = story.phq9 ? 'phq9' : 'gad7';
  const start = (sessions[0] as Date).getTime();
  const severityAt = (t: Date) => {
    if (!primary) return 0.4;
    const p = clamp((t.getTime() - start) / (now.getTime() - start), 0, 1);
    return clamp(along(primary, p) / SCALE_MAX[code], 0, 1);
  };
  const weights = (n: number) => Array.from({ length: n }, () => 0.5 + rng() * 1.5);
  return {
    client,
    story,
    rng,
    sessions,
    today: dateIn(now, client.timezone),
    used: new Set(),
    decks: new Map(),
    plans: [],
    severityAt,
    itemWeights: { phq9: weights(9), gad7: weights(7) },
  };
}

/** A time later today (local), for the portal's "due later today". */
function laterToday(now: Date, timeZone: string): string {
  const parts = partsIn(now, timeZone);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const later = Math.ceil((hour * 60 + minute + 150) / 30) * 30;
  if (later >= 24 * 60 - 15) return hour * 60 + minute >= 23 * 60 + 45 ? '23:59' : '23:45';
  return `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatting with one cached formatter per zone (building one per call is what makes time zones slow). */
function partsIn(at: Date, timeZone: string): Record<string, string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The local calendar date (YYYY-MM-DD) at an instant, as `localDateIn` gives it. */
function dateIn(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

const localHour = (at: Date, timeZone: string) => Number(partsIn(at, timeZone).hour);

/** The plan's due occurrences, as writeOccurrences would write them from its start (or acceptance). */
function writeDueDates(ctx: ClientCtx, plan: Plan, now: Date): void {
  const { line } = plan;
  if (plan.row.status === 'proposed') return;
  if (line?.ended?.how === 'declined' && plan.row.requiresAcceptance) {
    // The client said no to the proposal: nothing was ever due.
    plan.row.status = 'declined';
    plan.row.updatedAt = plan.endAt as Date;
    return;
  }
  if (plan.row.requiresAcceptance) {
    const accepted = new Date(plan.row.createdAt.getTime() + between(ctx.rng, 3, 20) * HOUR);
    plan.row.acceptedAt = accepted.getTime() < now.getTime() ? accepted : plan.row.createdAt;
    plan.from = plan.row.acceptedAt;
  }
  const due = expandSchedule(plan.row.schedule, plan.row.timezone, { from: plan.from, limit: 400 });
  const kept = plan.endAt ? due.filter((o) => o.dueAt.getTime() <= (plan.endAt as Date).getTime()) : due;
  plan.occs = kept.map((o, i) => ({
    row: {
      id: uuidv7({ msecs: Math.min(plan.from.getTime(), now.getTime()) }),
      assignmentId: plan.row.id,
      clientId: plan.row.clientId,
      idx: i,
      dueAt: o.dueAt,
      localDate: o.localDate,
      localTime: o.localTime,
      status: 'pending',
      draft: null,
      draftSavedAt: null,
      updatedAt: plan.from,
    },
    plan,
    outcome: { type: 'pending' },
    forced: false,
  }));
}

/** Who did what, and when: chance by engagement, then what the story insists on. */
function decideOutcomes(ctx: ClientCtx, now: Date): void {
  const { rng, story } = ctx;
  const tz = ctx.client.timezone;
  const all = ctx.plans.flatMap((p) => p.occs);
  for (const occ of all) {
    const due = occ.row.dueAt;
    if (due.getTime() > now.getTime()) continue;
    const kind = occ.plan.template.kind;
    const level = ENGAGEMENT[kind === 'measure' ? MEASURE_ENGAGEMENT[story.engagement] : story.engagement];
    const decline = level.decline * (kind === 'measure' ? 0.3 : HARD_KINDS.has(kind) ? 1.8 : 1);
    const r = rng();
    if (r < decline) {
      const reason = pick(rng, DECLINE_REASONS_BY_KIND[kind] ?? ['no_time']);
      occ.outcome = declined(ctx, occ, reason, null, now);
    } else if (r < decline + level.onTime) {
      occ.outcome = { type: 'submitted', at: onTime(ctx, occ, now) };
    } else if (r < decline + level.onTime + level.late) {
      const at = daytime(new Date(due.getTime() + between(rng, 60, 50 * 60) * MINUTE), tz, -1);
      if (at.getTime() < now.getTime() - 10 * MINUTE) occ.outcome = { type: 'submitted', at };
    }
  }

  // Declines the story asks for, per assignment line.
  for (const plan of ctx.plans) {
    const pastOccs = plan.occs.filter((o) => o.row.dueAt.getTime() <= now.getTime());
    for (const d of plan.line?.declines ?? []) {
      const occ = d.nth < 0 ? pastOccs.at(d.nth) : pastOccs[d.nth];
      if (!occ) continue;
      occ.outcome = declined(ctx, occ, d.reason, d.note, now);
      occ.forced = true;
    }
  }

  // PHQ-9 item 9: the nearest questionnaire to when the story says.
  if (story.risk) {
    const risk = story.risk;
    const phq9 = all.filter(
      (o) => o.plan.template.measure === 'phq9' && o.row.dueAt.getTime() <= now.getTime() - HOUR,
    );
    const target = now.getTime() - risk.weeksAgo * WEEK;
    const occ = phq9.reduce<Occ | undefined>(
      (best, o) =>
        !best || Math.abs(o.row.dueAt.getTime() - target) < Math.abs(best.row.dueAt.getTime() - target)
          ? o
          : best,
      undefined,
    );
    if (occ) {
      const due = occ.row.dueAt.getTime();
      let at = onTime(ctx, occ, now);
      if (risk.open && due < now.getTime() - 30 * HOUR) {
        at = new Date(now.getTime() - between(rng, 10, 26) * HOUR);
      }
      occ.outcome = { type: 'submitted', at };
      occ.forced = true;
      occ.risk = { open: Boolean(risk.open), note: risk.note ?? RISK_NOTE };
    }
  }

  const portal = story.portal;
  if (!portal) return;
  // Today's list shows what is already done today as done, not overdue, and the last few days'
  // journal entries are in, so the progress page has a streak going.
  const recentDays = new Set([
    ctx.today,
    addDays(ctx.today, -1),
    addDays(ctx.today, -2),
    addDays(ctx.today, -3),
  ]);
  for (const occ of all) {
    if (occ.row.dueAt.getTime() > now.getTime() || occ.forced || occ.plan.endAt) continue;
    const journal = occ.plan.template.kind === 'journal' && recentDays.has(occ.row.localDate);
    if (occ.row.localDate !== ctx.today && !journal) continue;
    occ.outcome = { type: 'submitted', at: onTime(ctx, occ, now) };
    occ.forced = true;
  }
  // A few recent pieces not done yet: the overdue list.
  const recent = all
    .filter((o) => {
      const due = o.row.dueAt.getTime();
      return (
        !o.forced &&
        !o.plan.endAt &&
        o.plan.template.kind !== 'measure' &&
        o.row.localDate !== ctx.today &&
        due <= now.getTime() - HOUR &&
        due >= now.getTime() - 6 * DAY
      );
    })
    // Journals last: a missed entry breaks the streak more than it adds to the list.
    .sort(
      (a, b) =>
        Number(a.plan.template.kind === 'journal') - Number(b.plan.template.kind === 'journal') ||
        b.row.dueAt.getTime() - a.row.dueAt.getTime(),
    );
  const chosen: Occ[] = [];
  for (const occ of recent) {
    if (chosen.length >= portal.overdue) break;
    if (chosen.some((c) => c.plan === occ.plan)) continue;
    chosen.push(occ);
  }
  for (const occ of chosen) {
    occ.outcome = { type: 'pending' };
    occ.forced = true;
  }
  // A half-finished draft on something still open.
  const open = [...all]
    .reverse()
    .find(
      (o) =>
        o.outcome.type === 'pending' && o.row.localDate === ctx.today && o.plan.template.kind !== 'journal',
    );
  const draftOn = open ?? chosen[0];
  if (draftOn) {
    const full = answersFor(ctx, draftOn, now);
    const keys = Object.keys(full).slice(0, 2);
    draftOn.row.draft = cleanDraft(
      draftOn.plan.template.fields,
      Object.fromEntries(keys.map((k) => [k, full[k]])),
    );
    draftOn.row.draftSavedAt = new Date(
      Math.max(draftOn.plan.from.getTime() + 10 * MINUTE, now.getTime() - between(ctx.rng, 40, 180) * MINUTE),
    );
  }
}

/** A plausible on-time moment: some hours before the due time, not in the small hours. */
function onTime(ctx: ClientCtx, occ: Occ, now: Date): Date {
  const due = occ.row.dueAt.getTime();
  const earliest = occ.plan.from.getTime() + 10 * MINUTE;
  const daily = occ.plan.row.schedule.kind === 'daily' || occ.plan.row.schedule.kind === 'timesPerWeek';
  const lead = between(ctx.rng, 15, (daily ? 8 : 26) * 60) * MINUTE;
  let at = daytime(new Date(due - lead), ctx.client.timezone, 1);
  if (at.getTime() < earliest) at = new Date(earliest + (due - earliest) * 0.6);
  return new Date(Math.min(at.getTime(), due, now.getTime() - 5 * MINUTE));
}

/** Moves a moment out of 00:00–06:59 local: to the evening before (-1) or stays before (1). */
function daytime(at: Date, timeZone: string, direction: 1 | -1): Date {
  const hour = localHour(at, timeZone);
  if (hour >= 7) return at;
  if (direction === -1) return new Date(at.getTime() + (7 - hour) * HOUR + 20 * MINUTE);
  return new Date(at.getTime() - (hour + 2) * HOUR);
}

function declined(ctx: ClientCtx, occ: Occ, reason: DeclineReason, note: string | null, now: Date): Outcome {
  const due = occ.row.dueAt.getTime();
  const earliest = occ.plan.from.getTime() + 10 * MINUTE;
  const at = Math.max(earliest, due - between(ctx.rng, 2, 30) * HOUR);
  const text =
    note ?? (reason === 'other' || chance(ctx.rng, 0.85) ? pick(ctx.rng, DECLINE_NOTES[reason]) : null);
  return { type: 'declined', at: new Date(Math.min(at, now.getTime() - 5 * MINUTE)), reason, note: text };
}

/** The client's answers to one occurrence, valid against the template version its assignment pinned. */
function answersFor(ctx: ClientCtx, occ: Occ, now: Date): Record<string, unknown> {
  const kind = occ.plan.template.kind;
  const at = occ.outcome.type === 'submitted' ? occ.outcome.at : now;
  const severity = ctx.severityAt(occ.row.dueAt);
  const c: AnswerContext = {
    rng: ctx.rng,
    theme: ctx.story.theme,
    severity,
    mood: clamp(Math.round(9 - 8 * severity + (ctx.rng() - 0.5) * 3), 0, 10),
    dueDate: occ.row.localDate,
    submittedDate: dateIn(at, ctx.client.timezone),
    nth: occ.row.idx,
    topic: occ.plan.topic,
    used: ctx.used,
    decks: ctx.decks,
  };
  const builders: Partial<Record<HomeworkKindName, (c: AnswerContext) => Record<string, unknown>>> = {
    journal: journalAnswers,
    schedule: scheduleAnswers,
    event_plan: eventPlanAnswers,
    interests: interestsAnswers,
    worksheet: thoughtRecordAnswers,
    reach_out: reachOutAnswers,
    meeting: meetingAnswers,
    social_skills: socialSkillAnswers,
    reading: readingAnswers,
  };
  const build = builders[kind];
  if (!build) throw new Error(`No demo answers for ${kind}`);
  return build(c);
}

/** A questionnaire filled in to add up to `total`, item 9 (PHQ-9) answered `risk`. */
function measureAnswers(
  ctx: ClientCtx,
  code: MeasureCode,
  total: number,
  risk: number,
): Record<string, string> {
  const weights = ctx.itemWeights[code];
  const values = weights.map(() => 0);
  const free = weights.map((_, i) => i).filter((i) => !(code === 'phq9' && i === 8));
  if (code === 'phq9') values[8] = risk;
  for (let left = total - risk; left > 0; left -= 1) {
    const open = free.filter((i) => (values[i] ?? 0) < 3);
    const sum = open.reduce((s, i) => s + (weights[i] ?? 1), 0);
    const r = ctx.rng() * sum;
    let below = 0;
    const chosen =
      open.find((i) => {
        below += weights[i] ?? 1;
        return r < below;
      }) ?? open.at(-1);
    if (chosen === undefined) throw new Error(`Cannot spread a ${code} total of ${total}`);
    values[chosen] = (values[chosen] ?? 0) + 1;
  }
  const answers: Record<string, string> = Object.fromEntries(
    values.map((v, i) => [`item${i + 1}`, String(v)]),
  );
  if (chance(ctx.rng, 0.75)) {
    answers.difficulty = String(clamp(Math.round((3 * total) / SCALE_MAX[code] + (ctx.rng() - 0.5)), 0, 3));
  }
  return answers;
}

/** Submissions (with scores and alerts), declines and the assignments' final state for one client. */
function writeClientRows(ctx: ClientCtx, now: Date, rows: DemoHomeworkRows): void {
  const { rng, story } = ctx;
  const submitted = ctx.plans
    .flatMap((p) => p.occs)
    .filter((o) => o.outcome.type === 'submitted')
    .sort((a, b) => a.row.dueAt.getTime() - b.row.dueAt.getTime());

  // Each questionnaire's scores follow the story's trajectory, first and last exactly.
  const totals = new Map<Occ, number>();
  for (const code of ['phq9', 'gad7'] as const) {
    const trajectory = story[code];
    const series = submitted.filter((o) => o.plan.template.measure === code);
    if (!trajectory && series.length > 0)
      throw new Error(`${ctx.client.name} has ${code} homework but no ${code} story`);
    if (!trajectory) continue;
    const first = series[0]?.row.dueAt.getTime() ?? 0;
    const span = (series.at(-1)?.row.dueAt.getTime() ?? 0) - first || 1;
    series.forEach((o, k) => {
      const p = (o.row.dueAt.getTime() - first) / span;
      const noise = k === 0 || k === series.length - 1 ? 0 : Math.round((rng() - 0.5) * 3);
      totals.set(o, clamp(Math.round(along(trajectory, p)) + noise, 0, MAX_TOTAL[code]));
    });
  }

  for (const occ of submitted) {
    if (occ.outcome.type !== 'submitted') continue;
    const at = occ.outcome.at;
    const t = occ.plan.template;
    const answers = t.measure
      ? measureAnswers(ctx, t.measure, totals.get(occ) ?? 0, occ.risk ? 1 : 0)
      : answersFor(ctx, occ, now);
    const problems = validateResponse(t.fields, answers);
    if (problems.length > 0) {
      throw new Error(
        `Demo answers for "${t.starterKey}" (${ctx.client.name}) do not fit the template: ${JSON.stringify(problems)}`,
      );
    }
    const id = uuidv7({ msecs: at.getTime() });
    const flagChance =
      t.kind === 'worksheet' || t.kind === 'event_plan' ? 0.15 : t.kind === 'measure' ? 0 : 0.06;
    rows.submissions.push({
      id,
      occurrenceId: occ.row.id,
      assignmentId: occ.plan.row.id,
      clientId: ctx.client.id,
      answers,
      talkNextSession: chance(rng, flagChance),
      submittedAt: at,
      late: isLate(occ.row.dueAt, at),
      reviewedAt: null,
      reviewedBy: null,
    });
    occ.row.status = 'submitted';
    occ.row.updatedAt = at;
    if (t.measure) {
      const score = scoreMeasure(t.measure, measureItemAnswers(t.measure, answers));
      if (score.total !== totals.get(occ)) throw new Error('A demo questionnaire does not add up');
      rows.scores.push({
        id: uuidv7({ msecs: at.getTime() }),
        clientId: ctx.client.id,
        submissionId: id,
        measure: t.measure,
        total: score.total,
        band: score.band,
        riskItemAnswer: score.riskItemAnswer,
        scoredAt: at,
      });
      if (score.raisesRiskAlert) {
        if (!occ.risk) throw new Error('A demo PHQ-9 raised a risk alert the story did not ask for');
        const acknowledgedAt = occ.risk.open ? null : new Date(at.getTime() + between(rng, 30, 180) * MINUTE);
        rows.alerts.push({
          id: uuidv7({ msecs: at.getTime() }),
          clientId: ctx.client.id,
          submissionId: id,
          itemAnswer: score.riskItemAnswer ?? 1,
          createdAt: at,
          acknowledgedAt,
          acknowledgedBy: acknowledgedAt ? ctx.client.clinicianMembershipId : null,
          note: acknowledgedAt ? occ.risk.note : null,
        });
      }
    }
  }

  for (const plan of ctx.plans) {
    for (const occ of plan.occs) {
      if (occ.outcome.type !== 'declined') continue;
      occ.row.status = 'declined';
      occ.row.updatedAt = occ.outcome.at;
      rows.declines.push(
        declineRow(ctx, plan, occ.row.id, occ.outcome.reason, occ.outcome.note, occ.outcome.at, now),
      );
    }
    const ended = plan.line?.ended;
    const row = plan.row;
    if (ended && plan.endAt) {
      if (ended.how === 'declined') {
        row.status = 'declined';
        rows.declines.push(
          declineRow(ctx, plan, null, ended.reason ?? 'other', ended.note ?? null, plan.endAt, now),
        );
      } else {
        row.status = ended.how;
      }
      row.updatedAt = plan.endAt;
    } else if (row.status === 'active') {
      const future = plan.occs.some((o) => o.row.dueAt.getTime() > now.getTime());
      const pending = plan.occs.filter((o) => o.row.status === 'pending');
      const done = plan.occs.filter((o) => o.row.status !== 'pending');
      const lastDue = plan.occs.at(-1)?.row.dueAt.getTime() ?? 0;
      if (!future && pending.length === 0 && done.length > 0) {
        row.status = 'completed';
        row.updatedAt = new Date(Math.max(...done.map((o) => o.row.updatedAt.getTime())));
      } else if (!future && pending.length > 0 && lastDue < now.getTime() - 8 * DAY) {
        // Ran its course with a few never done: the clinician closed it at the next session.
        row.status = 'cancelled';
        row.updatedAt = notAfter(nextSession(ctx, new Date(lastDue)) ?? new Date(lastDue + 8 * DAY), now);
      }
    }
    rows.assignments.push(row);
    rows.occurrences.push(...plan.occs.map((o) => o.row));
  }
}

/** `at`, or an hour ago when `at` has not happened yet. */
function notAfter(at: Date, now: Date): Date {
  return at.getTime() > now.getTime() ? new Date(now.getTime() - HOUR) : at;
}

/** The first session after `at` (ending 50 minutes after it starts), if it has happened. */
function nextSession(ctx: ClientCtx, at: Date): Date | undefined {
  const s = ctx.sessions.find((x) => x.getTime() > at.getTime());
  return s ? new Date(s.getTime() + 50 * MINUTE) : undefined;
}

function declineRow(
  ctx: ClientCtx,
  plan: Plan,
  occurrenceId: string | null,
  reason: DeclineReason,
  note: string | null,
  at: Date,
  now: Date,
): DeclineRow {
  const discussedAt = nextSession(ctx, at);
  const talked = discussedAt && discussedAt.getTime() < now.getTime() ? discussedAt : null;
  return {
    id: uuidv7({ msecs: at.getTime() }),
    assignmentId: plan.row.id,
    occurrenceId,
    clientId: ctx.client.id,
    reason,
    note,
    declinedAt: at,
    discussedAt: talked,
    discussedNote: talked ? pick(ctx.rng, DISCUSSED_NOTES[reason]) : null,
    discussedBy: talked ? ctx.client.clinicianMembershipId : null,
  };
}

/**
 * The clinicians' side: each has read all but their newest few submissions (some with feedback,
 * some with a follow-up after the session), leaves a handful of declines to talk through, and a
 * couple of the waiting submissions are flagged "talk about this next session".
 */
function review(contexts: ClientCtx[], now: Date, rows: DemoHomeworkRows): void {
  const byClient = new Map(contexts.map((c) => [c.client.id, c]));
  const occById = new Map(rows.occurrences.map((o) => [o.id, o]));
  const kindOf = new Map(contexts.flatMap((c) => c.plans.map((p) => [p.row.id, p.template.kind] as const)));
  const openAlertSubmissions = new Set(
    rows.alerts.filter((a) => !a.acknowledgedAt).map((a) => a.submissionId),
  );
  const scoresBySubmission = new Map(rows.scores.map((s) => [s.submissionId, s]));
  const rng = seededRng('interlude-demo:review');

  for (const [email, unreviewed] of Object.entries(DEMO_UNREVIEWED)) {
    const mine = contexts.filter((c) => c.client.clinicianEmail === email);
    if (mine.length === 0) continue;
    const ids = new Set(mine.map((c) => c.client.id));
    const subs = rows.submissions
      .filter((s) => ids.has(s.clientId))
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
    const waiting = new Set(subs.slice(0, unreviewed));
    for (const s of subs) if (openAlertSubmissions.has(s.id)) waiting.add(s);

    const flaggable = [...waiting].filter((s) => kindOf.get(s.assignmentId) !== 'measure');
    for (const s of flaggable.slice(0, 2)) s.talkNextSession = true;

    for (const s of subs) {
      if (waiting.has(s)) continue;
      const ctx = byClient.get(s.clientId) as ClientCtx;
      const reviewedAt = new Date(
        Math.min(s.submittedAt.getTime() + between(rng, 120, 40 * 60) * MINUTE, now.getTime() - 20 * MINUTE),
      );
      if (reviewedAt.getTime() < s.submittedAt.getTime() + 5 * MINUTE) continue;
      s.reviewedAt = reviewedAt;
      s.reviewedBy = ctx.client.clinicianMembershipId;
      const occ = occById.get(s.occurrenceId);
      if (occ) {
        occ.status = 'reviewed';
        occ.updatedAt = reviewedAt;
      }
      const kind = kindOf.get(s.assignmentId) ?? 'journal';
      const portal = Boolean(ctx.story.portal);
      const p = (portal ? 0.6 : 0.3) * (kind === 'measure' ? 0.5 : 1);
      if (!chance(rng, p)) continue;
      let trend: 'down' | 'up' | 'same' | undefined;
      const score = scoresBySubmission.get(s.id);
      if (score) {
        const earlier = rows.scores
          .filter(
            (x) => x.clientId === s.clientId && x.measure === score.measure && x.scoredAt < score.scoredAt,
          )
          .at(-1);
        const first = rows.scores.find((x) => x.clientId === s.clientId && x.measure === score.measure);
        const base = earlier ?? first ?? score;
        trend = score.total < base.total - 1 ? 'down' : score.total > base.total + 1 ? 'up' : 'same';
        if (first && score.total <= first.total - 4) trend = 'down';
      }
      const feedbackAt = new Date(
        Math.max(s.submittedAt.getTime() + MINUTE, reviewedAt.getTime() - between(rng, 1, 10) * MINUTE),
      );
      rows.feedback.push({
        id: uuidv7({ msecs: feedbackAt.getTime() }),
        submissionId: s.id,
        authorId: ctx.client.clinicianMembershipId,
        text: feedbackText(rng, kind, trend),
        createdAt: feedbackAt,
      });
      const followUp = nextSession(ctx, reviewedAt);
      if (kind !== 'measure' && followUp && followUp.getTime() + HOUR < now.getTime() && chance(rng, 0.3)) {
        const at = new Date(followUp.getTime() + between(rng, 20, 120) * MINUTE);
        rows.feedback.push({
          id: uuidv7({ msecs: at.getTime() }),
          submissionId: s.id,
          authorId: ctx.client.clinicianMembershipId,
          text: followUpText(rng),
          createdAt: notAfter(at, now),
        });
      }
    }

    // The newest declines wait to be talked through (at most a handful); older ones were.
    const declines = rows.declines
      .filter((d) => ids.has(d.clientId))
      .sort((a, b) => b.declinedAt.getTime() - a.declinedAt.getTime());
    for (const d of declines.slice(0, 3)) {
      if (d.declinedAt.getTime() < now.getTime() - 12 * DAY) continue;
      d.discussedAt = null;
      d.discussedNote = null;
      d.discussedBy = null;
    }
    for (const d of declines.filter((x) => !x.discussedAt).slice(3)) {
      d.discussedAt = new Date(Math.min(d.declinedAt.getTime() + DAY, now.getTime() - HOUR));
      d.discussedNote =
        'Talked it through on a check-in call; agreed to pick it up again at the next session.';
      d.discussedBy = (byClient.get(d.clientId) as ClientCtx).client.clinicianMembershipId;
    }
  }
}

/** What the demo promises (the e2e test checks the same through the API). */
function checkDemoHomework(rows: DemoHomeworkRows, input: DemoHomeworkInput, now: Date): void {
  const fail = (message: string) => {
    throw new Error(`Demo homework: ${message}`);
  };
  const kinds = new Set(
    rows.assignments.map((a) => input.templates.find((t) => t.id === a.templateId)?.kind),
  );
  for (const kind of ALL_KINDS) if (!kinds.has(kind)) fail(`no ${kind} assignments`);
  if (rows.alerts.filter((a) => !a.acknowledgedAt).length !== 1) fail('expected exactly one open risk alert');
  if (new Set(rows.declines.map((d) => d.reason)).size < 3)
    fail('expected declines with three reasons or more');
  const stamps: Array<[string, Date | null]> = [
    ...rows.submissions.flatMap(
      (s): Array<[string, Date | null]> => [
        ['submission', s.submittedAt],
        ['review', s.reviewedAt],
      ],
    ),
    ...rows.feedback.map((f): [string, Date] => ['feedback', f.createdAt]),
    ...rows.declines.flatMap(
      (d): Array<[string, Date | null]> => [
        ['decline', d.declinedAt],
        ['discussion', d.discussedAt],
      ],
    ),
    ...rows.alerts.flatMap(
      (a): Array<[string, Date | null]> => [
        ['alert', a.createdAt],
        ['acknowledgement', a.acknowledgedAt],
      ],
    ),
    ...rows.assignments.flatMap(
      (a): Array<[string, Date | null]> => [
        ['assignment', a.createdAt],
        ['assignment change', a.updatedAt],
        ['acceptance', a.acceptedAt],
      ],
    ),
    ...rows.occurrences.flatMap(
      (o): Array<[string, Date | null]> => [
        ['occurrence change', o.updatedAt],
        ['draft', o.draftSavedAt],
      ],
    ),
  ];
  for (const [what, at] of stamps) if (at && at.getTime() > now.getTime()) fail(`a ${what} is in the future`);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/**
 * Writes the demo clinic's homework history in the open transaction (the clinic's, as the app role):
 * reads the clinic's own library copies by starter key, builds everything, then inserts one batch
 * per table. Returns how many rows of each it wrote.
 */
export async function seedDemoHomework(
  m: EntityManager,
  clinicId: string,
  now: Date,
  clients: DemoHomeworkClient[],
  staff: Map<string, string>,
): Promise<Record<keyof DemoHomeworkRows, number>> {
  const templates: DemoTemplate[] = (
    await m.query(
      `SELECT t.id, t.starter_key, t.kind, t.measure, v.version, v.fields
         FROM templates t
         JOIN template_versions v ON v.clinic_id = t.clinic_id AND v.template_id = t.id AND v.version = t.current_version
        WHERE t.clinic_id = $1 AND t.starter_key IS NOT NULL AND t.status = 'active'`,
      [clinicId],
    )
  ).map((r: Record<string, unknown>) => ({
    id: r.id,
    starterKey: r.starter_key,
    kind: r.kind,
    measure: r.measure,
    version: r.version,
    fields: r.fields,
  }));
  const steps: Array<Record<string, unknown>> = await m.query(
    `SELECT p.id, p.starter_key, s.template_id, s.day_offset, s.recurrence, s.instructions
       FROM programs p JOIN program_steps s ON s.clinic_id = p.clinic_id AND s.program_id = p.id
      WHERE p.clinic_id = $1 AND p.starter_key IS NOT NULL AND p.status = 'active'
      ORDER BY p.id, s.position`,
    [clinicId],
  );
  const programs = new Map<string, DemoProgram>();
  for (const s of steps) {
    const key = s.starter_key as string;
    const program = programs.get(key) ?? { id: s.id as string, starterKey: key, steps: [] };
    program.steps.push({
      templateId: s.template_id as string,
      dayOffset: s.day_offset as number,
      recurrence: s.recurrence as ProgramStepRecurrence,
      instructions: (s.instructions as string | null) ?? null,
    });
    programs.set(key, program);
  }

  const rows = buildDemoHomework({ now, clients, templates, programs: [...programs.values()], staff });
  await insertRows(m, clinicId, rows);
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as Record<
    keyof DemoHomeworkRows,
    number
  >;
}

async function insertRows(m: EntityManager, clinicId: string, rows: DemoHomeworkRows): Promise<void> {
  const a = rows.assignments;
  await m.query(
    `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, program_id, program_run_id,
        instructions, schedule, timezone, check_relevant, check_within_ability, safety_concern, backup_plan,
        safety_plan_version, requires_acceptance, status, assigned_by, accepted_at, created_at, updated_at)
     SELECT $1, x.id, x.client_id, x.template_id, x.template_version, x.program_id, x.program_run_id,
            x.instructions, x.schedule::jsonb, x.timezone, true, true, x.safety_concern, x.backup_plan,
            x.safety_plan_version, x.requires_acceptance, x.status, x.assigned_by, x.accepted_at, x.created_at, x.updated_at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::uuid[], $7::uuid[], $8::text[], $9::text[],
                   $10::text[], $11::bool[], $12::text[], $13::int[], $14::bool[], $15::text[], $16::uuid[],
                   $17::timestamptz[], $18::timestamptz[], $19::timestamptz[])
         AS x(id, client_id, template_id, template_version, program_id, program_run_id, instructions, schedule,
              timezone, safety_concern, backup_plan, safety_plan_version, requires_acceptance, status, assigned_by,
              accepted_at, created_at, updated_at)`,
    [
      clinicId,
      a.map((r) => r.id),
      a.map((r) => r.clientId),
      a.map((r) => r.templateId),
      a.map((r) => r.templateVersion),
      a.map((r) => r.programId),
      a.map((r) => r.programRunId),
      a.map((r) => r.instructions),
      a.map((r) => JSON.stringify(r.schedule)),
      a.map((r) => r.timezone),
      a.map((r) => r.safetyConcern),
      a.map((r) => r.backupPlan),
      a.map((r) => r.safetyPlanVersion),
      a.map((r) => r.requiresAcceptance),
      a.map((r) => r.status),
      a.map((r) => r.assignedBy),
      a.map((r) => iso(r.acceptedAt)),
      a.map((r) => iso(r.createdAt)),
      a.map((r) => iso(r.updatedAt)),
    ],
  );
  const o = rows.occurrences;
  await m.query(
    `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status,
        draft, draft_saved_at, updated_at)
     SELECT $1, x.id, x.assignment_id, x.client_id, x.idx, x.due_at, x.local_date::date, x.local_time, x.status,
            x.draft::jsonb, x.draft_saved_at, x.updated_at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::timestamptz[], $12::timestamptz[])
         AS x(id, assignment_id, client_id, idx, due_at, local_date, local_time, status, draft, draft_saved_at,
              updated_at)`,
    [
      clinicId,
      o.map((r) => r.id),
      o.map((r) => r.assignmentId),
      o.map((r) => r.clientId),
      o.map((r) => r.idx),
      o.map((r) => iso(r.dueAt)),
      o.map((r) => r.localDate),
      o.map((r) => r.localTime),
      o.map((r) => r.status),
      o.map((r) => json(r.draft)),
      o.map((r) => iso(r.draftSavedAt)),
      o.map((r) => iso(r.updatedAt)),
    ],
  );
  const s = rows.submissions;
  await m.query(
    `INSERT INTO submissions (clinic_id, id, occurrence_id, assignment_id, client_id, answers, talk_next_session,
        submitted_at, late, idempotency_key, request_digest, reviewed_at, reviewed_by)
     SELECT $1, x.id, x.occurrence_id, x.assignment_id, x.client_id, x.answers::jsonb, x.talk, x.submitted_at, x.late,
            'demo-' || x.id::text, x.digest, x.reviewed_at, x.reviewed_by
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::bool[], $8::timestamptz[],
                   $9::bool[], $10::text[], $11::timestamptz[], $12::uuid[])
         AS x(id, occurrence_id, assignment_id, client_id, answers, talk, submitted_at, late, digest, reviewed_at,
              reviewed_by)`,
    [
      clinicId,
      s.map((r) => r.id),
      s.map((r) => r.occurrenceId),
      s.map((r) => r.assignmentId),
      s.map((r) => r.clientId),
      s.map((r) => JSON.stringify(r.answers)),
      s.map((r) => r.talkNextSession),
      s.map((r) => iso(r.submittedAt)),
      s.map((r) => r.late),
      s.map((r) =>
        createHash('sha256')
          .update(r.occurrenceId)
          .update('\n')
          .update(JSON.stringify({ answers: r.answers, talkNextSession: r.talkNextSession }))
          .digest('hex'),
      ),
      s.map((r) => iso(r.reviewedAt)),
      s.map((r) => r.reviewedBy),
    ],
  );
  const sc = rows.scores;
  await m.query(
    `INSERT INTO measure_scores (clinic_id, id, client_id, submission_id, measure, total, band, risk_item_answer, scored_at)
     SELECT $1, x.id, x.client_id, x.submission_id, x.measure, x.total, x.band, x.risk, x.scored_at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::int[], $9::timestamptz[])
         AS x(id, client_id, submission_id, measure, total, band, risk, scored_at)`,
    [
      clinicId,
      sc.map((r) => r.id),
      sc.map((r) => r.clientId),
      sc.map((r) => r.submissionId),
      sc.map((r) => r.measure),
      sc.map((r) => r.total),
      sc.map((r) => r.band),
      sc.map((r) => r.riskItemAnswer),
      sc.map((r) => iso(r.scoredAt)),
    ],
  );
  const al = rows.alerts;
  await m.query(
    `INSERT INTO risk_alerts (clinic_id, id, client_id, submission_id, source, severity, item_answer, created_at,
        acknowledged_at, acknowledged_by, note)
     SELECT $1, x.id, x.client_id, x.submission_id, 'phq9_item9', 'high', x.item_answer, x.created_at,
            x.acknowledged_at, x.acknowledged_by, x.note
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[], $7::timestamptz[], $8::uuid[],
                   $9::text[])
         AS x(id, client_id, submission_id, item_answer, created_at, acknowledged_at, acknowledged_by, note)`,
    [
      clinicId,
      al.map((r) => r.id),
      al.map((r) => r.clientId),
      al.map((r) => r.submissionId),
      al.map((r) => r.itemAnswer),
      al.map((r) => iso(r.createdAt)),
      al.map((r) => iso(r.acknowledgedAt)),
      al.map((r) => r.acknowledgedBy),
      al.map((r) => r.note),
    ],
  );
  const f = rows.feedback;
  await m.query(
    `INSERT INTO feedback (clinic_id, id, submission_id, author_id, text, created_at)
     SELECT $1, x.id, x.submission_id, x.author_id, x.text, x.created_at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
         AS x(id, submission_id, author_id, text, created_at)`,
    [
      clinicId,
      f.map((r) => r.id),
      f.map((r) => r.submissionId),
      f.map((r) => r.authorId),
      f.map((r) => r.text),
      f.map((r) => iso(r.createdAt)),
    ],
  );
  const d = rows.declines;
  await m.query(
    `INSERT INTO declines (clinic_id, id, assignment_id, occurrence_id, client_id, reason, note, declined_at,
        discussed_at, discussed_note, discussed_by)
     SELECT $1, x.id, x.assignment_id, x.occurrence_id, x.client_id, x.reason, x.note, x.declined_at,
            x.discussed_at, x.discussed_note, x.discussed_by
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[],
                   $9::timestamptz[], $10::text[], $11::uuid[])
         AS x(id, assignment_id, occurrence_id, client_id, reason, note, declined_at, discussed_at, discussed_note,
              discussed_by)`,
    [
      clinicId,
      d.map((r) => r.id),
      d.map((r) => r.assignmentId),
      d.map((r) => r.occurrenceId),
      d.map((r) => r.clientId),
      d.map((r) => r.reason),
      d.map((r) => r.note),
      d.map((r) => iso(r.declinedAt)),
      d.map((r) => iso(r.discussedAt)),
      d.map((r) => r.discussedNote),
      d.map((r) => r.discussedBy),
    ],
  );
  const p = rows.prepTasks;
  await m.query(
    `INSERT INTO prep_tasks (clinic_id, id, owner_id, client_id, assignment_id, title, notes, due_date, done_at,
        created_at, updated_at)
     SELECT $1, x.id, x.owner_id, x.client_id, x.assignment_id, x.title, x.notes, x.due_date::date, x.done_at,
            x.created_at, coalesce(x.done_at, x.created_at)
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                   $9::timestamptz[], $10::timestamptz[])
         AS x(id, owner_id, client_id, assignment_id, title, notes, due_date, done_at, created_at)`,
    [
      clinicId,
      p.map((r) => r.id),
      p.map((r) => r.ownerId),
      p.map((r) => r.clientId),
      p.map((r) => r.assignmentId),
      p.map((r) => r.title),
      p.map((r) => r.notes),
      p.map((r) => r.dueDate),
      p.map((r) => iso(r.doneAt)),
      p.map((r) => iso(r.createdAt)),
    ],
  );
}
