import type { Client } from 'pg';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { call, signupClinic } from './support/http';

type Admin = Awaited<ReturnType<typeof signupClinic>>;

const SAMARITANS = { name: 'Samaritans', phone: '116 123', description: 'Any time, day or night.' };
const EMERGENCY = { name: 'Emergency services', phone: '999' };

describe('clinic settings (GET|PATCH /clinics/{clinicId})', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Admin;
  let clinician: StaffPerson;
  let manager: StaffPerson;
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;
  const path = () => `/api/v1/clinics/${admin.clinicId}`;
  const clinicRow = async (clinicId = admin.clinicId) =>
    (await rows('SELECT * FROM clinics WHERE id = $1', [clinicId]))[0];
  const settingsEvents = (clinicId = admin.clinicId) =>
    rows(
      `SELECT actor_user_id, resource_type, resource_id, outcome, request_id, details FROM audit_events
        WHERE clinic_id = $1 AND action = 'clinic.settings_changed' ORDER BY occurred_at, id`,
      [clinicId],
    );
  const patch = (body: unknown, token = admin.token) => call(t, 'PATCH', path(), { token, body });

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Settings Clinic');
    clinician = await addStaff(t, owner, admin, 'Cora Clinician', ['clinician']);
    manager = await addStaff(t, owner, admin, 'Max Manager', ['manager']);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('shows the settings, with their defaults, to an admin, a clinician and a manager alike', async () => {
    const expected = {
      id: admin.clinicId,
      name: 'Settings Clinic',
      timezone: 'Europe/London',
      homeworkTerm: 'homework',
      sessionTimeoutMinutes: 30,
      requireMfa: false,
      crisisResources: [],
      smallCellThreshold: 11,
      reminderHoursBefore: 24,
      overdueNudgeHoursAfter: 24,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      digestTime: '07:00',
      outcomeThresholds: {
        phq9: { caseness: 10, reliableChange: 6 },
        gad7: { caseness: 8, reliableChange: 4 },
      },
    };
    for (const token of [admin.token, clinician.token, manager.token]) {
      const res = await call(t, 'GET', path(), { token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expected);
    }
  });

  describe('PATCH as admin', () => {
    it.each([
      ['name', { name: '  Harbour Therapy  ' }, { name: 'Harbour Therapy' }, { name: 'Harbour Therapy' }],
      [
        'timezone',
        { timezone: 'America/New_York' },
        { timezone: 'America/New_York' },
        { timezone: 'America/New_York' },
      ],
      [
        'homeworkTerm',
        { homeworkTerm: 'between-session activities' },
        { homeworkTerm: 'between-session activities' },
        { homework_term: 'between-session activities' },
      ],
      [
        'homeworkTerm',
        { homeworkTerm: 'practice' },
        { homeworkTerm: 'practice' },
        { homework_term: 'practice' },
      ],
      [
        'sessionTimeoutMinutes',
        { sessionTimeoutMinutes: 5 },
        { sessionTimeoutMinutes: 5 },
        { session_timeout_minutes: 5 },
      ],
      [
        'sessionTimeoutMinutes',
        { sessionTimeoutMinutes: 480 },
        { sessionTimeoutMinutes: 480 },
        { session_timeout_minutes: 480 },
      ],
      [
        'smallCellThreshold',
        { smallCellThreshold: 5 },
        { smallCellThreshold: 5 },
        { small_cell_threshold: 5 },
      ],
      [
        'smallCellThreshold',
        { smallCellThreshold: 20 },
        { smallCellThreshold: 20 },
        { small_cell_threshold: 20 },
      ],
      [
        'crisisResources',
        { crisisResources: [{ ...SAMARITANS, name: ' Samaritans ' }, EMERGENCY] },
        { crisisResources: [SAMARITANS, EMERGENCY] },
        { crisis_resources: [SAMARITANS, EMERGENCY] },
      ],
      ['crisisResources', { crisisResources: [] }, { crisisResources: [] }, { crisis_resources: [] }],
    ])('changes %s (%j), stores it and audits the field name', async (field, body, shown, stored) => {
      const before = await settingsEvents();
      const res = await patch(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(shown);
      expect((await call(t, 'GET', path(), { token: clinician.token })).body).toMatchObject(shown);
      expect(await clinicRow()).toMatchObject(stored);

      const events = await settingsEvents();
      expect(events).toHaveLength(before.length + 1);
      expect(events.at(-1)).toEqual({
        actor_user_id: admin.userId,
        resource_type: 'clinic',
        resource_id: admin.clinicId,
        outcome: 'success',
        request_id: res.headers.get('x-request-id'),
        details: { fields: [field] },
      });
    });

    it('changes several fields at once, leaving the others alone, and names each in the audit event', async () => {
      const before = await call(t, 'GET', path(), { token: admin.token });
      const res = await patch({
        smallCellThreshold: 13,
        crisisResources: [EMERGENCY],
        homeworkTerm: 'homework',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...before.body,
        smallCellThreshold: 13,
        crisisResources: [EMERGENCY],
        homeworkTerm: 'homework',
      });
      const [event] = (await settingsEvents()).slice(-1);
      expect([...event.details.fields].sort()).toEqual([
        'crisisResources',
        'homeworkTerm',
        'smallCellThreshold',
      ]);
    });

    it('sets the reminder policy: hours before and after, quiet hours and the digest time', async () => {
      const policy = {
        reminderHoursBefore: 12,
        overdueNudgeHoursAfter: 0,
        quietHoursStart: '22:30',
        quietHoursEnd: '07:15',
        digestTime: '06:45',
      };
      const res = await patch(policy);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(policy);
      expect((await call(t, 'GET', path(), { token: clinician.token })).body).toMatchObject(policy);
      const [event] = (await settingsEvents()).slice(-1);
      expect([...event.details.fields].sort()).toEqual(Object.keys(policy).sort());
    });

    it('requires MFA for the clinic when asked', async () => {
      // Its own clinic: once MFA is required, its unenrolled admin is held at enrolment.
      const other = await signupClinic(t, 'Strict Clinic');
      const res = await call(t, 'PATCH', `/api/v1/clinics/${other.clinicId}`, {
        token: other.token,
        body: { requireMfa: true },
      });
      expect(res.status).toBe(200);
      expect(res.body.requireMfa).toBe(true);
      expect((await clinicRow(other.clinicId)).require_mfa).toBe(true);
      expect((await settingsEvents(other.clinicId)).map((e) => e.details)).toEqual([
        { fields: ['requireMfa'] },
      ]);
      const me = await call(t, 'GET', '/api/v1/me', { token: other.token });
      expect(me.body.mfaEnrollmentRequired).toBe(true);
    });

    it('accepts an empty change without touching the row or the audit log', async () => {
      const row = await clinicRow();
      const events = await settingsEvents();
      const res = await patch({});
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(admin.clinicId);
      expect(await clinicRow()).toEqual(row);
      expect(await settingsEvents()).toEqual(events);
    });
  });

  it('refuses a clinician and a manager with 403, changing nothing', async () => {
    const row = await clinicRow();
    const events = await settingsEvents();
    for (const person of [clinician, manager]) {
      const res = await patch({ name: 'Taken Over' }, person.token);
      expect(res.status).toBe(403);
      expectSafeProblem(res);
    }
    expect(await clinicRow()).toEqual(row);
    expect(await settingsEvents()).toEqual(events);
  });

  describe('bad input: 400 naming the field, and the row unchanged', () => {
    it.each([
      ['a 2-minute session timeout', 'sessionTimeoutMinutes', { sessionTimeoutMinutes: 2 }],
      ['a 1000-minute session timeout', 'sessionTimeoutMinutes', { sessionTimeoutMinutes: 1000 }],
      ['a fractional session timeout', 'sessionTimeoutMinutes', { sessionTimeoutMinutes: 30.5 }],
      ['a session timeout as a string', 'sessionTimeoutMinutes', { sessionTimeoutMinutes: '30' }],
      ['a small-cell threshold of 4', 'smallCellThreshold', { smallCellThreshold: 4 }],
      ['a small-cell threshold of 21', 'smallCellThreshold', { smallCellThreshold: 21 }],
      ['a null small-cell threshold', 'smallCellThreshold', { smallCellThreshold: null }],
      [
        'a crisis line with a bad phone number',
        'crisisResources.0.phone',
        { crisisResources: [{ name: 'Line', phone: 'call us' }] },
      ],
      [
        'a crisis line without a phone number',
        'crisisResources.1.phone',
        { crisisResources: [EMERGENCY, { name: 'Line' }] },
      ],
      [
        'a crisis resource with a blank name',
        'crisisResources.0.name',
        { crisisResources: [{ name: '  ', phone: '116 123' }] },
      ],
      [
        '11 crisis resources',
        'crisisResources',
        { crisisResources: Array.from({ length: 11 }, () => EMERGENCY) },
      ],
      ['crisis resources that are not a list', 'crisisResources', { crisisResources: EMERGENCY }],
      ['a reminder 169 hours before', 'reminderHoursBefore', { reminderHoursBefore: 169 }],
      ['a negative overdue nudge', 'overdueNudgeHoursAfter', { overdueNudgeHoursAfter: -1 }],
      ['quiet hours from 25:00', 'quietHoursStart', { quietHoursStart: '25:00' }],
      ['quiet hours until 8am', 'quietHoursEnd', { quietHoursEnd: '8am' }],
      ['a digest at 7:5', 'digestTime', { digestTime: '7:5' }],
      [
        'a PHQ-9 caseness above the top score',
        'outcomeThresholds.phq9.caseness',
        {
          outcomeThresholds: {
            phq9: { caseness: 28, reliableChange: 6 },
            gad7: { caseness: 8, reliableChange: 4 },
          },
        },
      ],
      [
        'a GAD-7 reliable change of 0',
        'outcomeThresholds.gad7.reliableChange',
        {
          outcomeThresholds: {
            phq9: { caseness: 10, reliableChange: 6 },
            gad7: { caseness: 8, reliableChange: 0 },
          },
        },
      ],
      [
        'thresholds for one questionnaire only',
        'outcomeThresholds.gad7',
        { outcomeThresholds: { phq9: { caseness: 10, reliableChange: 6 } } },
      ],
      ['an unknown time zone (Mars/Olympus)', 'timezone', { timezone: 'Mars/Olympus' }],
      ['an empty time zone', 'timezone', { timezone: '' }],
      ['an unknown word for homework', 'homeworkTerm', { homeworkTerm: 'chores' }],
      ['a string for a flag', 'requireMfa', { requireMfa: 'yes' }],
      ['a one-letter name', 'name', { name: ' X ' }],
      ['an unknown field (named in the message)', '', { colour: 'teal' }],
      [
        'an unknown field in a crisis resource',
        'crisisResources.0',
        { crisisResources: [{ ...EMERGENCY, url: 'x' }] },
      ],
    ])('refuses %s with 400 naming "%s"', async (_case, field, body) => {
      const row = await clinicRow();
      const events = await settingsEvents();
      const res = await patch(body);
      expect(res.status).toBe(400);
      expectSafeProblem(res);
      expect(errorPaths(res)).toContain(field);
      expect(await clinicRow()).toEqual(row);
      expect(await settingsEvents()).toEqual(events);
    });

    it('names the unknown field in the message when the path is the body itself', async () => {
      const res = await patch({ homeworkTerm: 'practice', colour: 'teal' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: '', message: expect.stringContaining('colour') }]);
    });

    it('refuses a valid change sent together with an invalid one, applying neither', async () => {
      const row = await clinicRow();
      const res = await patch({ name: 'Half Applied', smallCellThreshold: 4 });
      expect(res.status).toBe(400);
      expect(errorPaths(res)).toEqual(['smallCellThreshold']);
      expect(await clinicRow()).toEqual(row);
    });
  });
});
