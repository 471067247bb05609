import {
  FHIR_SYSTEMS,
  type FhirBundle,
  FhirBundleSchema,
  type FhirObservation,
  type FhirQuestionnaireResponse,
  type FhirTask,
  fhirReferences,
} from '@interlude/contracts';
import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import { addStaff, expectSafeProblem, ownerClient, type StaffPerson } from './support/clinic-people';
import {
  addPortalClient,
  CHECK_OK,
  dayFromToday,
  type PortalClient,
  templateOfKind,
} from './support/homework';
import { DAY, homeworkRows } from './support/homework-rows';
import { call, signupClinic } from './support/http';

const gad7Answers = (value: number) =>
  Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`item${i + 1}`, String(value)]));
const phq9Of = (value: number) =>
  Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`item${i + 1}`, String(i === 8 ? 0 : value)]));

/** Every field type, to see each answer become its FHIR value. */
const WORKSHEET_FIELDS = [
  { key: 'what', label: 'What did you try?', type: 'shortText', required: true },
  { key: 'minutes', label: 'Minutes', type: 'number', integer: true },
  { key: 'hours', label: 'Hours slept', type: 'number' },
  { key: 'calm', label: 'Calm', type: 'scale', min: 0, max: 10 },
  {
    key: 'where',
    label: 'Where',
    type: 'multiChoice',
    options: [
      { value: 'home', label: 'At home' },
      { value: 'work', label: 'At work' },
      { value: 'out', label: 'Out and about' },
    ],
  },
  { key: 'when', label: 'Which day', type: 'date' },
  { key: 'at', label: 'What time', type: 'time' },
  { key: 'again', label: 'Would you do it again?', type: 'yesNo' },
  { key: 'unanswered', label: 'Anything else?', type: 'longText' },
  {
    key: 'steps',
    label: 'Steps',
    type: 'group',
    fields: [
      { key: 'step', label: 'Step', type: 'shortText', required: true },
      { key: 'done', label: 'Done', type: 'yesNo' },
    ],
  },
];

describe('FHIR export: a client’s homework as a FHIR R4 Bundle', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let other: Awaited<ReturnType<typeof signupClinic>>;
  let maya: StaffPerson;
  let sam: StaffPerson;
  let mel: StaffPerson;
  let robin: PortalClient;
  const ids = {
    journalOccurrence: '',
    journalSubmission: '',
    declinedOccurrence: '',
    phq9Occurrence: '',
    phq9Submission: '',
    gad7Submission: '',
    worksheetSubmission: '',
    pendingOccurrence: '',
    pendingDueAt: '',
    missedOccurrence: '',
    declinedAssignment: '',
  };
  const base = () => `/api/v1/clinics/${admin.clinicId}`;
  const fhirPath = (clientId = robin.clientId, clinicId = admin.clinicId) =>
    `/api/v1/clinics/${clinicId}/clients/${clientId}/fhir`;

  const assign = async (templateId: string, extra: Record<string, unknown> = {}) => {
    const res = await call(t, 'POST', `${base()}/clients/${robin.clientId}/assignments`, {
      token: maya.token,
      body: {
        templateId,
        schedule: { kind: 'once', dueDate: dayFromToday(2), dueTime: '18:00' },
        check: CHECK_OK,
        ...extra,
      },
    });
    if (res.status !== 201) throw new Error(`assign failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items[0].id as string;
  };
  const firstOccurrence = async (assignmentId: string) => {
    const res = await call(t, 'GET', `${base()}/assignments/${assignmentId}/occurrences`, {
      token: maya.token,
    });
    return res.body.items[0] as { id: string; dueAt: string };
  };
  const submit = async (occurrenceId: string, answers: Record<string, unknown>) => {
    const res = await call(t, 'POST', `${base()}/occurrences/${occurrenceId}/submissions`, {
      token: robin.token,
      headers: { 'idempotency-key': `fhir-${occurrenceId}` },
      body: { answers },
    });
    if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { submissionId: string; score: { total: number; band: string } | null };
  };
  const measureTemplate = async (measure: 'phq9' | 'gad7') =>
    (
      await call(t, 'GET', `${base()}/templates?kind=measure&limit=10`, { token: maya.token })
    ).body.items.find((i: { measure: string }) => i.measure === measure).id as string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'FHIR Clinic');
    other = await signupClinic(t, 'Elsewhere Clinic');
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    sam = await addStaff(t, owner, admin, 'Sam Okafor', ['clinician']);
    mel = await addStaff(t, owner, admin, 'Mel Manager', ['manager']);
    robin = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Robin Client');

    // A journal, submitted.
    const journal = await templateOfKind(t, admin.clinicId, maya.token, 'journal');
    ids.journalOccurrence = (await firstOccurrence(await assign(journal.id))).id;
    ids.journalSubmission = (
      await submit(ids.journalOccurrence, { entry: 'Walked to the harbour and felt lighter', mood: 7 })
    ).submissionId;

    // A reading, its first occurrence declined with a reason.
    const reading = await templateOfKind(t, admin.clinicId, maya.token, 'reading');
    ids.declinedOccurrence = (
      await firstOccurrence(
        await assign(reading.id, {
          schedule: { kind: 'weekly', startDate: dayFromToday(1), time: '10:00', count: 2 },
        }),
      )
    ).id;
    const declined = await call(t, 'POST', `${base()}/occurrences/${ids.declinedOccurrence}/decline`, {
      token: robin.token,
      body: { reason: 'no_time', note: 'A busy week at work' },
    });
    expect(declined.status).toBe(201);

    // A PHQ-9, submitted, scored and reviewed; a GAD-7 submitted and scored.
    ids.phq9Occurrence = (await firstOccurrence(await assign(await measureTemplate('phq9')))).id;
    const phq9 = await submit(ids.phq9Occurrence, { ...phq9Of(2), difficulty: '1' });
    expect(phq9.score).toMatchObject({ total: 16, band: 'Moderately severe' });
    ids.phq9Submission = phq9.submissionId;
    const reviewed = await call(t, 'POST', `${base()}/submissions/${ids.phq9Submission}/reviewed`, {
      token: maya.token,
    });
    expect(reviewed.status).toBe(200);
    const gad7 = await submit(
      (await firstOccurrence(await assign(await measureTemplate('gad7')))).id,
      gad7Answers(1),
    );
    expect(gad7.score).toMatchObject({ total: 7, band: 'Mild' });
    ids.gad7Submission = gad7.submissionId;

    // A worksheet with every field type, submitted.
    const worksheet = await call(t, 'POST', `${base()}/templates`, {
      token: maya.token,
      body: { kind: 'worksheet', title: 'Exposure steps', instructions: '', fields: WORKSHEET_FIELDS },
    });
    expect(worksheet.status).toBe(201);
    ids.worksheetSubmission = (
      await submit((await firstOccurrence(await assign(worksheet.body.id))).id, {
        what: 'Took the bus',
        minutes: 25,
        hours: 6.5,
        calm: 4,
        where: ['home', 'out'],
        when: '2026-03-08',
        at: '18:30',
        again: true,
        unanswered: '',
        steps: [{ step: 'Stand at the stop', done: true }, { step: 'Ride two stops' }],
      })
    ).submissionId;

    // A journal still to do, due in three days.
    const pending = await firstOccurrence(
      await assign(journal.id, { schedule: { kind: 'once', dueDate: dayFromToday(3), dueTime: '20:00' } }),
    );
    ids.pendingOccurrence = pending.id;
    ids.pendingDueAt = pending.dueAt;

    // A proposal the client turned down as a whole.
    ids.declinedAssignment = await assign(reading.id, { requiresAcceptance: true });
    const whole = await call(t, 'POST', `${base()}/assignments/${ids.declinedAssignment}/decline`, {
      token: robin.token,
      body: { reason: 'not_relevant' },
    });
    expect(whole.status).toBe(201);

    // Homework left undone for ten days (missed), written straight into the tables.
    const rows = homeworkRows(owner, admin.clinicId);
    const old = await rows.assignment(robin.clientId, await rows.template({ title: 'Old thought record' }));
    ids.missedOccurrence = await rows.occurrence(old, robin.clientId, new Date(Date.now() - 10 * DAY));
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  let bundle: FhirBundle;
  const resource = <T>(id: string): T => {
    const entry = bundle.entry.find((e) => e.resource.id === id);
    if (!entry) throw new Error(`no entry ${id}`);
    return entry.resource as T;
  };

  it('answers the caseload clinician with a valid FHIR R4 collection Bundle as application/fhir+json', async () => {
    const res = await call(t, 'GET', fhirPath(), { token: maya.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const parsed = FhirBundleSchema.safeParse(res.body);
    expect(parsed.error).toBeUndefined();
    bundle = res.body;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(Date.parse(bundle.timestamp)).toBeGreaterThan(Date.now() - 60_000);

    const kinds = bundle.entry.map((e) => e.resource.resourceType);
    // 7 occurrences (journal, 2 readings, PHQ-9, GAD-7, worksheet, pending journal, missed) + 1
    // declined proposal; 4 responses; 2 scores.
    expect(kinds.filter((k) => k === 'Task')).toHaveLength(9);
    expect(kinds.filter((k) => k === 'QuestionnaireResponse')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'Observation')).toHaveLength(2);

    // Every reference resolves to an entry, or is the client as a Patient; fullUrls are urn:uuid:<id>.
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
      expect(entry.resource.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
      for (const reference of fhirReferences(entry.resource)) {
        if (reference.startsWith('Patient/')) expect(reference).toBe(`Patient/${robin.clientId}`);
        else expect(fullUrls.has(reference)).toBe(true);
      }
    }
    // No name or other PHI beyond ids and the answers themselves.
    expect(JSON.stringify(bundle)).not.toContain('Robin Client');
  });

  it('maps each occurrence to a Task: done → completed, declined → rejected with the reason, to do → ready, missed → failed', async () => {
    const journal = resource<FhirTask>(ids.journalOccurrence);
    expect(journal).toMatchObject({
      status: 'completed',
      intent: 'order',
      description: 'Daily journal',
      for: { reference: `Patient/${robin.clientId}` },
      businessStatus: { coding: [{ system: FHIR_SYSTEMS.occurrenceStatus, code: 'submitted' }] },
      output: [{ valueReference: { reference: `urn:uuid:${ids.journalSubmission}` } }],
    });
    expect(journal.groupIdentifier?.system).toBe(FHIR_SYSTEMS.assignment);
    expect(journal.input?.[0]).toMatchObject({
      valueCanonical: expect.stringMatching(
        /^https:\/\/interlude\.example\/fhir\/Questionnaire\/[0-9a-f-]{36}\|1$/,
      ),
    });

    const declined = resource<FhirTask>(ids.declinedOccurrence);
    expect(declined).toMatchObject({
      status: 'rejected',
      statusReason: {
        coding: [{ system: 'https://interlude.example/fhir/CodeSystem/decline-reason', code: 'no_time' }],
      },
      businessStatus: { coding: [{ code: 'declined' }] },
      note: [{ text: 'A busy week at work' }],
    });
    expect(declined.output).toBeUndefined();

    expect(resource<FhirTask>(ids.phq9Occurrence)).toMatchObject({
      status: 'completed',
      businessStatus: { coding: [{ code: 'reviewed' }] },
      output: [{ valueReference: { reference: `urn:uuid:${ids.phq9Submission}` } }],
    });

    const pending = resource<FhirTask>(ids.pendingOccurrence);
    expect(pending).toMatchObject({
      status: 'ready',
      businessStatus: { coding: [{ code: 'pending' }] },
      restriction: { period: { end: ids.pendingDueAt } },
    });
    expect(pending.output).toBeUndefined();
    expect(pending.statusReason).toBeUndefined();

    expect(resource<FhirTask>(ids.missedOccurrence)).toMatchObject({
      status: 'failed',
      businessStatus: { coding: [{ code: 'missed' }] },
      description: 'Old thought record',
    });

    // All of an assignment's Tasks share its group identifier.
    const [first, second] = bundle.entry
      .map((e) => e.resource)
      .filter(
        (r): r is FhirTask =>
          r.resourceType === 'Task' && r.groupIdentifier?.value === declined.groupIdentifier?.value,
      );
    expect(first?.id).toBe(ids.declinedOccurrence);
    expect(second?.status).toBe('ready');

    const wholeDecline = bundle.entry
      .map((e) => e.resource)
      .find(
        (r): r is FhirTask =>
          r.resourceType === 'Task' && r.groupIdentifier?.value === ids.declinedAssignment,
      );
    expect(wholeDecline).toMatchObject({
      status: 'rejected',
      statusReason: { coding: [{ code: 'not_relevant', display: 'Not relevant' }] },
    });
  });

  it('maps each submission to a QuestionnaireResponse against its template version', async () => {
    const journal = resource<FhirQuestionnaireResponse>(ids.journalSubmission);
    expect(journal).toMatchObject({
      status: 'completed',
      subject: { reference: `Patient/${robin.clientId}` },
      authored: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      questionnaire: expect.stringMatching(/^https:\/\/interlude\.example\/fhir\/Questionnaire\/.+\|1$/),
    });
    expect(journal.item).toEqual([
      expect.objectContaining({
        linkId: 'entry',
        answer: [{ valueString: 'Walked to the harbour and felt lighter' }],
      }),
      expect.objectContaining({ linkId: 'mood', answer: [{ valueInteger: 7 }] }),
    ]);

    const phq9 = resource<FhirQuestionnaireResponse>(ids.phq9Submission);
    expect(phq9.item).toHaveLength(10);
    expect(phq9.item?.[0]).toEqual({
      linkId: 'item1',
      text: 'Little interest or pleasure in doing things',
      answer: [{ valueCoding: { code: '2', display: 'More than half the days' } }],
    });
    expect(phq9.item?.[8]).toMatchObject({ linkId: 'item9', answer: [{ valueCoding: { code: '0' } }] });

    const worksheet = resource<FhirQuestionnaireResponse>(ids.worksheetSubmission);
    const byLink = (linkId: string) => worksheet.item?.filter((i) => i.linkId === linkId) ?? [];
    expect(byLink('what')[0]).toMatchObject({ answer: [{ valueString: 'Took the bus' }] });
    expect(byLink('minutes')[0]).toMatchObject({ answer: [{ valueInteger: 25 }] });
    expect(byLink('hours')[0]).toMatchObject({ answer: [{ valueDecimal: 6.5 }] });
    expect(byLink('calm')[0]).toMatchObject({ answer: [{ valueInteger: 4 }] });
    expect(byLink('where')[0]).toMatchObject({
      answer: [
        { valueCoding: { code: 'home', display: 'At home' } },
        { valueCoding: { code: 'out', display: 'Out and about' } },
      ],
    });
    expect(byLink('when')[0]).toMatchObject({ answer: [{ valueDate: '2026-03-08' }] });
    expect(byLink('at')[0]).toMatchObject({ answer: [{ valueTime: '18:30:00' }] });
    expect(byLink('again')[0]).toMatchObject({ answer: [{ valueBoolean: true }] });
    expect(byLink('unanswered')).toEqual([]);
    expect(byLink('steps')).toEqual([
      {
        linkId: 'steps',
        text: 'Steps',
        item: [
          { linkId: 'steps.step', text: 'Step', answer: [{ valueString: 'Stand at the stop' }] },
          { linkId: 'steps.done', text: 'Done', answer: [{ valueBoolean: true }] },
        ],
      },
      {
        linkId: 'steps',
        text: 'Steps',
        item: [{ linkId: 'steps.step', text: 'Step', answer: [{ valueString: 'Ride two stops' }] }],
      },
    ]);
  });

  it('maps each score to a LOINC-coded survey Observation derived from its response', async () => {
    const observations = bundle.entry
      .map((e) => e.resource)
      .filter((r): r is FhirObservation => r.resourceType === 'Observation');
    const phq9 = observations.find((o) => o.derivedFrom?.[0]?.reference === `urn:uuid:${ids.phq9Submission}`);
    expect(phq9).toMatchObject({
      status: 'final',
      category: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
        },
      ],
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      subject: { reference: `Patient/${robin.clientId}` },
      valueInteger: 16,
      interpretation: [{ text: 'Moderately severe' }],
    });
    expect(phq9?.effectiveDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const gad7 = observations.find((o) => o.derivedFrom?.[0]?.reference === `urn:uuid:${ids.gad7Submission}`);
    expect(gad7).toMatchObject({
      code: { coding: [{ system: 'http://loinc.org', code: '70274-6' }] },
      valueInteger: 7,
      interpretation: [{ text: 'Mild' }],
    });
  });

  it('audits the export with ids and counts only', async () => {
    const { rows } = await owner.query(
      `SELECT actor_user_id, resource_type, resource_id, outcome, details FROM audit_events
        WHERE clinic_id = $1 AND action = 'client.fhir_exported' ORDER BY occurred_at`,
      [admin.clinicId],
    );
    expect(rows).toEqual([
      {
        actor_user_id: maya.userId,
        resource_type: 'client',
        resource_id: robin.clientId,
        outcome: 'success',
        details: { bundleId: bundle.id, tasks: 9, questionnaireResponses: 4, observations: 2 },
      },
    ]);
  });

  it('lets the admin export any client of the clinic', async () => {
    const res = await call(t, 'GET', fhirPath(), { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.entry).toHaveLength(bundle.entry.length);
  });

  it('answers 404 to another caseload, a manager, the client, another clinic and a bad id; 401 without a session', async () => {
    const before = Number(
      (await owner.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'client.fhir_exported'`))
        .rows[0].n,
    );
    for (const token of [sam.token, mel.token, robin.token, other.token]) {
      const res = await call(t, 'GET', fhirPath(), { token });
      expect(res.status).toBe(404);
      expectSafeProblem(res);
      expect(JSON.stringify(res.body)).not.toContain(robin.clientId);
    }
    // The other clinic's admin, asking in their own clinic for this client.
    expect(
      (await call(t, 'GET', fhirPath(robin.clientId, other.clinicId), { token: other.token })).status,
    ).toBe(404);
    expect((await call(t, 'GET', fhirPath('not-a-uuid'), { token: maya.token })).status).toBe(404);
    expect((await call(t, 'GET', fhirPath())).status).toBe(401);
    const after = Number(
      (await owner.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'client.fhir_exported'`))
        .rows[0].n,
    );
    expect(after).toBe(before);
  });

  it('exports an empty Bundle for a client with no homework yet', async () => {
    const quiet = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Quiet Client');
    const res = await call(t, 'GET', fhirPath(quiet.clientId), { token: maya.token });
    expect(res.status).toBe(200);
    expect(FhirBundleSchema.safeParse(res.body).error).toBeUndefined();
    expect(res.body.entry).toEqual([]);
  });
});
