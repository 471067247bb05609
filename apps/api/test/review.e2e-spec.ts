import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { addPortalClient, CHECK_OK, dayFromToday, phq9Answers, templateOfKind } from './support/homework';
import { DAY, daysAgo, homeworkRows, JOURNAL_FIELDS, type Rows } from './support/homework-rows';
import { call, signupClinic } from './support/http';

const MISSING = '01a21d99-0000-7000-8000-000000000000';

describe('review: submissions, feedback, declines, queue, scores, prep tasks, risk alerts and the dashboard', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let other: Awaited<ReturnType<typeof signupClinic>>;
  let maya: StaffPerson;
  let sam: StaffPerson;
  let manager: StaffPerson;
  let rows: Rows;
  const base = () => `/api/v1/clinics/${admin.clinicId}`;

  const audits = async (action: string, resourceId?: string) =>
    (
      await owner.query(
        `SELECT actor_user_id, resource_type, resource_id, details FROM audit_events
          WHERE clinic_id = $1 AND action = $2 AND ($3::text IS NULL OR resource_id = $3) ORDER BY occurred_at, id`,
        [admin.clinicId, action, resourceId ?? null],
      )
    ).rows;

  const newClient = async (token: string, body: Record<string, unknown>) => {
    const res = await call(t, 'POST', `${base()}/clients`, { token, body });
    if (res.status !== 201) throw new Error(`client: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };

  /** A submitted occurrence of a fresh assignment of `template` for the client. */
  const submitted = async (
    clientId: string,
    template: { id: string; version: number },
    options: Parameters<Rows['submission']>[1] & { dueAt?: Date } = {},
  ) => {
    const assignment = await rows.assignment(clientId, template);
    const occurrence = await rows.occurrence(assignment, clientId, options.dueAt ?? daysAgo(1));
    const submission = await rows.submission(occurrence, options);
    return { assignment, occurrence, submission };
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Review Clinic');
    other = await signupClinic(t, 'Other Clinic');
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    sam = await addStaff(t, owner, admin, 'Sam Okafor', ['clinician']);
    manager = await addStaff(t, owner, admin, 'Morgan Lee', ['manager']);
    rows = homeworkRows(owner, admin.clinicId);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  describe('a submission', () => {
    let clientId: string;
    let ids: Awaited<ReturnType<typeof submitted>>;

    beforeAll(async () => {
      clientId = await newClient(maya.token, { name: 'Jordan Rivera' });
      const template = await rows.template({ title: 'Thought record v1' });
      // The template moved on after the assignment: the submission still shows the version it pinned.
      await rows.templateVersion(template.id, 2, 'Thought record v2', [
        { key: 'other', label: 'Something else', type: 'shortText', required: false },
      ]);
      ids = await submitted(clientId, template, {
        answers: { situation: 'Spoke up in the meeting', mood: 7 },
        talkNextSession: true,
        late: true,
        dueAt: daysAgo(2),
      });
    });

    it('reads with the pinned template version, no score and no feedback yet, audited', async () => {
      const res = await call(t, 'GET', `${base()}/submissions/${ids.submission}`, { token: maya.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: ids.submission,
        occurrenceId: ids.occurrence,
        assignmentId: ids.assignment,
        client: { id: clientId, name: 'Jordan Rivera' },
        template: { version: 1, kind: 'journal', title: 'Thought record v1', measure: null },
        instructions: 'Write a few lines.',
        answers: { situation: 'Spoke up in the meeting', mood: 7 },
        late: true,
        talkNextSession: true,
        reviewedAt: null,
        reviewedBy: null,
        score: null,
        feedback: [],
      });
      expect(res.body.fields.map((f: { key: string }) => f.key)).toEqual(JOURNAL_FIELDS.map((f) => f.key));
      const events = await audits('submission.viewed', ids.submission);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor_user_id: maya.userId, details: { clientId } });
    });

    it('takes feedback (201, with the author name) and shows the thread in order; the text is not audited', async () => {
      const first = await call(t, 'POST', `${base()}/submissions/${ids.submission}/feedback`, {
        token: maya.token,
        body: { text: '  Well done for speaking up.  ' },
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ text: 'Well done for speaking up.', author: 'Maya Chen' });
      const second = await call(t, 'POST', `${base()}/submissions/${ids.submission}/feedback`, {
        token: admin.token,
        body: { text: 'Let us look at this together.' },
      });
      expect(second.status).toBe(201);
      const read = await call(t, 'GET', `${base()}/submissions/${ids.submission}`, { token: maya.token });
      expect(read.body.feedback.map((f: { author: string; text: string }) => [f.author, f.text])).toEqual([
        ['Maya Chen', 'Well done for speaking up.'],
        ['Ada Admin', 'Let us look at this together.'],
      ]);
      const events = await audits('feedback.created');
      expect(events.map((e) => e.resource_id)).toEqual([first.body.id, second.body.id]);
      expect(JSON.stringify(events)).not.toContain('speaking up');
    });

    it.each([
      ['empty text', { text: '   ' }, 'text'],
      ['no text', {}, 'text'],
      ['an unknown field', { text: 'ok', score: 3 }, ''],
    ])('refuses feedback with %s (400 naming the field) and writes nothing', async (_c, body, path) => {
      const before = (await owner.query('SELECT count(*)::int AS n FROM feedback')).rows[0].n;
      const res = await call(t, 'POST', `${base()}/submissions/${ids.submission}/feedback`, {
        token: maya.token,
        body,
      });
      expect(res.status).toBe(400);
      expect(errorPaths(res)).toContain(path);
      expect((await owner.query('SELECT count(*)::int AS n FROM feedback')).rows[0].n).toBe(before);
    });

    it('marks reviewed once: the occurrence becomes reviewed, a second mark keeps the first reviewer', async () => {
      const first = await call(t, 'POST', `${base()}/submissions/${ids.submission}/reviewed`, {
        token: maya.token,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ reviewedBy: 'Maya Chen', reviewedAt: expect.any(String) });
      const again = await call(t, 'POST', `${base()}/submissions/${ids.submission}/reviewed`, {
        token: admin.token,
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ reviewedBy: 'Maya Chen', reviewedAt: first.body.reviewedAt });
      const occurrence = await owner.query('SELECT status FROM occurrences WHERE id = $1', [ids.occurrence]);
      expect(occurrence.rows[0].status).toBe('reviewed');
      const events = await audits('submission.reviewed', ids.submission);
      expect(events.map((e) => e.details.changed)).toEqual([true, false]);
    });

    it('shows its score', async () => {
      const phq9 = await rows.template({ measure: 'phq9' });
      const s = await submitted(clientId, phq9, { answers: { item1: '1' } });
      await rows.score(s.submission, { total: 12, band: 'moderate', riskItem: 0 });
      const res = await call(t, 'GET', `${base()}/submissions/${s.submission}`, { token: maya.token });
      expect(res.status).toBe(200);
      expect(res.body.template).toMatchObject({ kind: 'measure', measure: 'phq9', title: 'PHQ-9' });
      expect(res.body.score).toMatchObject({
        measure: 'phq9',
        total: 12,
        band: 'moderate',
        riskItemAnswer: 0,
        submissionId: s.submission,
      });
    });

    it('is a 404 to another caseload, a manager, another clinic, and for ids that name nothing', async () => {
      const urls = [
        ['GET', `/submissions/${ids.submission}`, undefined],
        ['POST', `/submissions/${ids.submission}/feedback`, { text: 'Hello' }],
        ['POST', `/submissions/${ids.submission}/reviewed`, undefined],
      ] as const;
      for (const [method, path, body] of urls) {
        for (const token of [sam.token, manager.token]) {
          const res = await call(t, method, `${base()}${path}`, { token, body });
          expect({ path, status: res.status }).toEqual({ path, status: 404 });
          expect(JSON.stringify(res.body)).not.toContain('Jordan');
          expectSafeProblem(res);
        }
        const elsewhere = await call(t, method, `/api/v1/clinics/${other.clinicId}${path}`, {
          token: other.token,
          body,
        });
        expect(elsewhere.status).toBe(404);
        const foreign = await call(t, method, `${base()}${path}`, { token: other.token, body });
        expect(foreign.status).toBe(404);
      }
      for (const id of [MISSING, 'not-a-uuid']) {
        expect((await call(t, 'GET', `${base()}/submissions/${id}`, { token: admin.token })).status).toBe(
          404,
        );
      }
    });
  });

  describe('a decline', () => {
    it('is marked discussed once with a note (200), then 409; bad notes are 400s; other caseloads 404', async () => {
      const clientId = await newClient(maya.token, { name: 'Decline Dana' });
      const template = await rows.template();
      const assignment = await rows.assignment(clientId, template);
      const occurrence = await rows.occurrence(assignment, clientId, daysAgo(1));
      const declineId = await rows.decline(assignment, occurrence, { reason: 'not_relevant', note: null });
      const url = `${base()}/declines/${declineId}/discussed`;
      for (const [body, path] of [
        [{ note: 'ok' }, 'note'],
        [{}, 'note'],
        [{ note: 'Talked it through', extra: 1 }, ''],
      ] as const) {
        const res = await call(t, 'POST', url, { token: maya.token, body });
        expect(res.status).toBe(400);
        expect(errorPaths(res)).toContain(path);
      }
      for (const token of [sam.token, manager.token, other.token]) {
        expect((await call(t, 'POST', url, { token, body: { note: 'Talked it through' } })).status).toBe(404);
      }
      const res = await call(t, 'POST', url, {
        token: maya.token,
        body: { note: 'Talked about what felt irrelevant' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: declineId,
        reason: 'not_relevant',
        note: null,
        discussedAt: expect.any(String),
        discussedNote: 'Talked about what felt irrelevant',
      });
      const again = await call(t, 'POST', url, { token: admin.token, body: { note: 'Second attempt here' } });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('already_discussed');
      const stored = await owner.query('SELECT discussed_note, discussed_by FROM declines WHERE id = $1', [
        declineId,
      ]);
      expect(stored.rows[0]).toEqual({
        discussed_note: 'Talked about what felt irrelevant',
        discussed_by: maya.membershipId,
      });
      const events = await audits('decline.discussed', declineId);
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events)).not.toContain('irrelevant');
      expect(
        (
          await call(t, 'POST', `${base()}/declines/nope/discussed`, {
            token: maya.token,
            body: { note: 'abc' },
          })
        ).status,
      ).toBe(404);
    });
  });

  describe('the review queue, a client’s activity and scores', () => {
    let quinn: StaffPerson;
    let alex: string;
    let blake: string;
    const ids = {} as Record<string, string>;

    beforeAll(async () => {
      quinn = await addStaff(t, owner, admin, 'Quinn Park', ['clinician']);
      alex = await newClient(quinn.token, { name: 'Alex Stone' });
      blake = await newClient(quinn.token, { name: 'Blake Hart' });
      const journal = await rows.template({ title: 'Mood journal' });
      const phq9 = await rows.template({ measure: 'phq9' });
      const now = Date.now();
      const at = (hoursAgo: number) => new Date(now - hoursAgo * 60 * 60 * 1000);
      // Alex: an old open alert, a newer acknowledged one, two unreviewed submissions (one flagged), a
      // reviewed one, an open and a discussed decline. Blake: one unreviewed submission, newest of all.
      const a1 = await submitted(alex, phq9, { submittedAt: at(50) });
      await rows.score(a1.submission, { total: 14, band: 'moderate', riskItem: 2, at: at(50) });
      ids.alertOpen = await rows.riskAlert(a1.submission, { itemAnswer: 2, at: at(50) });
      const a2 = await submitted(alex, phq9, { submittedAt: at(30) });
      await rows.score(a2.submission, { total: 9, band: 'mild', riskItem: 1, at: at(30) });
      ids.alertDone = await rows.riskAlert(a2.submission, { itemAnswer: 1, at: at(30) });
      await owner.query(
        `UPDATE risk_alerts SET acknowledged_at = now(), acknowledged_by = $2, note = 'Called them' WHERE id = $1`,
        [ids.alertDone, quinn.membershipId],
      );
      await owner.query(`UPDATE submissions SET reviewed_at = now(), reviewed_by = $2 WHERE id = ANY($1)`, [
        [a1.submission, a2.submission],
        quinn.membershipId,
      ]);
      ids.a1 = a1.submission;
      ids.a2 = a2.submission;
      ids.flagged = (
        await submitted(alex, journal, { submittedAt: at(20), talkNextSession: true })
      ).submission;
      ids.plain = (await submitted(alex, journal, { submittedAt: at(10), late: true })).submission;
      const assignment = await rows.assignment(alex, journal);
      const occurrence = await rows.occurrence(assignment, alex, at(8));
      ids.declineOpen = await rows.decline(assignment, occurrence, {
        at: at(5),
        reason: 'no_time',
        note: 'Busy week',
      });
      ids.declineDone = await rows.decline(assignment, null, { at: at(40) });
      await owner.query(
        `UPDATE declines SET discussed_at = now(), discussed_note = 'Discussed', discussed_by = $2 WHERE id = $1`,
        [ids.declineDone, quinn.membershipId],
      );
      ids.blake = (await submitted(blake, journal, { submittedAt: at(1) })).submission;
    });

    it('lists open risk alerts first, then the rest newest first, with counts per type', async () => {
      const res = await call(t, 'GET', `${base()}/review-queue`, { token: quinn.token });
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { type: string; id: string }) => [i.type, i.id])).toEqual([
        ['risk_alert', ids.alertOpen],
        ['submission', ids.blake],
        ['decline', ids.declineOpen],
        ['submission', ids.plain],
        ['submission', ids.flagged],
      ]);
      expect(res.body.counts).toEqual({ riskAlerts: 1, submissions: 3, declines: 1, flagged: 1 });
      const [alert, , decline, plain, flagged] = res.body.items;
      expect(alert).toMatchObject({
        client: { id: alex, name: 'Alex Stone' },
        title: 'PHQ-9',
        kind: 'measure',
      });
      expect(decline).toMatchObject({
        declineReason: 'no_time',
        declineNote: 'Busy week',
        title: 'Mood journal',
      });
      expect(plain).toMatchObject({ flagged: false, late: true, kind: 'journal', declineReason: null });
      expect(flagged).toMatchObject({ flagged: true, late: false });
      const events = await audits('review_queue.viewed');
      expect(events.filter((e) => e.actor_user_id === quinn.userId)).toHaveLength(1);
    });

    it('narrows by type and client, keeping the counts of what is open', async () => {
      const onlyFlagged = await call(t, 'GET', `${base()}/review-queue?type=flagged`, { token: quinn.token });
      expect(onlyFlagged.body.items.map((i: { id: string }) => i.id)).toEqual([ids.flagged]);
      expect(onlyFlagged.body.counts.submissions).toBe(3);
      const declines = await call(t, 'GET', `${base()}/review-queue?type=decline`, { token: quinn.token });
      expect(declines.body.items.map((i: { id: string }) => i.id)).toEqual([ids.declineOpen]);
      const blakeOnly = await call(t, 'GET', `${base()}/review-queue?clientId=${blake}`, {
        token: quinn.token,
      });
      expect(blakeOnly.body.items.map((i: { id: string }) => i.id)).toEqual([ids.blake]);
      expect(blakeOnly.body.counts).toEqual({ riskAlerts: 0, submissions: 1, declines: 0, flagged: 0 });
    });

    it('shows none of it to another clinician, and all of it to an admin', async () => {
      const samQueue = await call(t, 'GET', `${base()}/review-queue`, { token: sam.token });
      expect(samQueue.status).toBe(200);
      expect(JSON.stringify(samQueue.body)).not.toContain('Alex Stone');
      const filtered = await call(t, 'GET', `${base()}/review-queue?clientId=${alex}`, { token: sam.token });
      expect(filtered.body).toEqual({
        items: [],
        counts: { riskAlerts: 0, submissions: 0, declines: 0, flagged: 0 },
      });
      const adminQueue = await call(t, 'GET', `${base()}/review-queue`, { token: admin.token });
      expect(adminQueue.body.items.map((i: { id: string }) => i.id)).toEqual(
        expect.arrayContaining([ids.alertOpen, ids.blake, ids.flagged]),
      );
    });

    it.each([
      ['type=everything', 'type'],
      ['clientId=someone', 'clientId'],
    ])('refuses ?%s with 400 naming the parameter', async (query, path) => {
      const res = await call(t, 'GET', `${base()}/review-queue?${query}`, { token: quinn.token });
      expect(res.status).toBe(400);
      expect(errorPaths(res)).toEqual([path]);
    });

    it('is a 404 to managers, clients of the portal and other clinics', async () => {
      expect((await call(t, 'GET', `${base()}/review-queue`, { token: manager.token })).status).toBe(404);
      expect((await call(t, 'GET', `${base()}/review-queue`, { token: other.token })).status).toBe(404);
      expect((await call(t, 'GET', `${base()}/review-queue`)).status).toBe(401);
    });

    it('gives a client’s activity: everything, done or not, newest first', async () => {
      const res = await call(t, 'GET', `${base()}/clients/${alex}/activity`, { token: quinn.token });
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { type: string; id: string }) => [i.type, i.id])).toEqual([
        ['decline', ids.declineOpen],
        ['submission', ids.plain],
        ['submission', ids.flagged],
        // An alert and its submission share a time; the later id (the alert) comes first.
        ['risk_alert', ids.alertDone],
        ['submission', ids.a2],
        ['decline', ids.declineDone],
        ['risk_alert', ids.alertOpen],
        ['submission', ids.a1],
      ]);
      expect(res.body.counts).toEqual({ riskAlerts: 1, submissions: 2, declines: 1, flagged: 1 });
      expect(await audits('client.activity_viewed', alex)).toHaveLength(1);
      for (const token of [sam.token, manager.token, other.token]) {
        expect((await call(t, 'GET', `${base()}/clients/${alex}/activity`, { token })).status).toBe(404);
      }
      expect(
        (await call(t, 'GET', `${base()}/clients/${MISSING}/activity`, { token: admin.token })).status,
      ).toBe(404);
    });

    it('gives a client’s scores oldest first, audited', async () => {
      const res = await call(t, 'GET', `${base()}/clients/${alex}/scores`, { token: quinn.token });
      expect(res.status).toBe(200);
      expect(
        res.body.items.map((s: { total: number; riskItemAnswer: number }) => [s.total, s.riskItemAnswer]),
      ).toEqual([
        [14, 2],
        [9, 1],
      ]);
      expect(res.body.items[0]).toMatchObject({ measure: 'phq9', band: 'moderate', submissionId: ids.a1 });
      expect(
        (await call(t, 'GET', `${base()}/clients/${blake}/scores`, { token: quinn.token })).body,
      ).toEqual({
        items: [],
      });
      expect(await audits('scores.viewed', alex)).toHaveLength(1);
      for (const token of [sam.token, manager.token, other.token]) {
        expect((await call(t, 'GET', `${base()}/clients/${alex}/scores`, { token })).status).toBe(404);
      }
    });
  });

  describe('risk alerts', () => {
    let clientId: string;
    let alertId: string;

    beforeAll(async () => {
      clientId = await newClient(maya.token, { name: 'Riley Alert' });
      const phq9 = await rows.template({ measure: 'phq9' });
      const s = await submitted(clientId, phq9);
      alertId = await rows.riskAlert(s.submission, { itemAnswer: 3 });
    });

    it('lists open alerts of the caseload; another clinician sees none of them', async () => {
      const res = await call(t, 'GET', `${base()}/risk-alerts?clientId=${clientId}`, { token: maya.token });
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          id: alertId,
          client: { id: clientId, name: 'Riley Alert' },
          source: 'phq9_item9',
          severity: 'high',
          itemAnswer: 3,
          acknowledgedAt: null,
          acknowledgedBy: null,
          note: null,
        }),
      ]);
      const sams = await call(t, 'GET', `${base()}/risk-alerts?status=all`, { token: sam.token });
      expect(sams.body.items.map((a: { id: string }) => a.id)).not.toContain(alertId);
      expect((await audits('risk_alerts.listed')).length).toBeGreaterThanOrEqual(2);
      const bad = await call(t, 'GET', `${base()}/risk-alerts?status=closed`, { token: maya.token });
      expect(bad.status).toBe(400);
      expect(errorPaths(bad)).toEqual(['status']);
    });

    it('is acknowledged once with a note (200), then 409; the note is not audited', async () => {
      const url = `${base()}/risk-alerts/${alertId}/acknowledge`;
      const short = await call(t, 'POST', url, { token: maya.token, body: { note: 'ok' } });
      expect(short.status).toBe(400);
      expect(errorPaths(short)).toEqual(['note']);
      for (const token of [sam.token, manager.token, other.token]) {
        expect((await call(t, 'POST', url, { token, body: { note: 'Called them today' } })).status).toBe(404);
      }
      const res = await call(t, 'POST', url, {
        token: maya.token,
        body: { note: 'Called the client and reviewed the safety plan' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: alertId,
        acknowledgedAt: expect.any(String),
        acknowledgedBy: 'Maya Chen',
        note: 'Called the client and reviewed the safety plan',
      });
      const again = await call(t, 'POST', url, { token: maya.token, body: { note: 'Called them again' } });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('already_acknowledged');
      const events = await audits('risk_alert.acknowledged', alertId);
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events)).not.toContain('safety plan');
      const open = await call(t, 'GET', `${base()}/risk-alerts?clientId=${clientId}`, { token: maya.token });
      expect(open.body.items).toEqual([]);
      const done = await call(t, 'GET', `${base()}/risk-alerts?status=acknowledged&clientId=${clientId}`, {
        token: maya.token,
      });
      expect(done.body.items.map((a: { id: string }) => a.id)).toEqual([alertId]);
    });
  });

  describe('prep tasks', () => {
    let nia: StaffPerson;
    let jo: string;
    let sams: string;

    beforeAll(async () => {
      nia = await addStaff(t, owner, admin, 'Nia Brooks', ['clinician']);
      // 03:00 UTC on 15 January is 22:00 on the 14th in New York: the task is due on the 13th.
      jo = await newClient(nia.token, {
        name: 'Jo Prep',
        timezone: 'America/New_York',
        nextSessionAt: '2030-01-15T03:00:00.000Z',
      });
      sams = await newClient(sam.token, { name: 'Sam Only' });
    });

    const create = (body: Record<string, unknown>, token = nia.token) =>
      call(t, 'POST', `${base()}/prep-tasks`, { token, body });

    it('creates a task tied to a client, due the day before their next session in their time zone', async () => {
      const res = await create({ title: 'Read chapter 3', clientId: jo });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: 'Read chapter 3',
        notes: '',
        dueDate: '2030-01-13',
        client: { id: jo, name: 'Jo Prep' },
        assignment: null,
        done: false,
        doneAt: null,
      });
      expect(await audits('prep_task.created', res.body.id)).toHaveLength(1);
    });

    it('keeps a given date, leaves a task without client undated, and ties an assignment’s client', async () => {
      const dated = await create({ title: 'Plan exposure', clientId: jo, dueDate: '2030-02-01' });
      expect(dated.body.dueDate).toBe('2030-02-01');
      const plain = await create({ title: 'Renew my notes', notes: 'For supervision' });
      expect(plain.status).toBe(201);
      expect(plain.body).toMatchObject({ dueDate: null, client: null, notes: 'For supervision' });
      expect(await audits('prep_task.created', plain.body.id)).toHaveLength(0);
      const template = await rows.template({ title: 'Reading: Feeling Good' });
      const assignment = await rows.assignment(jo, template);
      const tied = await create({ title: 'Read the same chapter', assignmentId: assignment });
      expect(tied.status).toBe(201);
      expect(tied.body).toMatchObject({
        client: { id: jo, name: 'Jo Prep' },
        assignment: { id: assignment, title: 'Reading: Feeling Good' },
        dueDate: '2030-01-13',
      });
    });

    it.each([
      ['a short title', { title: 'x' }, 'title'],
      ['a bad date', { title: 'Task', dueDate: 'tomorrow' }, 'dueDate'],
      ['a bad client id', { title: 'Task', clientId: 'jo' }, 'clientId'],
      ['an unknown field', { title: 'Task', priority: 'high' }, ''],
    ])('refuses %s with 400', async (_c, body, path) => {
      const res = await create(body);
      expect(res.status).toBe(400);
      expect(errorPaths(res)).toContain(path);
    });

    it('refuses a client or homework outside the caseload, or of another client, naming the field', async () => {
      const before = (await owner.query('SELECT count(*)::int AS n FROM prep_tasks')).rows[0].n;
      const notMine = await create({ title: 'Peek', clientId: sams });
      expect(notMine.status).toBe(400);
      expect(errorPaths(notMine)).toEqual(['clientId']);
      expect(JSON.stringify(notMine.body)).not.toContain('Sam Only');
      const unknown = await create({ title: 'Peek', clientId: MISSING });
      expect(unknown.body).toEqual({ ...notMine.body, requestId: unknown.body.requestId });
      const template = await rows.template();
      const samsAssignment = await rows.assignment(sams, template);
      const foreign = await create({ title: 'Peek', assignmentId: samsAssignment });
      expect(foreign.status).toBe(400);
      expect(errorPaths(foreign)).toEqual(['assignmentId']);
      const other2 = await newClient(nia.token, { name: 'Second Client' });
      const mismatched = await create({
        title: 'Mixed',
        clientId: other2,
        assignmentId: await rows.assignment(jo, template),
      });
      expect(mismatched.status).toBe(400);
      expect(errorPaths(mismatched)).toEqual(['assignmentId']);
      expect((await owner.query('SELECT count(*)::int AS n FROM prep_tasks')).rows[0].n).toBe(before);
    });

    it('lists only the caller’s own tasks, by status and client; done toggles done and doneAt', async () => {
      const task = (await create({ title: 'Toggle me', clientId: jo, dueDate: '2030-01-01' })).body;
      const done = await call(t, 'PATCH', `${base()}/prep-tasks/${task.id}`, {
        token: nia.token,
        body: { done: true, notes: 'Finished early' },
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ done: true, doneAt: expect.any(String), notes: 'Finished early' });
      const open = await call(t, 'GET', `${base()}/prep-tasks`, { token: nia.token });
      expect(open.body.items.map((x: { id: string }) => x.id)).not.toContain(task.id);
      expect(open.body.items.every((x: { done: boolean }) => !x.done)).toBe(true);
      const doneList = await call(t, 'GET', `${base()}/prep-tasks?status=done`, { token: nia.token });
      expect(doneList.body.items.map((x: { id: string }) => x.id)).toEqual([task.id]);
      const forJo = await call(t, 'GET', `${base()}/prep-tasks?status=all&clientId=${jo}`, {
        token: nia.token,
      });
      expect(forJo.body.items.every((x: { client: { id: string } }) => x.client.id === jo)).toBe(true);
      expect(forJo.body.items.map((x: { id: string }) => x.id)).toContain(task.id);
      const reopened = await call(t, 'PATCH', `${base()}/prep-tasks/${task.id}`, {
        token: nia.token,
        body: { done: false, dueDate: null, title: 'Toggled' },
      });
      expect(reopened.body).toMatchObject({ done: false, doneAt: null, dueDate: null, title: 'Toggled' });
      expect(await audits('prep_task.updated', task.id)).toHaveLength(2);
      // Someone else's task does not exist for the caller, admin included.
      for (const token of [sam.token, admin.token, manager.token, other.token]) {
        const res = await call(t, 'PATCH', `${base()}/prep-tasks/${task.id}`, {
          token,
          body: { done: true },
        });
        expect(res.status).toBe(404);
      }
      const adminList = await call(t, 'GET', `${base()}/prep-tasks?status=all`, { token: admin.token });
      expect(adminList.body.items).toEqual([]);
      for (const [body, path] of [
        [{}, ''],
        [{ done: 'yes' }, 'done'],
        [{ dueDate: '2030-13-01' }, 'dueDate'],
      ] as const) {
        const res = await call(t, 'PATCH', `${base()}/prep-tasks/${task.id}`, { token: nia.token, body });
        expect(res.status).toBe(400);
        expect(errorPaths(res)).toContain(path);
      }
      const badQuery = await call(t, 'GET', `${base()}/prep-tasks?status=later`, { token: nia.token });
      expect(errorPaths(badQuery)).toEqual(['status']);
    });

    it('hides a task once its client leaves the caller’s caseload', async () => {
      const leaving = await newClient(nia.token, { name: 'Leaving Client' });
      const task = (await create({ title: 'Prepare handover', clientId: leaving })).body;
      const moved = await call(t, 'POST', `${base()}/clients/transfer`, {
        token: admin.token,
        body: { clientIds: [leaving], toClinicianId: sam.membershipId },
      });
      expect(moved.status).toBe(200);
      const list = await call(t, 'GET', `${base()}/prep-tasks?status=all`, { token: nia.token });
      expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(task.id);
      expect(JSON.stringify(list.body)).not.toContain('Leaving Client');
      const patch = await call(t, 'PATCH', `${base()}/prep-tasks/${task.id}`, {
        token: nia.token,
        body: { done: true },
      });
      expect(patch.status).toBe(404);
    });
  });

  describe('the dashboard', () => {
    let dee: StaffPerson;
    const c = {} as Record<'a' | 'b' | 'c' | 'gone', string>;
    const now = Date.now();
    let draftAt: Date;
    let alertId: string;

    beforeAll(async () => {
      dee = await addStaff(t, owner, admin, 'Dee Dash', ['clinician']);
      c.a = await newClient(dee.token, {
        name: 'Ana Active',
        nextSessionAt: new Date(now + 2 * DAY).toISOString(),
      });
      c.b = await newClient(dee.token, { name: 'Ben Busy' });
      c.c = await newClient(dee.token, { name: 'Cleo Calm' });
      c.gone = await newClient(dee.token, { name: 'Dora Discharged' });
      await call(t, 'PATCH', `${base()}/clients/${c.gone}`, {
        token: dee.token,
        body: { status: 'discharged' },
      });
      const journal = await rows.template({ title: 'Daily journal' });
      const phq9 = await rows.template({ measure: 'phq9' });

      // Ana, over the last 28 days: 4 due — 2 submitted, 1 reviewed, 1 still pending — so 3 ÷ 4.
      const a = await rows.assignment(c.a, journal);
      const s1 = await rows.occurrence(a, c.a, daysAgo(3, now));
      await rows.submission(s1, { submittedAt: daysAgo(3, now) });
      const s2 = await rows.occurrence(a, c.a, daysAgo(10, now));
      await rows.submission(s2, { submittedAt: daysAgo(9, now) });
      const s3 = await rows.occurrence(a, c.a, daysAgo(20, now));
      await rows.submission(s3, { submittedAt: daysAgo(20, now), reviewedBy: dee.membershipId });
      draftAt = daysAgo(1, now);
      await rows.occurrence(a, c.a, daysAgo(2, now), { draftSavedAt: draftAt });
      // Outside the window, or not due yet, or never accepted: not counted.
      await rows.occurrence(a, c.a, daysAgo(40, now));
      await rows.occurrence(a, c.a, new Date(now + DAY));
      const proposed = await rows.assignment(c.a, journal, { status: 'proposed' });
      await rows.occurrence(proposed, c.a, daysAgo(4, now));
      // Ana's PHQ-9 (a 5th due occurrence, submitted 5 days ago) raised an alert: 4 of 5.
      const m = await rows.assignment(c.a, phq9);
      const mo = await rows.occurrence(m, c.a, daysAgo(5, now));
      const ms = await rows.submission(mo, { submittedAt: daysAgo(5, now) });
      alertId = await rows.riskAlert(ms, { itemAnswer: 1, at: daysAgo(5, now) });

      // Ben: one declined (due, not submitted) and one pending 10 days past due (missed, still counted).
      const b = await rows.assignment(c.b, journal);
      const bo = await rows.occurrence(b, c.b, daysAgo(6, now));
      await rows.decline(b, bo, { at: daysAgo(6, now) });
      await rows.occurrence(b, c.b, daysAgo(10, now));

      // Someone else's client and the discharged one never show.
      const samsClient = await newClient(sam.token, { name: 'Not Dee’s' });
      await rows.occurrence(await rows.assignment(samsClient, journal), samsClient, daysAgo(1, now));
    });

    it('counts engagement per active client over 28 days, against a hand-worked example', async () => {
      const res = await call(t, 'GET', `${base()}/dashboard`, { token: dee.token });
      expect(res.status).toBe(200);
      expect(res.body.caseload).toEqual([
        {
          client: { id: c.a, name: 'Ana Active', nextSessionAt: new Date(now + 2 * DAY).toISOString() },
          due: 5,
          submitted: 4,
          completionRate: 0.8,
          overdue: 1,
          lastActivityAt: draftAt.toISOString(),
          openDeclines: 0,
          openRiskAlerts: 1,
        },
        {
          client: { id: c.b, name: 'Ben Busy', nextSessionAt: null },
          due: 2,
          submitted: 0,
          completionRate: 0,
          overdue: 1,
          lastActivityAt: daysAgo(6, now).toISOString(),
          openDeclines: 1,
          openRiskAlerts: 0,
        },
        {
          client: { id: c.c, name: 'Cleo Calm', nextSessionAt: null },
          due: 0,
          submitted: 0,
          completionRate: null,
          overdue: 0,
          lastActivityAt: null,
          openDeclines: 0,
          openRiskAlerts: 0,
        },
      ]);
      expect(res.body.riskAlerts.map((r: { id: string }) => r.id)).toEqual([alertId]);
      expect(res.body.reviewCounts).toEqual({ riskAlerts: 1, submissions: 3, declines: 1, flagged: 0 });
      expect(await audits('dashboard.viewed')).toEqual(
        expect.arrayContaining([expect.objectContaining({ actor_user_id: dee.userId })]),
      );
    });

    it('3 of 4 is 0.75 once the measure falls out of the window; an acknowledged alert leaves the counts', async () => {
      // Drop the measure's occurrence from the window by moving it out: 4 due, 3 submitted.
      await owner.query(
        `UPDATE occurrences SET due_at = now() - interval '35 days'
          WHERE client_id = $1 AND id IN (SELECT occurrence_id FROM submissions s JOIN risk_alerts r ON r.submission_id = s.id WHERE r.id = $2)`,
        [c.a, alertId],
      );
      await call(t, 'POST', `${base()}/risk-alerts/${alertId}/acknowledge`, {
        token: dee.token,
        body: { note: 'Phoned and checked in' },
      });
      const res = await call(t, 'GET', `${base()}/dashboard`, { token: dee.token });
      const ana = res.body.caseload.find((r: { client: { id: string } }) => r.client.id === c.a);
      expect(ana).toMatchObject({
        due: 4,
        submitted: 3,
        completionRate: 0.75,
        overdue: 1,
        openRiskAlerts: 0,
      });
      expect(res.body.riskAlerts).toEqual([]);
      expect(res.body.reviewCounts.riskAlerts).toBe(0);
    });

    it('lists the caller’s open prep tasks due within 7 days, overdue, or undated before a session this week', async () => {
      const today = new Date(now).toISOString().slice(0, 10);
      const plusDays = (n: number) => new Date(now + n * DAY).toISOString().slice(0, 10);
      const make = async (title: string, extra: Record<string, unknown>) => {
        const res = await call(t, 'POST', `${base()}/prep-tasks`, {
          token: dee.token,
          body: { title, ...extra },
        });
        expect(res.status).toBe(201);
        return res.body;
      };
      const soon = await make('Due in three days', { dueDate: plusDays(3) });
      const late = await make('Overdue task', { dueDate: plusDays(-2) });
      await make('Far away', { dueDate: plusDays(30) });
      const finished = await make('Done already', { dueDate: today });
      await call(t, 'PATCH', `${base()}/prep-tasks/${finished.id}`, {
        token: dee.token,
        body: { done: true },
      });
      await make('No date, no client', {});
      // Undated but tied to Cleo, whose session moves to 3 days away: shown. Ben's session is 20 days away.
      const cleoTask = await make('Prepare for Cleo', { clientId: c.c });
      const benTask = await make('Prepare for Ben', { clientId: c.b });
      expect([cleoTask.dueDate, benTask.dueDate]).toEqual([null, null]);
      await call(t, 'PATCH', `${base()}/clients/${c.c}`, {
        token: dee.token,
        body: { nextSessionAt: new Date(now + 3 * DAY).toISOString() },
      });
      await call(t, 'PATCH', `${base()}/clients/${c.b}`, {
        token: dee.token,
        body: { nextSessionAt: new Date(now + 20 * DAY).toISOString() },
      });
      // Ana's session is in 2 days: with no date given, her task is due tomorrow-ish and shows.
      const anaTask = await make('Prepare for Ana', { clientId: c.a });
      const res = await call(t, 'GET', `${base()}/dashboard`, { token: dee.token });
      expect(res.body.prepTasksDue.map((x: { title: string }) => x.title).sort()).toEqual(
        [late.title, soon.title, cleoTask.title, anaTask.title].sort(),
      );
      // Another clinician's dashboard has none of Dee's tasks or clients.
      const sams = await call(t, 'GET', `${base()}/dashboard`, { token: sam.token });
      expect(JSON.stringify(sams.body)).not.toContain('Ana Active');
      expect(JSON.stringify(sams.body)).not.toContain('Prepare for');
    });

    it('is a 404 to managers and other clinics', async () => {
      expect((await call(t, 'GET', `${base()}/dashboard`, { token: manager.token })).status).toBe(404);
      expect((await call(t, 'GET', `${base()}/dashboard`, { token: other.token })).status).toBe(404);
    });
  });

  it('follows a PHQ-9 from the portal to the clinician: alert first, read, feedback, reviewed, acknowledged', async () => {
    const robin = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Robin Journey');
    const phq9 = (
      await call(t, 'GET', `${base()}/templates?kind=measure&limit=10`, { token: maya.token })
    ).body.items.find((i: { measure: string }) => i.measure === 'phq9');
    const created = await call(t, 'POST', `${base()}/clients/${robin.clientId}/assignments`, {
      token: maya.token,
      body: {
        templateId: phq9.id,
        schedule: { kind: 'once', dueDate: dayFromToday(1), dueTime: '09:00' },
        check: CHECK_OK,
      },
    });
    expect(created.status).toBe(201);
    const assignmentId = created.body.items[0].id;
    const occurrences = await call(t, 'GET', `${base()}/assignments/${assignmentId}/occurrences`, {
      token: maya.token,
    });
    const occurrenceId = occurrences.body.items[0].id;
    const sent = await call(t, 'POST', `${base()}/occurrences/${occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': 'review-journey-0001' },
      body: { answers: phq9Answers(1, 2), talkNextSession: true },
    });
    expect(sent.status).toBe(201);
    const submissionId = sent.body.submissionId;

    const queue = await call(t, 'GET', `${base()}/review-queue?clientId=${robin.clientId}`, {
      token: maya.token,
    });
    expect(queue.body.items.map((i: { type: string }) => i.type)).toEqual(['risk_alert', 'submission']);
    expect(queue.body.items[1]).toMatchObject({ id: submissionId, flagged: true, kind: 'measure' });
    expect(queue.body.counts).toEqual({ riskAlerts: 1, submissions: 1, declines: 0, flagged: 1 });

    const read = await call(t, 'GET', `${base()}/submissions/${submissionId}`, { token: maya.token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      occurrenceId,
      assignmentId,
      client: { id: robin.clientId, name: 'Robin Journey' },
      template: { id: phq9.id, kind: 'measure', measure: 'phq9' },
      answers: phq9Answers(1, 2),
      talkNextSession: true,
      score: { measure: 'phq9', total: 10, riskItemAnswer: 2, submissionId },
    });
    expect(read.body.fields.map((f: { key: string }) => f.key)).toEqual(
      expect.arrayContaining(['item1', 'item9']),
    );

    const feedback = await call(t, 'POST', `${base()}/submissions/${submissionId}/feedback`, {
      token: maya.token,
      body: { text: 'Thank you for telling me. Let us talk on Tuesday.' },
    });
    expect(feedback.status).toBe(201);
    const reviewed = await call(t, 'POST', `${base()}/submissions/${submissionId}/reviewed`, {
      token: maya.token,
    });
    expect(reviewed.body.reviewedBy).toBe('Maya Chen');
    const after = await call(t, 'GET', `${base()}/assignments/${assignmentId}/occurrences`, {
      token: maya.token,
    });
    expect(after.body.items[0].status).toBe('reviewed');

    const alerts = await call(t, 'GET', `${base()}/risk-alerts?clientId=${robin.clientId}`, {
      token: maya.token,
    });
    expect(alerts.body.items).toEqual([
      expect.objectContaining({
        itemAnswer: 2,
        submissionId,
        client: { id: robin.clientId, name: 'Robin Journey' },
      }),
    ]);
    const ack = await call(t, 'POST', `${base()}/risk-alerts/${alerts.body.items[0].id}/acknowledge`, {
      token: maya.token,
      body: { note: 'Called Robin; reviewed the safety plan together' },
    });
    expect(ack.status).toBe(200);
    const empty = await call(t, 'GET', `${base()}/review-queue?clientId=${robin.clientId}`, {
      token: maya.token,
    });
    expect(empty.body).toEqual({
      items: [],
      counts: { riskAlerts: 0, submissions: 0, declines: 0, flagged: 0 },
    });
    const activity = await call(t, 'GET', `${base()}/clients/${robin.clientId}/activity`, {
      token: maya.token,
    });
    expect(activity.body.items.map((i: { type: string }) => i.type).sort()).toEqual([
      'risk_alert',
      'submission',
    ]);

    // The client declines the next one from the portal; the clinician marks it discussed.
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    const next = await call(t, 'POST', `${base()}/clients/${robin.clientId}/assignments`, {
      token: maya.token,
      body: {
        templateId: journal.id,
        schedule: { kind: 'once', dueDate: dayFromToday(2), dueTime: '18:00' },
        check: CHECK_OK,
      },
    });
    const nextOcc = await call(t, 'GET', `${base()}/assignments/${next.body.items[0].id}/occurrences`, {
      token: maya.token,
    });
    const declined = await call(t, 'POST', `${base()}/occurrences/${nextOcc.body.items[0].id}/decline`, {
      token: robin.token,
      body: { reason: 'no_time' },
    });
    expect(declined.status).toBe(201);
    const declines = await call(t, 'GET', `${base()}/review-queue?type=decline&clientId=${robin.clientId}`, {
      token: maya.token,
    });
    expect(declines.body.items).toEqual([
      expect.objectContaining({
        id: declined.body.id,
        declineReason: 'no_time',
        title: journal.title,
        kind: 'journal',
      }),
    ]);
    const discussed = await call(t, 'POST', `${base()}/declines/${declined.body.id}/discussed`, {
      token: maya.token,
      body: { note: 'Agreed a shorter entry' },
    });
    expect(discussed.status).toBe(200);
    // The portal client cannot use any of the clinician's routes.
    for (const path of [
      `/submissions/${submissionId}`,
      '/review-queue',
      '/dashboard',
      '/prep-tasks',
      '/risk-alerts',
    ]) {
      expect((await call(t, 'GET', `${base()}${path}`, { token: robin.token })).status).toBe(404);
    }
  });
});
