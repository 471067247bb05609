import { TemplateContentSchema } from '@interlude/contracts';
import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import {
  addPortalClient,
  CHECK_OK,
  dayFromToday,
  type PortalClient,
  phq9Answers,
  templateOfKind,
} from './support/homework';
import { call, signupClinic } from './support/http';

describe('homework: library, assigning, the client doing it, and scoring', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let maya: StaffPerson;
  let sam: StaffPerson;
  let robin: PortalClient;
  const base = () => `/api/v1/clinics/${admin.clinicId}`;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await owner.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Homework Clinic');
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    sam = await addStaff(t, owner, admin, 'Sam Okafor', ['clinician']);
    robin = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Robin Client');
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const assign = (token: string, clientId: string, body: Record<string, unknown>) =>
    call(t, 'POST', `${base()}/clients/${clientId}/assignments`, { token, body });

  it('copies the starter library into a new clinic: every kind, PHQ-9 and GAD-7, and a program', async () => {
    const res = await call(t, 'GET', `${base()}/templates?limit=100`, { token: maya.token });
    expect(res.status).toBe(200);
    const kinds = new Set(res.body.items.map((i: { kind: string }) => i.kind));
    expect([...kinds].sort()).toEqual(
      [
        'event_plan',
        'interests',
        'journal',
        'measure',
        'meeting',
        'reach_out',
        'reading',
        'schedule',
        'social_skills',
        'worksheet',
      ].sort(),
    );
    const measures = res.body.items
      .filter((i: { measure: string | null }) => i.measure)
      .map((i: { measure: string }) => i.measure);
    expect(measures.sort()).toEqual(['gad7', 'phq9']);
    // Every library template is a valid template by the same contract clinicians' own ones meet.
    for (const item of res.body.items) {
      const one = await call(t, 'GET', `${base()}/templates/${item.id}`, { token: maya.token });
      expect(one.status).toBe(200);
      const { title, instructions, fields } = one.body;
      expect(TemplateContentSchema.safeParse({ title, instructions, fields }).error).toBeUndefined();
    }
    const phq9 = await templateOfKind(t, admin.clinicId, maya.token, 'measure');
    const full = await call(t, 'GET', `${base()}/templates/${phq9.id}`, { token: maya.token });
    expect(
      full.body.fields.filter((f: { key: string }) => /^item\d$/.test(f.key)).length,
    ).toBeGreaterThanOrEqual(7);
    const programs = await call(t, 'GET', `${base()}/programs`, { token: maya.token });
    expect(programs.body.items.some((p: { name: string }) => /behavioural activation/i.test(p.name))).toBe(
      true,
    );
  });

  it('versions a template on edit and keeps the version an assignment pinned', async () => {
    const created = await call(t, 'POST', `${base()}/templates`, {
      token: maya.token,
      body: {
        kind: 'worksheet',
        title: 'Worry time',
        instructions: 'Write your worries down at 6pm.',
        fields: [
          { key: 'worry', label: 'What worried you?', type: 'longText', required: true },
          { key: 'level', label: 'How strong', type: 'scale', min: 0, max: 10, required: true },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, source: 'clinic', kind: 'worksheet' });
    const a = await assign(maya.token, robin.clientId, {
      templateId: created.body.id,
      schedule: { kind: 'once', dueDate: dayFromToday(3), dueTime: '18:00' },
      check: CHECK_OK,
    });
    expect(a.status).toBe(201);
    const edited = await call(t, 'PATCH', `${base()}/templates/${created.body.id}`, {
      token: maya.token,
      body: { fields: [{ key: 'worry', label: 'What worried you most?', type: 'longText', required: true }] },
    });
    expect(edited.body.version).toBe(2);
    const v1 = await call(t, 'GET', `${base()}/templates/${created.body.id}/versions/1`, {
      token: maya.token,
    });
    expect(v1.body.fields).toHaveLength(2);
    const again = await call(t, 'GET', `${base()}/assignments/${a.body.items[0].id}`, { token: maya.token });
    expect(again.body.template.version).toBe(1);
    const archived = await call(t, 'PATCH', `${base()}/templates/${created.body.id}`, {
      token: maya.token,
      body: { status: 'archived' },
    });
    expect(archived.body.status).toBe('archived');
    const refused = await assign(maya.token, robin.clientId, {
      templateId: created.body.id,
      schedule: { kind: 'once', dueDate: dayFromToday(3), dueTime: '18:00' },
      check: CHECK_OK,
    });
    expect(refused.status).toBe(400);
    expect(errorPaths(refused)).toEqual(['templateId']);
  });

  it('refuses a malformed template or program, naming each field, and writes nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM templates WHERE clinic_id = $1', [admin.clinicId]);
    const template = await call(t, 'POST', `${base()}/templates`, {
      token: maya.token,
      body: {
        kind: 'measure',
        title: 'X',
        instructions: '',
        fields: [
          { key: 'a', label: 'One', type: 'scale', min: 5, max: 1 },
          { key: 'a', label: 'Two', type: 'singleChoice', options: [{ value: 'x', label: 'Only one' }] },
          { key: 'b', label: 'Three', type: 'colour' },
        ],
      },
    });
    expect(template.status).toBe(400);
    expectSafeProblem(template);
    expect(errorPaths(template)).toEqual(
      expect.arrayContaining(['kind', 'title', 'fields.0.max', 'fields.1.options', 'fields.2.type']),
    );
    // Duplicate keys are named once the fields themselves are well formed.
    const duplicateKeys = await call(t, 'POST', `${base()}/templates`, {
      token: maya.token,
      body: {
        kind: 'worksheet',
        title: 'Two of a key',
        instructions: '',
        fields: [
          { key: 'same', label: 'One', type: 'shortText' },
          { key: 'same', label: 'Two', type: 'yesNo' },
        ],
      },
    });
    expect(duplicateKeys.status).toBe(400);
    expect(errorPaths(duplicateKeys)).toEqual(['fields.1.key']);
    expect(await count('SELECT count(*) AS n FROM templates WHERE clinic_id = $1', [admin.clinicId])).toBe(
      before,
    );

    const program = await call(t, 'POST', `${base()}/programs`, {
      token: maya.token,
      body: {
        name: 'Broken',
        steps: [
          { templateId: '00000000-0000-7000-8000-000000000000', dayOffset: 0, recurrence: { kind: 'once' } },
          { templateId: 'nope', dayOffset: -1, recurrence: { kind: 'daily' } },
        ],
      },
    });
    expect(program.status).toBe(400);
    expect(errorPaths(program)).toEqual(
      expect.arrayContaining(['steps.1.templateId', 'steps.1.dayOffset', 'steps.1.recurrence.count']),
    );
    const unknownTemplate = await call(t, 'POST', `${base()}/programs`, {
      token: maya.token,
      body: {
        name: 'Unknown template',
        steps: [
          { templateId: '00000000-0000-7000-8000-000000000000', dayOffset: 0, recurrence: { kind: 'once' } },
        ],
      },
    });
    expect(unknownTemplate.status).toBe(400);
    expect(errorPaths(unknownTemplate)).toEqual(['steps.0.templateId']);
    expect(
      await count(
        "SELECT count(*) AS n FROM programs WHERE clinic_id = $1 AND name LIKE 'Broken%' OR name = 'Unknown template'",
        [admin.clinicId],
      ),
    ).toBe(0);
  });

  it('refuses an assignment without the pre-assignment check, or a safety concern without a back-up plan', async () => {
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    const schedule = { kind: 'daily', startDate: dayFromToday(0), time: '20:00', count: 7 };
    const noCheck = await assign(maya.token, robin.clientId, {
      templateId: journal.id,
      schedule,
      check: { relevant: false, withinAbility: true, safetyConcern: false },
    });
    expect(noCheck.status).toBe(400);
    expect(errorPaths(noCheck)).toEqual(['check.relevant']);
    const unsafe = await assign(maya.token, robin.clientId, {
      templateId: journal.id,
      schedule,
      check: { ...CHECK_OK, safetyConcern: true },
    });
    expect(unsafe.status).toBe(400);
    expect(errorPaths(unsafe)).toEqual(['backupPlan']);
    expect(
      await count('SELECT count(*) AS n FROM assignments WHERE client_id = $1 AND safety_concern', [
        robin.clientId,
      ]),
    ).toBe(0);
  });

  it('links the safety plan when safety is a concern and expands a daily schedule', async () => {
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    const res = await assign(maya.token, robin.clientId, {
      templateId: journal.id,
      schedule: { kind: 'daily', startDate: dayFromToday(1), time: '20:00', count: 5 },
      check: { ...CHECK_OK, safetyConcern: true },
      backupPlan: 'If writing brings up too much, stop and use the breathing exercise, then call Sam.',
      instructions: 'A few lines each evening is plenty.',
    });
    expect(res.status).toBe(201);
    const [a] = res.body.items;
    expect(a).toMatchObject({ status: 'active', safetyPlanVersion: 1, check: { safetyConcern: true } });
    expect(a.counts.total).toBe(5);
    const occ = await call(t, 'GET', `${base()}/assignments/${a.id}/occurrences`, { token: maya.token });
    expect(occ.body.items.map((o: { localTime: string }) => o.localTime)).toEqual(Array(5).fill('20:00'));
    // Sam does not hold Robin: the assignment does not exist for him.
    expect((await call(t, 'GET', `${base()}/assignments/${a.id}`, { token: sam.token })).status).toBe(404);
  });

  it('lets the client fill in a journal: draft, bad answers refused with paths, then submit once', async () => {
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    const created = await assign(maya.token, robin.clientId, {
      templateId: journal.id,
      schedule: { kind: 'once', dueDate: dayFromToday(0), dueTime: '23:59' },
      check: CHECK_OK,
    });
    expect(created.status).toBe(201);
    const today = await call(t, 'GET', `${base()}/me/assignments?when=today`, { token: robin.token });
    expect(today.status).toBe(200);
    const item = today.body.items.find(
      (i: { assignmentId: string }) => i.assignmentId === created.body.items[0].id,
    );
    expect(item).toMatchObject({ kind: 'journal', status: 'pending', hasDraft: false });
    const one = await call(t, 'GET', `${base()}/me/occurrences/${item.occurrenceId}`, { token: robin.token });
    expect(one.status).toBe(200);
    const textKey = one.body.fields.find(
      (f: { type: string; required: boolean }) => f.type === 'longText' && f.required,
    ).key;
    const moodKey = one.body.fields.find((f: { type: string }) => f.type === 'scale')?.key;

    const draft = await call(t, 'PUT', `${base()}/occurrences/${item.occurrenceId}/draft`, {
      token: robin.token,
      body: { answers: { [textKey]: 'Half a thought' } },
    });
    expect(draft.status).toBe(200);
    const reopened = await call(t, 'GET', `${base()}/me/occurrences/${item.occurrenceId}`, {
      token: robin.token,
    });
    expect(reopened.body.draft).toEqual({ [textKey]: 'Half a thought' });

    const bad = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'journal-bad-0001' },
      body: { answers: { [moodKey]: 42, surprise: true } },
    });
    expect(bad.status).toBe(400);
    expectSafeProblem(bad);
    expect(errorPaths(bad).sort()).toEqual(
      [`answers.${moodKey}`, `answers.${textKey}`, 'answers.surprise'].sort(),
    );
    expect(
      await count('SELECT count(*) AS n FROM submissions WHERE occurrence_id = $1', [item.occurrenceId]),
    ).toBe(0);

    const noKey = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      body: { answers: { [textKey]: 'Went for a walk' } },
    });
    expect(noKey.status).toBe(400);
    expect(errorPaths(noKey)).toEqual(['Idempotency-Key']);

    const body = {
      answers: { [textKey]: 'Went for a walk and felt lighter', [moodKey]: 6 },
      talkNextSession: true,
    };
    const sent = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'journal-good-0001' },
      body,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ late: false, score: null, showSafetyPlan: false });
    const replay = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'journal-good-0001' },
      body,
    });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(sent.body);
    const reused = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'journal-good-0001' },
      body: { ...body, talkNextSession: false },
    });
    expect(reused.status).toBe(422);
    const second = await call(t, 'POST', `${base()}/occurrences/${item.occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'journal-good-0002' },
      body,
    });
    expect(second.status).toBe(409);
    expect(
      await count('SELECT count(*) AS n FROM submissions WHERE occurrence_id = $1', [item.occurrenceId]),
    ).toBe(1);
    const done = await call(t, 'GET', `${base()}/me/assignments?when=done`, { token: robin.token });
    expect(done.body.items.map((i: { occurrenceId: string }) => i.occurrenceId)).toContain(item.occurrenceId);
  });

  it('answers two concurrent submits with the same Idempotency-Key alike, storing one submission', async () => {
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    const created = await assign(maya.token, robin.clientId, {
      templateId: journal.id,
      schedule: { kind: 'once', dueDate: dayFromToday(2), dueTime: '12:00' },
      check: CHECK_OK,
    });
    const occ = await call(t, 'GET', `${base()}/assignments/${created.body.items[0].id}/occurrences`, {
      token: maya.token,
    });
    const occurrenceId = occ.body.items[0].id;
    const one = await call(t, 'GET', `${base()}/me/occurrences/${occurrenceId}`, { token: robin.token });
    const textKey = one.body.fields.find((f: { required: boolean }) => f.required).key;
    const send = () =>
      call(t, 'POST', `${base()}/occurrences/${occurrenceId}/submissions`, {
        token: robin.token,
        headers: { 'idempotency-key': 'concurrent-retry-42' },
        body: { answers: { [textKey]: 'Same words' } },
      });
    const replies = await Promise.all([send(), send(), send(), send()]);
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    for (const r of replies) expect(r.body).toEqual(replies[0].body);
    expect(
      await count('SELECT count(*) AS n FROM submissions WHERE occurrence_id = $1', [occurrenceId]),
    ).toBe(1);
  });

  it('scores a PHQ-9 and raises a risk alert on item 9 for the client’s clinicians only', async () => {
    const phq9 = (
      await call(t, 'GET', `${base()}/templates?kind=measure&limit=10`, { token: maya.token })
    ).body.items.find((i: { measure: string }) => i.measure === 'phq9');
    const created = await assign(maya.token, robin.clientId, {
      templateId: phq9.id,
      schedule: { kind: 'once', dueDate: dayFromToday(1), dueTime: '09:00' },
      check: CHECK_OK,
    });
    const occ = await call(t, 'GET', `${base()}/assignments/${created.body.items[0].id}/occurrences`, {
      token: maya.token,
    });
    const occurrenceId = occ.body.items[0].id;
    const outOfRange = await call(t, 'POST', `${base()}/occurrences/${occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'phq9-bad-00001' },
      body: { answers: { ...phq9Answers(1), item3: '7', item4: 2 } },
    });
    expect(outOfRange.status).toBe(400);
    expect(errorPaths(outOfRange).sort()).toEqual(['answers.item3', 'answers.item4']);
    const sent = await call(t, 'POST', `${base()}/occurrences/${occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'phq9-good-0001' },
      body: { answers: phq9Answers(2, 1) },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.score).toMatchObject({
      measure: 'phq9',
      total: 17,
      band: 'Moderately severe',
      riskItemAnswer: 1,
    });
    expect(sent.body.showSafetyPlan).toBe(true);
    expect(
      await count('SELECT count(*) AS n FROM risk_alerts WHERE client_id = $1 AND acknowledged_at IS NULL', [
        robin.clientId,
      ]),
    ).toBe(1);
    const scores = await call(t, 'GET', `${base()}/clients/${robin.clientId}/scores`, { token: maya.token });
    expect(scores.body.items.at(-1)).toMatchObject({ total: 17 });
    // Maya holds Robin and sees the alert; Sam, in the same clinic, does not.
    const mine = await call(t, 'GET', `${base()}/risk-alerts`, { token: maya.token });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ client: { id: robin.clientId, name: 'Robin Client' }, itemAnswer: 1 }),
    ]);
    const sams = await call(t, 'GET', `${base()}/risk-alerts`, { token: sam.token });
    expect(sams.status).toBe(200);
    expect(JSON.stringify(sams.body)).not.toContain(robin.clientId);
    const samsDashboard = await call(t, 'GET', `${base()}/dashboard`, { token: sam.token });
    expect(samsDashboard.body.riskAlerts).toEqual([]);
    const progress = await call(t, 'GET', `${base()}/me/progress`, { token: robin.token });
    expect(progress.status).toBe(200);
    expect(progress.body.scores.at(-1)).toMatchObject({ measure: 'phq9', total: 17 });
    expect(progress.body.streakDays).toBeGreaterThanOrEqual(1);
  });

  it('lets the client accept a proposal, or decline one occurrence or the whole assignment with a reason', async () => {
    const reading = await templateOfKind(t, admin.clinicId, maya.token, 'reading');
    const proposed = await assign(maya.token, robin.clientId, {
      templateId: reading.id,
      schedule: { kind: 'weekly', startDate: dayFromToday(1), time: '10:00', count: 3 },
      check: CHECK_OK,
      requiresAcceptance: true,
    });
    const id = proposed.body.items[0].id;
    expect(proposed.body.items[0]).toMatchObject({ status: 'proposed', counts: { total: 0 } });
    const proposals = await call(t, 'GET', `${base()}/me/proposals`, { token: robin.token });
    expect(proposals.body.items.find((p: { assignmentId: string }) => p.assignmentId === id)).toMatchObject({
      kind: 'reading',
      occurrences: 3,
    });
    expect((await call(t, 'POST', `${base()}/assignments/${id}/accept`, { token: robin.token })).status).toBe(
      204,
    );
    expect((await call(t, 'POST', `${base()}/assignments/${id}/accept`, { token: robin.token })).status).toBe(
      409,
    );
    const occ = await call(t, 'GET', `${base()}/assignments/${id}/occurrences`, { token: maya.token });
    expect(occ.body.items).toHaveLength(3);

    const other = await call(t, 'POST', `${base()}/occurrences/${occ.body.items[0].id}/decline`, {
      token: robin.token,
      body: { reason: 'other' },
    });
    expect(other.status).toBe(400);
    expect(errorPaths(other)).toEqual(['note']);
    const declined = await call(t, 'POST', `${base()}/occurrences/${occ.body.items[0].id}/decline`, {
      token: robin.token,
      body: { reason: 'too_hard' },
    });
    expect(declined.status).toBe(201);
    expect(declined.body).toMatchObject({ reason: 'too_hard', discussedAt: null });
    const whole = await call(t, 'POST', `${base()}/assignments/${id}/decline`, {
      token: robin.token,
      body: { reason: 'not_relevant', note: 'I have read this book before' },
    });
    expect(whole.status).toBe(201);
    const after = await call(t, 'GET', `${base()}/assignments/${id}`, { token: maya.token });
    expect(after.body).toMatchObject({ status: 'declined', decline: { reason: 'not_relevant' } });
    expect(after.body.counts.pending).toBe(0);
  });

  it('pauses, resumes and cancels an assignment, keeping what is done', async () => {
    const meeting = await templateOfKind(t, admin.clinicId, maya.token, 'meeting');
    const created = await assign(maya.token, robin.clientId, {
      templateId: meeting.id,
      schedule: {
        kind: 'timesPerWeek',
        timesPerWeek: 2,
        startDate: dayFromToday(1),
        time: '19:00',
        count: 4,
      },
      check: CHECK_OK,
    });
    const id = created.body.items[0].id;
    const paused = await call(t, 'PATCH', `${base()}/assignments/${id}`, {
      token: maya.token,
      body: { status: 'paused' },
    });
    expect(paused.body).toMatchObject({ status: 'paused', counts: { total: 0 } });
    const resumed = await call(t, 'PATCH', `${base()}/assignments/${id}`, {
      token: maya.token,
      body: { status: 'active' },
    });
    expect(resumed.body).toMatchObject({ status: 'active', counts: { pending: 4 } });
    const cancelled = await call(t, 'PATCH', `${base()}/assignments/${id}`, {
      token: maya.token,
      body: { status: 'cancelled' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    const again = await call(t, 'PATCH', `${base()}/assignments/${id}`, {
      token: maya.token,
      body: { status: 'active' },
    });
    expect(again.status).toBe(409);
  });

  it('assigns a program as one assignment per step', async () => {
    const programs = await call(t, 'GET', `${base()}/programs`, { token: maya.token });
    const program = programs.body.items[0];
    const res = await assign(maya.token, robin.clientId, {
      programId: program.id,
      startDate: dayFromToday(1),
      time: '18:00',
      check: CHECK_OK,
    });
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(program.steps.length);
    expect(new Set(res.body.items.map((a: { program: { id: string } }) => a.program.id))).toEqual(
      new Set([program.id]),
    );
  });

  it('hides homework from other clinicians, managers, and other clinics (404)', async () => {
    const other = await signupClinic(t, 'Elsewhere');
    const list = await call(t, 'GET', `${base()}/assignments?clientId=${robin.clientId}`, {
      token: maya.token,
    });
    const id = list.body.items[0].id;
    expect((await call(t, 'GET', `${base()}/assignments/${id}`, { token: sam.token })).status).toBe(404);
    expect(
      (await call(t, 'GET', `/api/v1/clinics/${other.clinicId}/assignments/${id}`, { token: other.token }))
        .status,
    ).toBe(404);
    expect((await call(t, 'GET', `${base()}/assignments/not-a-uuid`, { token: maya.token })).status).toBe(
      404,
    );
    expect((await call(t, 'GET', `${base()}/me/assignments`, { token: maya.token })).status).toBe(404);
  });
});
