import { type HomeworkField, validateResponse } from '@interlude/domain';
import { DEMO_PASSWORD, DEMO_STAFF } from '../src/demo/demo-accounts';
import { DEMO_CASELOADS, DEMO_PORTAL_CLIENTS, demoClientEmail } from '../src/demo/demo-clients';
import { DemoSeeder } from '../src/demo/demo-seeder';
import { startTestApp, type TestApp } from './support/app';
import { ownerClient } from './support/clinic-people';
import { call } from './support/http';

const KINDS = [
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

describe('demo mode', () => {
  let demo: TestApp;
  let standard: TestApp;
  beforeAll(async () => {
    demo = await startTestApp({ INTERLUDE_DEMO: 'true' });
    standard = await startTestApp();
  });
  afterAll(async () => {
    await demo.close();
    await standard.close();
  });

  it('seeds Riverside Counseling once, and every listed account signs in', async () => {
    await demo.app.get(DemoSeeder).seedOnce();
    await demo.app.get(DemoSeeder).seedOnce();
    for (const person of DEMO_STAFF) {
      const res = await call(demo, 'POST', '/api/v1/auth/login', {
        body: { email: person.email, password: DEMO_PASSWORD },
      });
      expect(res.status).toBe(200);
      expect(res.body.memberships).toEqual([
        expect.objectContaining({ clinicName: 'Riverside Counseling', roles: person.roles }),
      ]);
    }
    const admin = await call(demo, 'POST', '/api/v1/auth/login', {
      body: { email: DEMO_STAFF[0].email, password: DEMO_PASSWORD },
    });
    const clinicId = admin.body.memberships[0].clinicId;
    const staff = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/staff`, { token: admin.body.token });
    expect(staff.body.items).toHaveLength(DEMO_STAFF.length);
    const clients = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/clients?limit=100`, {
      token: admin.body.token,
    });
    expect(clients.body.items).toHaveLength(29);
    const maya = await call(demo, 'POST', '/api/v1/auth/login', {
      body: { email: 'maya.chen@riverside.example', password: DEMO_PASSWORD },
    });
    const caseload = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/clients?limit=100`, {
      token: maya.body.token,
    });
    expect(caseload.body.items).toHaveLength(10);
    const jordan = caseload.body.items.find((c: { name: string }) => c.name === 'Jordan Rivera');
    const plan = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/clients/${jordan.id}/safety-plan`, {
      token: maya.body.token,
    });
    expect(plan.body.reasonsForLiving.length).toBeGreaterThan(0);
    const portal = await call(demo, 'POST', '/api/v1/auth/login', {
      body: { email: 'jordan.rivera@clients.example', password: DEMO_PASSWORD },
    });
    expect(portal.body.memberships[0].roles).toEqual(['client']);
    const home = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/me/portal`, {
      token: portal.body.token,
    });
    expect(home.body.client.clinicians).toEqual(['Dr. Maya Chen']);
    const settings = await call(demo, 'GET', `/api/v1/clinics/${clinicId}`, { token: admin.body.token });
    expect(settings.body.crisisResources.map((r: { phone: string }) => r.phone)).toContain('988');
  });

  it('has twelve weeks of homework history that every screen can show', async () => {
    await demo.app.get(DemoSeeder).seedOnce();
    const owner = await ownerClient(demo);
    const one = async (sql: string) => (await owner.query(sql)).rows[0];
    try {
      const kinds = await owner.query(
        'SELECT DISTINCT t.kind FROM assignments a JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id',
      );
      expect(kinds.rows.map((r) => r.kind).sort()).toEqual([...KINDS].sort());
      const subs = await one(
        'SELECT count(*) FILTER (WHERE late)::int AS late, count(*) FILTER (WHERE NOT late)::int AS on_time FROM submissions',
      );
      expect(subs.late).toBeGreaterThan(0);
      expect(subs.on_time).toBeGreaterThan(subs.late);
      expect((await one('SELECT count(DISTINCT reason)::int AS n FROM declines')).n).toBeGreaterThanOrEqual(
        3,
      );
      expect(
        (await one('SELECT count(*)::int AS n FROM declines WHERE discussed_at IS NOT NULL')).n,
      ).toBeGreaterThan(0);
      expect((await one('SELECT count(*)::int AS n FROM feedback')).n).toBeGreaterThan(0);
      expect((await one('SELECT count(*)::int AS n FROM risk_alerts WHERE acknowledged_at IS NULL')).n).toBe(
        1,
      );
      expect(
        (
          await one(
            'SELECT count(*)::int AS n FROM risk_alerts WHERE acknowledged_at IS NOT NULL AND note IS NOT NULL',
          )
        ).n,
      ).toBeGreaterThan(0);
      expect(
        (await one('SELECT count(*)::int AS n FROM prep_tasks WHERE done_at IS NOT NULL')).n,
      ).toBeGreaterThan(0);
      expect(
        (await one('SELECT count(*)::int AS n FROM prep_tasks WHERE done_at IS NULL')).n,
      ).toBeGreaterThan(0);
      const future = await one(`SELECT
          (SELECT count(*)::int FROM submissions WHERE submitted_at > now()) AS submissions,
          (SELECT count(*)::int FROM feedback WHERE created_at > now()) AS feedback,
          (SELECT count(*)::int FROM declines WHERE declined_at > now()) AS declines,
          (SELECT count(*)::int FROM occurrences WHERE due_at > now()) AS occurrences`);
      expect(future).toEqual(expect.objectContaining({ submissions: 0, feedback: 0, declines: 0 }));
      expect(future.occurrences).toBeGreaterThan(0);

      // Questionnaire series: some clients get reliably better (PHQ-9 down by 6 or more), some do not.
      const phq9 = await owner.query(
        `SELECT client_id, (array_agg(total ORDER BY scored_at))[1] AS first,
                (array_agg(total ORDER BY scored_at DESC))[1] AS last
           FROM measure_scores WHERE measure = 'phq9' GROUP BY client_id HAVING count(*) >= 2`,
      );
      expect(phq9.rows.some((r) => r.first - r.last >= 6)).toBe(true);
      expect(phq9.rows.some((r) => r.last >= r.first)).toBe(true);

      // Every answer fits the template version its assignment pinned.
      const answers = await owner.query(
        `SELECT s.answers, v.fields FROM submissions s
           JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
           JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id
                                   AND v.version = a.template_version`,
      );
      expect(answers.rows.length).toBeGreaterThan(500);
      for (const r of answers.rows)
        expect(validateResponse(r.fields as HomeworkField[], r.answers)).toEqual([]);
    } finally {
      await owner.end();
    }

    // Each clinician has a handful of things waiting for their own caseload (Priya, an admin too,
    // sees the clinic's), and Maya's caseload has the one open risk alert.
    let clinicId = '';
    for (const [email, caseload] of Object.entries(DEMO_CASELOADS)) {
      const login = await call(demo, 'POST', '/api/v1/auth/login', {
        body: { email, password: DEMO_PASSWORD },
      });
      clinicId = login.body.memberships[0].clinicId;
      const queue = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/review-queue`, {
        token: login.body.token,
      });
      expect(queue.status).toBe(200);
      const mine = queue.body.items.filter((i: { client: { name: string } }) =>
        caseload.includes(i.client.name),
      );
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine.length).toBeLessThanOrEqual(15);
      expect(mine.some((i: { flagged: boolean }) => i.flagged)).toBe(true);
      const alerts = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/risk-alerts?status=open`, {
        token: login.body.token,
      });
      const ours = alerts.body.items.filter((a: { client: { name: string } }) =>
        caseload.includes(a.client.name),
      );
      expect(ours).toHaveLength(email.startsWith('maya.') ? 1 : 0);
      const dashboard = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/dashboard`, {
        token: login.body.token,
      });
      expect(dashboard.status).toBe(200);
      expect(dashboard.body.caseload.some((c: { due: number }) => c.due > 0)).toBe(true);
    }

    // The portal looks alive on first sign-in for every listed client.
    for (const name of DEMO_PORTAL_CLIENTS) {
      const login = await call(demo, 'POST', '/api/v1/auth/login', {
        body: { email: demoClientEmail(name), password: DEMO_PASSWORD },
      });
      const me = `/api/v1/clinics/${clinicId}/me`;
      const token = login.body.token;
      for (const when of ['today', 'upcoming', 'overdue', 'done']) {
        const list = await call(demo, 'GET', `${me}/assignments?when=${when}`, { token });
        expect([when, list.status, list.body.items.length > 0]).toEqual([when, 200, true]);
      }
      const done = await call(demo, 'GET', `${me}/assignments?when=done&limit=50`, { token });
      expect(done.body.items.some((i: { feedbackCount: number }) => i.feedbackCount > 0)).toBe(true);
      const proposals = await call(demo, 'GET', `${me}/proposals`, { token });
      expect(proposals.body.items.length).toBeGreaterThan(0);
      const progress = await call(demo, 'GET', `${me}/progress`, { token });
      expect(progress.body.moodTrend.length).toBeGreaterThan(5);
      const measures = new Set(progress.body.scores.map((s: { measure: string }) => s.measure));
      expect([...measures].sort()).toEqual(['gad7', 'phq9']);
      if (name === 'Jordan Rivera') {
        const series = progress.body.scores.filter((s: { measure: string }) => s.measure === 'phq9');
        expect(series[0].total - series.at(-1).total).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('shows invitation emails in the demo mailbox, which does not exist outside demo mode', async () => {
    const admin = await call(demo, 'POST', '/api/v1/auth/login', {
      body: { email: DEMO_STAFF[0].email, password: DEMO_PASSWORD },
    });
    const clinicId = admin.body.memberships[0].clinicId;
    await call(demo, 'POST', `/api/v1/clinics/${clinicId}/staff`, {
      token: admin.body.token,
      body: { email: 'new.colleague@riverside.example', name: 'New Colleague', roles: ['clinician'] },
    });
    const mailbox = await call(demo, 'GET', '/api/demo/mailbox');
    expect(mailbox.status).toBe(200);
    const mail = mailbox.body.items.find((m: { to: string }) => m.to === 'new.colleague@riverside.example');
    expect(mail.subject).toBe('Riverside Counseling invited you to Interlude');
    const token = decodeURIComponent(mail.text.match(/\/invitations\/(\S+)/)[1]);
    const accepted = await call(
      demo,
      'POST',
      `/api/v1/auth/invitations/${encodeURIComponent(token)}/accept`,
      {
        body: { name: 'New Colleague', password: 'joining the team today' },
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships[0].roles).toEqual(['clinician']);
    expect((await call(standard, 'GET', '/api/demo/mailbox')).status).toBe(404);
  });
});
