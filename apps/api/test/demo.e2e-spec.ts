import { DEMO_PASSWORD, DEMO_STAFF } from '../src/demo/demo-accounts';
import { DemoSeeder } from '../src/demo/demo-seeder';
import { startTestApp, type TestApp } from './support/app';
import { call } from './support/http';

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
