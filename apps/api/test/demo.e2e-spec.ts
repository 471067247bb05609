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
    // Demo mode on its own terms: no Redis, so jobs (report exports) run inline in the API process.
    demo = await startTestApp({ INTERLUDE_DEMO: 'true', REDIS_URL: undefined as unknown as string });
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

  it('has notifications for the client and the clinicians, and a failed delivery for the admin', async () => {
    await demo.app.get(DemoSeeder).seedOnce();
    const login = async (email: string) =>
      (await call(demo, 'POST', '/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } })).body;
    const jordan = await login('jordan.rivera@clients.example');
    const clinicId = jordan.memberships[0].clinicId;
    const list = async (token: string) =>
      (await call(demo, 'GET', `/api/v1/clinics/${clinicId}/notifications?limit=100`, { token })).body;
    const jordanNotices = await list(jordan.token);
    const kinds = new Set(jordanNotices.items.map((n: { kind: string }) => n.kind));
    expect(kinds.has('homework.due_soon')).toBe(true);
    expect(kinds.has('feedback.received')).toBe(true);
    const maya = await login('maya.chen@riverside.example');
    const mayaNotices = await list(maya.token);
    expect(mayaNotices.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['risk_alert.created', 'digest.morning']),
    );
    expect(mayaNotices.unreadCount).toBeGreaterThanOrEqual(2);
    const admin = await login(DEMO_STAFF[0].email);
    const failed = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/deliveries?status=failed`, {
      token: admin.token,
    });
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        kind: 'reminder',
        permanent: true,
        lastError: expect.stringMatching(/^550 /),
      }),
    ]);
    const health = await call(demo, 'GET', `/api/v1/clinics/${clinicId}/deliveries/health`, {
      token: admin.token,
    });
    expect(health.body.queue).toMatchObject({ state: 'up', driver: 'inline' });
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

  it('shows a manager engagement, outcomes and outcome-by-completion with real numbers and no client identity', async () => {
    await demo.app.get(DemoSeeder).seedOnce();
    const owner = await ownerClient(demo);
    let identity: string[];
    try {
      const rows = (
        await owner.query(
          `SELECT c.id, c.name, c.preferred_name, c.email, c.portal_membership_id, m.user_id
             FROM clients c LEFT JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = c.portal_membership_id`,
        )
      ).rows;
      expect(rows).toHaveLength(29);
      // A preferred name that is also a staff member's ("Maya") cannot tell a client apart: left out.
      const staffNames = DEMO_STAFF.map((p) => p.name).join(' ');
      identity = rows.flatMap((r) =>
        [
          r.id,
          r.name,
          staffNames.includes(r.preferred_name ?? '') ? null : r.preferred_name,
          r.email,
          r.portal_membership_id,
          r.user_id,
        ].filter(Boolean),
      );
    } finally {
      await owner.end();
    }
    const names = Object.values(DEMO_CASELOADS).flat();
    identity.push(...names, ...names.map(demoClientEmail));
    const noIdentity = (what: string, text: string) => {
      const lower = text.toLowerCase();
      expect([what, identity.filter((x) => lower.includes(String(x).toLowerCase()))]).toEqual([what, []]);
    };

    const login = await call(demo, 'POST', '/api/v1/auth/login', {
      body: { email: 'morgan.lee@riverside.example', password: DEMO_PASSWORD },
    });
    expect(login.body.memberships[0].roles).toEqual(['manager']);
    const token = login.body.token;
    const base = `/api/v1/clinics/${login.body.memberships[0].clinicId}`;
    const real = (cell: { value: number | null; suppressed: boolean }) => {
      expect(cell.suppressed).toBe(false);
      expect(typeof cell.value).toBe('number');
      return cell.value as number;
    };

    for (const groupBy of ['week', 'clinician']) {
      const res = await call(demo, 'GET', `${base}/reports/engagement?groupBy=${groupBy}`, { token });
      expect([groupBy, res.status]).toEqual([groupBy, 200]);
      const r = res.body;
      expect(r).toEqual(expect.objectContaining({ scope: 'clinic', threshold: 5, groupBy }));
      expect(real(r.totals.clients)).toBeGreaterThanOrEqual(5);
      expect(real(r.totals.due)).toBeGreaterThan(0);
      expect(real(r.totals.submitted)).toBeGreaterThan(0);
      const rate = real(r.totals.completionRate);
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
      expect(r.weekly.length).toBeGreaterThanOrEqual(12);
      expect(
        r.groups.some((g: { cells: { due: { value: number | null } } }) => (g.cells.due.value ?? 0) > 0),
      ).toBe(true);
      if (groupBy === 'clinician') {
        const labels = r.groups.map((g: { label: string }) => g.label);
        expect(labels).toEqual(expect.arrayContaining(['Dr. Maya Chen', 'Sam Okafor', 'Priya Natarajan']));
      }
      noIdentity(`engagement by ${groupBy}`, JSON.stringify(r));
    }

    const bandsWithNumbers: Record<string, string[]> = {};
    for (const query of ['measure=phq9&groupBy=engagement', 'measure=gad7']) {
      const res = await call(demo, 'GET', `${base}/reports/outcomes?${query}`, { token });
      expect([query, res.status]).toEqual([query, 200]);
      const r = res.body;
      expect(r).toEqual(expect.objectContaining({ scope: 'clinic', threshold: 5, groupBy: 'engagement' }));
      expect(real(r.totals.clients)).toBeGreaterThanOrEqual(2);
      expect(real(r.totals.scores)).toBeGreaterThanOrEqual(real(r.totals.clients) * 2);
      expect(typeof real(r.totals.meanFirst)).toBe('number');
      // Outcome by homework completion: at least one band with real numbers.
      const bands = r.groups.filter((g: { key: string }) => ['low', 'middle', 'high'].includes(g.key));
      expect(bands.map((g: { key: string }) => g.key).sort()).toEqual(['high', 'low', 'middle']);
      const shown = bands.filter(
        (g: { cells: { clients: { value: number | null }; meanLast: { value: number | null } } }) =>
          (g.cells.clients.value ?? 0) > 0 && g.cells.meanLast.value !== null,
      );
      // Checked at the end, so the rest of the journey still runs when this fails.
      bandsWithNumbers[query] = shown.map((g: { key: string }) => g.key);
      noIdentity(`outcomes ${query}`, JSON.stringify(r));
    }

    // A CSV export: a job that runs inline in demo mode.
    const requested = await call(demo, 'POST', `${base}/reports/engagement/exports`, {
      token,
      body: { groupBy: 'clinician' },
    });
    expect(requested.status).toBe(202);
    let exported = requested.body;
    const deadline = Date.now() + 20_000;
    while (exported.status !== 'done' && exported.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      exported = (await call(demo, 'GET', `${base}/exports/${requested.body.id}`, { token })).body;
    }
    expect(exported).toEqual(expect.objectContaining({ status: 'done', progress: 100 }));
    const csv: string = exported.csv;
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^section,key,label,clients,due,/);
    expect(lines.length).toBeGreaterThan(12);
    expect(csv).toContain('Dr. Maya Chen');
    noIdentity('engagement export', csv);

    // Outcome by completion: each measure has at least one completion band with real numbers.
    expect(Object.entries(bandsWithNumbers).filter(([, keys]) => keys.length === 0)).toEqual([]);
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
