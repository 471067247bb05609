import {
  displayStatus,
  type HomeworkField,
  STARTER_PROGRAMS,
  STARTER_TEMPLATES,
  validateResponse,
} from '@interlude/domain';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_CASELOADS, DEMO_PORTAL_CLIENTS } from './demo-clients';
import {
  buildDemoHomework,
  type DemoHomeworkClient,
  type DemoHomeworkRows,
  type DemoTemplate,
} from './demo-homework';

const DAY = 86_400_000;

/** The demo clinic as the seeder makes it: the starter library and the caseloads, at `now`. */
function demoInput(now: Date) {
  const templates: DemoTemplate[] = STARTER_TEMPLATES.map((t) => ({
    id: uuidv7(),
    starterKey: t.starterKey,
    kind: t.kind,
    measure: t.measure,
    version: 1,
    fields: t.fields as HomeworkField[],
  }));
  const byKey = new Map(templates.map((t) => [t.starterKey, t.id]));
  const programs = STARTER_PROGRAMS.map((p) => ({
    id: uuidv7(),
    starterKey: p.starterKey,
    steps: p.steps.map((s) => ({
      templateId: byKey.get(s.templateKey) as string,
      dayOffset: s.dayOffset,
      recurrence: s.recurrence,
      instructions: s.instructions,
    })),
  }));
  const staff = new Map(Object.keys(DEMO_CASELOADS).map((email) => [email, uuidv7()]));
  const clients: DemoHomeworkClient[] = [];
  let i = 0;
  for (const [email, names] of Object.entries(DEMO_CASELOADS)) {
    for (const name of names) {
      const day = new Date(Math.floor(now.getTime() / DAY) * DAY);
      let found = 0;
      while (found < (i % 10) + 1) {
        day.setUTCDate(day.getUTCDate() + 1);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) found += 1;
      }
      day.setUTCHours(14 + (i % 6));
      clients.push({
        id: uuidv7(),
        name,
        clinicianEmail: email,
        clinicianMembershipId: staff.get(email) as string,
        timezone: 'America/New_York',
        createdAt: new Date(now.getTime() - (90 - i) * DAY),
        nextSessionAt: day,
      });
      i += 1;
    }
  }
  return { now, clients, templates, programs, staff };
}

const firstLast = (rows: DemoHomeworkRows, clientId: string, measure: string) => {
  const series = rows.scores
    .filter((s) => s.clientId === clientId && s.measure === measure)
    .sort((a, b) => a.scoredAt.getTime() - b.scoredAt.getTime());
  return [series[0]?.total, series.at(-1)?.total, series.length] as const;
};

describe('demo homework', () => {
  // Different times of day and of the year (daylight saving), since the demo is always "now".
  it.each(['2026-03-09T03:30:00Z', '2026-06-15T16:00:00Z', '2026-11-02T23:55:00Z', new Date().toISOString()])(
    'at %s: valid answers, a believable mix, and a lively portal',
    (at) => {
      const input = demoInput(new Date(at));
      const { now } = input;
      const rows = buildDemoHomework(input);
      const templateOf = new Map(
        rows.assignments.map((a) => [
          a.id,
          input.templates.find((t) => t.id === a.templateId) as DemoTemplate,
        ]),
      );
      const occurrenceOf = new Map(rows.occurrences.map((o) => [o.id, o]));

      for (const s of rows.submissions) {
        const t = templateOf.get(s.assignmentId) as DemoTemplate;
        expect(validateResponse(t.fields, s.answers)).toEqual([]);
        const o = occurrenceOf.get(s.occurrenceId);
        expect(o?.status).toBe(s.reviewedAt ? 'reviewed' : 'submitted');
        expect(s.submittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      expect(new Set(rows.assignments.map((a) => templateOf.get(a.id)?.kind)).size).toBe(10);
      expect(rows.submissions.some((s) => s.late)).toBe(true);
      expect(rows.submissions.some((s) => !s.late)).toBe(true);
      expect(new Set(rows.declines.map((d) => d.reason)).size).toBeGreaterThanOrEqual(3);
      expect(rows.declines.some((d) => d.discussedAt)).toBe(true);
      expect(rows.declines.some((d) => !d.discussedAt)).toBe(true);
      expect(rows.alerts.filter((a) => !a.acknowledgedAt)).toHaveLength(1);
      expect(rows.alerts.filter((a) => a.acknowledgedAt && a.note).length).toBeGreaterThanOrEqual(2);
      expect(rows.feedback.length).toBeGreaterThan(50);
      expect(rows.prepTasks.some((t) => t.doneAt)).toBe(true);
      expect(rows.prepTasks.some((t) => !t.doneAt)).toBe(true);

      const jordan = input.clients.find((c) => c.name === 'Jordan Rivera') as DemoHomeworkClient;
      const [first, last] = firstLast(rows, jordan.id, 'phq9');
      expect((first ?? 0) - (last ?? 0)).toBeGreaterThanOrEqual(6);
      const elena = input.clients.find((c) => c.name === 'Elena Petrova') as DemoHomeworkClient;
      const [eFirst, eLast] = firstLast(rows, elena.id, 'phq9');
      expect(eLast ?? 0).toBeGreaterThanOrEqual(eFirst ?? 0);

      // Each clinician has a handful waiting for review.
      for (const [email] of Object.entries(DEMO_CASELOADS)) {
        const ids = new Set(input.clients.filter((c) => c.clinicianEmail === email).map((c) => c.id));
        const waiting =
          rows.submissions.filter((s) => ids.has(s.clientId) && !s.reviewedAt).length +
          rows.declines.filter((d) => ids.has(d.clientId) && !d.discussedAt).length +
          rows.alerts.filter((a) => ids.has(a.clientId) && !a.acknowledgedAt).length;
        expect(waiting).toBeGreaterThanOrEqual(5);
        expect(waiting).toBeLessThanOrEqual(15);
        expect(rows.submissions.some((s) => ids.has(s.clientId) && !s.reviewedAt && s.talkNextSession)).toBe(
          true,
        );
      }

      // Every portal client has something in each of the portal's lists.
      for (const name of DEMO_PORTAL_CLIENTS) {
        const client = input.clients.find((c) => c.name === name) as DemoHomeworkClient;
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: client.timezone }).format(now);
        const active = new Set(
          rows.assignments.filter((a) => a.clientId === client.id && a.status === 'active').map((a) => a.id),
        );
        const mine = rows.occurrences.filter((o) => o.clientId === client.id);
        expect(mine.filter((o) => o.localDate === today).length).toBeGreaterThan(0);
        expect(mine.filter((o) => active.has(o.assignmentId) && o.localDate > today).length).toBeGreaterThan(
          0,
        );
        const overdue = mine.filter(
          (o) =>
            active.has(o.assignmentId) &&
            o.localDate < today &&
            displayStatus(o.status, o.dueAt, now).overdue,
        );
        expect(overdue.length).toBeGreaterThan(0);
        const done = rows.submissions.filter((s) => s.clientId === client.id);
        expect(done.length).toBeGreaterThan(20);
        expect(rows.feedback.some((f) => done.some((s) => s.id === f.submissionId))).toBe(true);
        expect(rows.assignments.some((a) => a.clientId === client.id && a.status === 'proposed')).toBe(true);
        expect(firstLast(rows, client.id, 'phq9')[2]).toBeGreaterThan(4);
        expect(firstLast(rows, client.id, 'gad7')[2]).toBeGreaterThan(4);
      }
    },
  );
});
