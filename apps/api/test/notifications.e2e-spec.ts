import type { Client } from 'pg';
import { DigestScan } from '../src/modules/notifications/digest-scan';
import { ReminderScan } from '../src/modules/notifications/reminder-scan';
import { JobSchedulers } from '../src/platform/queue/job-schedulers';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { addPortalClient, type PortalClient, phq9Answers } from './support/homework';
import { homeworkRows, type Rows } from './support/homework-rows';
import { call, signupClinic } from './support/http';
import { SmtpSink } from './support/smtp-sink';

jest.setTimeout(90_000);

const HOUR = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The decoded text of a raw message (quoted-printable soft breaks joined). */
const plain = (raw: string) => raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');

describe('reminders and notifications', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let other: Awaited<ReturnType<typeof signupClinic>>;
  let maya: StaffPerson;
  let rows: Rows;
  let jordan: PortalClient;
  let template: { id: string; version: number };
  let reminders: ReminderScan;
  const base = () => `/api/v1/clinics/${admin.clinicId}`;

  const mailRows = async (clientId: string) =>
    (
      await owner.query(
        `SELECT id, kind, dedupe_key, status, to_address, text_body, html_body, subject FROM mail_messages
          WHERE clinic_id = $1 AND client_id = $2 ORDER BY created_at, id`,
        [admin.clinicId, clientId],
      )
    ).rows;
  const noticesFor = async (token: string) =>
    (await call(t, 'GET', `${base()}/notifications`, { token })).body;

  /** A pending occurrence for the client, due at `dueAt`, of a fresh active assignment. */
  const dueAt = async (clientId: string, due: Date) => {
    const assignment = await rows.assignment(clientId, template);
    return rows.occurrence(assignment, clientId, due);
  };

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp(
      { SMTP_URL: smtp.url, APP_URL: 'https://interlude.example.org' },
      // Jobs run here, but the periodic passes only when this test calls them, on its own clock.
      { processors: true, schedulers: false },
    );
    owner = await ownerClient(t);
    admin = await signupClinic(t, 'Harbour Therapy');
    other = await signupClinic(t, 'Other Clinic');
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    rows = homeworkRows(owner, admin.clinicId);
    template = await rows.template({ title: 'Evening journal' });
    // The clinic is in London; Jordan lives in New York.
    jordan = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Jordan Rivera', {
      timezone: 'America/New_York',
    });
    reminders = t.app.get(ReminderScan);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
    await smtp.stop();
  });

  describe('a due-soon reminder', () => {
    // Due 22:00 New York time on 16 Jan 2031 (03:00Z on the 17th). The reminder is planned for
    // 22:00 on the 15th — inside New York's quiet hours — so it waits until 08:00 New York time.
    const due = at('2031-01-17T03:00:00Z');
    let occurrenceId: string;

    beforeAll(async () => {
      occurrenceId = await dueAt(jordan.clientId, due);
    });

    it('is held during quiet hours in the client’s time zone, not the clinic’s', async () => {
      // 23:00 in New York (04:00 in London, outside nothing useful): quiet for Jordan.
      expect(await reminders.scanClinic(admin.clinicId, at('2031-01-16T04:00:00Z'))).toBe(0);
      // 07:59 in New York is still quiet, though it is 12:59 in the clinic's London.
      expect(await reminders.scanClinic(admin.clinicId, at('2031-01-16T12:59:00Z'))).toBe(0);
      expect((await noticesFor(jordan.token)).items).toEqual([]);
      expect(await mailRows(jordan.clientId)).toEqual([]);
    });

    it('is sent at the end of quiet hours: one in-app notice and one email, whatever the number of passes', async () => {
      const end = at('2031-01-16T13:00:00Z'); // 08:00 in New York
      expect(await reminders.scanClinic(admin.clinicId, end)).toBe(1);
      expect(await reminders.scanClinic(admin.clinicId, new Date(end.getTime() + 60_000))).toBe(0);
      await Promise.all([
        reminders.scanClinic(admin.clinicId, end),
        reminders.scanClinic(admin.clinicId, end),
      ]);

      const list = await noticesFor(jordan.token);
      expect(list.unreadCount).toBe(1);
      expect(list.items).toEqual([
        expect.objectContaining({
          kind: 'homework.due_soon',
          title: 'Due soon',
          body: 'Something you planned with your clinician is due Thu 16 Jan, 22:00.',
          link: `/homework/${occurrenceId}`,
          readAt: null,
        }),
      ]);
      const mails = await mailRows(jordan.clientId);
      expect(mails).toHaveLength(1);
      expect(mails[0].kind).toBe('reminder');
      expect(mails[0].dedupe_key).toMatch(new RegExp(`^email:due_soon:${occurrenceId}:[0-9a-f-]{36}$`));
      await waitFor(() => smtp.received.some((m) => m.raw.includes(mails[0].id)));
      const arrived = smtp.received.filter((m) => m.raw.includes(mails[0].id));
      expect(arrived).toHaveLength(1);
      const raw = plain(arrived[0].raw);
      expect(raw).toContain('Harbour Therapy');
      expect(raw).toContain('Thu 16 Jan, 22:00');
      expect(raw).toMatch(/Content-Type: text\/plain/);
      expect(raw).toMatch(/Content-Type: text\/html/);
      expect(raw).toMatch(
        /List-Unsubscribe:\s+<https:\/\/interlude\.example\.org\/api\/v1\/reminders\/unsubscribe\?token=/,
      );
      expect(raw).toContain(`Message-ID: <${mails[0].id}@interlude.example.org>`);
      // Nothing about what the homework is, or who the client is.
      expect(raw).not.toContain('Evening journal');
      expect(raw).not.toContain('Jordan');
    });

    it('nudges once when still not done a day after it was due, outside quiet hours', async () => {
      // Due 22:00 NY on the 16th → nudge planned 22:00 NY on the 17th (quiet) → 08:00 NY on the 18th.
      expect(await reminders.scanClinic(admin.clinicId, at('2031-01-18T03:30:00Z'))).toBe(0);
      expect(await reminders.scanClinic(admin.clinicId, at('2031-01-18T13:00:00Z'))).toBe(1);
      const list = await noticesFor(jordan.token);
      expect(list.items.map((n: { kind: string }) => n.kind)).toEqual([
        'homework.overdue',
        'homework.due_soon',
      ]);
      expect(await mailRows(jordan.clientId)).toHaveLength(2);
    });

    it('is not sent for an occurrence already done, an assignment paused, or when the policy turns it off', async () => {
      const done = await rows.occurrence(
        await rows.assignment(jordan.clientId, template),
        jordan.clientId,
        at('2031-02-10T20:00:00Z'),
        { status: 'submitted' },
      );
      const paused = await rows.occurrence(
        await rows.assignment(jordan.clientId, template, { status: 'paused' }),
        jordan.clientId,
        at('2031-02-10T20:00:00Z'),
      );
      expect(await reminders.scanClinic(admin.clinicId, at('2031-02-10T15:00:00Z'))).toBe(0);
      const off = await dueAt(jordan.clientId, at('2031-02-12T20:00:00Z'));
      await call(t, 'PATCH', base(), { token: admin.token, body: { reminderHoursBefore: 0 } });
      expect(await reminders.scanClinic(admin.clinicId, at('2031-02-12T15:00:00Z'))).toBe(0);
      await call(t, 'PATCH', base(), { token: admin.token, body: { reminderHoursBefore: 24 } });
      expect(await reminders.scanClinic(admin.clinicId, at('2031-02-12T15:00:00Z'))).toBe(1);
      const keys = (
        await owner.query('SELECT dedupe_key FROM notifications WHERE clinic_id = $1', [admin.clinicId])
      ).rows.map((r) => r.dedupe_key as string);
      expect(keys.some((k) => k.includes(done) || k.includes(paused))).toBe(false);
      expect(keys.some((k) => k.startsWith(`due_soon:${off}:`))).toBe(true);
    });
  });

  describe('in-app notifications', () => {
    it('are the person’s own: marking read, all read, and another person’s is a 404', async () => {
      const list = await noticesFor(jordan.token);
      const [first] = list.items;
      const read = await call(t, 'POST', `${base()}/notifications/${first.id}/read`, { token: jordan.token });
      expect(read.status).toBe(200);
      expect(read.body.unreadCount).toBe(list.unreadCount - 1);
      for (const [token, path] of [
        [maya.token, `${base()}/notifications/${first.id}/read`],
        [other.token, `/api/v1/clinics/${other.clinicId}/notifications/${first.id}/read`],
        [jordan.token, `${base()}/notifications/not-a-uuid/read`],
      ]) {
        const res = await call(t, 'POST', path, { token });
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
        expectSafeProblem(res);
      }
      expect((await noticesFor(maya.token)).items).toEqual([]);
      const all = await call(t, 'POST', `${base()}/notifications/read-all`, { token: jordan.token });
      expect(all.body).toEqual({ unreadCount: 0 });
      expect(
        (await call(t, 'GET', `${base()}/notifications?unread=true`, { token: jordan.token })).body.items,
      ).toEqual([]);
    });

    it('page by a cursor and refuse a forged one or a bad limit with 400 naming the field', async () => {
      const one = await call(t, 'GET', `${base()}/notifications?limit=1`, { token: jordan.token });
      expect(one.body.items).toHaveLength(1);
      const next = await call(t, 'GET', `${base()}/notifications?limit=1&cursor=${one.body.nextCursor}`, {
        token: jordan.token,
      });
      expect(next.body.items[0].id).not.toBe(one.body.items[0].id);
      for (const [query, field] of [
        ['cursor=forged', 'cursor'],
        ['limit=0', 'limit'],
        ['unread=maybe', 'unread'],
      ]) {
        const res = await call(t, 'GET', `${base()}/notifications?${query}`, { token: jordan.token });
        expect(res.status).toBe(400);
        expect(errorPaths(res)).toContain(field);
      }
    });
  });

  describe('email reminders: the client’s choice', () => {
    let sam: PortalClient;

    beforeAll(async () => {
      sam = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Sam Patel', {
        timezone: 'Europe/London',
      });
    });

    it('off in the portal: the reminder still shows in the app, and no email is written', async () => {
      const path = `${base()}/me/notification-settings`;
      expect((await call(t, 'GET', path, { token: sam.token })).body).toEqual({ emailReminders: true });
      const bad = await call(t, 'PUT', path, { token: sam.token, body: { emailReminders: 'no' } });
      expect(bad.status).toBe(400);
      expect(errorPaths(bad)).toEqual(['emailReminders']);
      const off = await call(t, 'PUT', path, { token: sam.token, body: { emailReminders: false } });
      expect(off.body).toEqual({ emailReminders: false });
      // Staff have no such setting: the route does not exist for them.
      expect((await call(t, 'GET', path, { token: maya.token })).status).toBe(404);

      await dueAt(sam.clientId, at('2031-03-05T18:00:00Z'));
      expect(await reminders.scanClinic(admin.clinicId, at('2031-03-05T10:00:00Z'))).toBe(1);
      expect((await noticesFor(sam.token)).unreadCount).toBe(1);
      expect(await mailRows(sam.clientId)).toEqual([]);
      await call(t, 'PUT', path, { token: sam.token, body: { emailReminders: true } });
    });

    it('off from the link in a reminder email, without signing in; a bad link is a 404 that names no one', async () => {
      const occurrence = await dueAt(sam.clientId, at('2031-03-08T18:00:00Z'));
      // Its due-soon reminder, and the nudge for the earlier one (due on the 5th) that Sam never did.
      expect(await reminders.scanClinic(admin.clinicId, at('2031-03-08T10:00:00Z'))).toBe(2);
      const mail = (await mailRows(sam.clientId)).find((m) =>
        m.dedupe_key.startsWith(`email:due_soon:${occurrence}:`),
      );
      const token = decodeURIComponent(plain(mail.text_body).match(/unsubscribe\?token=([^\s]+)/)?.[1] ?? '');
      expect(token.startsWith(`${admin.clinicId}.`)).toBe(true);

      const missing = await call(t, 'POST', '/api/v1/reminders/unsubscribe', { body: {} });
      expect(missing.status).toBe(400);
      expect(errorPaths(missing)).toEqual(['token']);
      for (const wrong of [
        `${admin.clinicId}.${'x'.repeat(43)}`,
        `${other.clinicId}.${token.split('.')[1]}`,
        'not-a-token-at-all-xxxxxxx',
      ]) {
        const res = await call(t, 'POST', '/api/v1/reminders/unsubscribe', { body: { token: wrong } });
        expect(res.status).toBe(404);
        expectSafeProblem(res);
        expect(JSON.stringify(res.body)).not.toContain('Sam');
      }

      // A mail provider's one-click unsubscribe: a form POST to the header's URL.
      const oneClick = await fetch(
        `${t.baseUrl}/api/v1/reminders/unsubscribe?token=${encodeURIComponent(token)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        },
      );
      expect(oneClick.status).toBe(200);
      expect(await oneClick.json()).toEqual({ clinicName: 'Harbour Therapy', emailReminders: false });
      expect((await call(t, 'GET', `${base()}/me/notification-settings`, { token: sam.token })).body).toEqual(
        {
          emailReminders: false,
        },
      );
      const audit = await owner.query(
        `SELECT actor_user_id, details FROM audit_events WHERE clinic_id = $1 AND action = 'client.email_reminders_changed'
          AND resource_id = $2 ORDER BY occurred_at DESC LIMIT 1`,
        [admin.clinicId, sam.clientId],
      );
      expect(audit.rows[0]).toMatchObject({
        actor_user_id: null,
        details: { via: 'email_link', emailReminders: false },
      });
      // Forms are accepted on that one route only.
      const form = await fetch(`${t.baseUrl}${base()}/notifications/read-all`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Bearer ${sam.token}`,
        },
        body: 'a=b',
      });
      expect(form.status).toBe(415);
    });
  });

  describe('a risk alert', () => {
    it('emails each of the client’s clinicians at once, saying nothing about the client, and tells them in the app', async () => {
      const phq9 = await rows.template({ measure: 'phq9' });
      const assignment = await rows.assignment(jordan.clientId, phq9);
      const occurrence = await rows.occurrence(assignment, jordan.clientId, new Date(Date.now() + HOUR));
      const sent = await call(t, 'POST', `${base()}/occurrences/${occurrence}/submissions`, {
        token: jordan.token,
        headers: { 'idempotency-key': 'risk-alert-notice-0001' },
        body: { answers: phq9Answers(2, 1) },
      });
      expect(sent.status).toBe(201);
      const isAlert = (m: { to: string[]; raw: string }) =>
        m.to.includes(maya.email) && m.raw.includes('risk alert');
      await waitFor(() => smtp.received.some(isAlert));
      const [mail] = smtp.received.filter(isAlert);
      const raw = plain(mail.raw);
      expect(raw).toContain('Subject: A risk alert needs your attention');
      expect(raw).toContain(
        `https://interlude.example.org/clinics/${admin.clinicId}/clients/${jordan.clientId}`,
      );
      for (const secret of ['Jordan', 'Rivera', 'PHQ', 'item']) expect(raw).not.toContain(secret);

      await waitFor(async () => (await noticesFor(maya.token)).unreadCount > 0);
      const notice = (await noticesFor(maya.token)).items[0];
      expect(notice).toMatchObject({
        kind: 'risk_alert.created',
        title: 'New risk alert',
        link: `/clinics/${admin.clinicId}/clients/${jordan.clientId}`,
      });
      // The admin is not the client's clinician: nothing for them.
      expect(
        (await noticesFor(admin.token)).items.some((n: { kind: string }) => n.kind === 'risk_alert.created'),
      ).toBe(false);
    });
  });

  describe('the morning digest', () => {
    it('counts what waits for each clinician once per local day, after the clinic’s digest time', async () => {
      const digest = t.app.get(DigestScan);
      await rows.submission(await dueAt(jordan.clientId, at('2031-04-01T09:00:00Z')), {
        talkNextSession: true,
      });
      // 06:59 in London (BST) on 2 April 2031: too early.
      expect(await digest.scanClinic(admin.clinicId, at('2031-04-02T05:59:00Z'))).toBe(0);
      expect(await digest.scanClinic(admin.clinicId, at('2031-04-02T06:00:00Z'))).toBe(1);
      expect(await digest.scanClinic(admin.clinicId, at('2031-04-02T08:00:00Z'))).toBe(0);
      const notice = (await noticesFor(maya.token)).items.find(
        (n: { kind: string }) => n.kind === 'digest.morning',
      );
      expect(notice.body).toMatch(
        /1 open risk alert · \d+ responses? to review · 1 item flagged for next session\./,
      );
      const [mail] = (
        await owner.query(
          "SELECT subject, text_body, to_address FROM mail_messages WHERE clinic_id = $1 AND kind = 'digest'",
          [admin.clinicId],
        )
      ).rows;
      expect(mail).toMatchObject({ subject: 'Your morning summary', to_address: maya.email });
      expect(mail.text_body).not.toContain('Jordan');
    });
  });

  describe('failed deliveries', () => {
    it('a refused address is not retried; the admin sees it and a retry sends it', async () => {
      const bounce = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Riley Bounce', {
        timezone: 'Europe/London',
      });
      const [{ email }] = (
        await owner.query(
          `SELECT u.email FROM clients c JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = c.portal_membership_id
             JOIN users u ON u.id = m.user_id WHERE c.clinic_id = $1 AND c.id = $2`,
          [admin.clinicId, bounce.clientId],
        )
      ).rows;
      smtp.refusePermanently(email);
      await dueAt(bounce.clientId, at('2031-05-06T18:00:00Z'));
      expect(await reminders.scanClinic(admin.clinicId, at('2031-05-06T10:00:00Z'))).toBe(1);
      const [mail] = await mailRows(bounce.clientId);
      await waitFor(async () => (await mailRows(bounce.clientId))[0].status === 'failed');
      const row = (
        await owner.query('SELECT attempts, permanent, last_error FROM mail_messages WHERE id = $1', [
          mail.id,
        ])
      ).rows[0];
      expect(row).toMatchObject({ attempts: 1, permanent: true });
      expect(row.last_error).toMatch(/550/);

      const list = await call(t, 'GET', `${base()}/deliveries`, { token: admin.token });
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          id: mail.id,
          kind: 'reminder',
          to: email,
          status: 'failed',
          permanent: true,
        }),
      ]);
      expect((await call(t, 'GET', `${base()}/deliveries`, { token: maya.token })).status).toBe(403);
      expect(
        (await call(t, 'GET', `/api/v1/clinics/${other.clinicId}/deliveries`, { token: admin.token })).status,
      ).toBe(404);
      const health = await call(t, 'GET', `${base()}/deliveries/health`, { token: admin.token });
      expect(health.body).toMatchObject({
        queue: { state: 'up', driver: 'bullmq' },
        clinic: { failedEmails: 1 },
      });
      expect(health.body.schedulers.map((s: { name: string }) => s.name).sort()).toEqual([
        'digest',
        'reminders',
        'rollups',
      ]);

      smtp.refusePermanently(null);
      const retried = await call(t, 'POST', `${base()}/deliveries/${mail.id}/retry`, { token: admin.token });
      expect(retried.status).toBe(202);
      expect(retried.body).toMatchObject({ status: 'pending', attempts: 0, permanent: false });
      await waitFor(() => smtp.received.some((m) => m.raw.includes(mail.id)));
      await waitFor(async () => (await mailRows(bounce.clientId))[0].status === 'sent');
      const again = await call(t, 'POST', `${base()}/deliveries/${mail.id}/retry`, { token: admin.token });
      expect(again.status).toBe(409);
      expect(
        (await call(t, 'POST', `${base()}/deliveries/not-an-id/retry`, { token: admin.token })).status,
      ).toBe(404);
    });

    it('the readiness check reports the queue’s depth', async () => {
      const ready = await call(t, 'GET', '/api/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.jobs).toEqual({
        waiting: expect.any(Number),
        active: expect.any(Number),
        delayed: expect.any(Number),
        failed: expect.any(Number),
        lastReminderRunAt: null,
      });
      await t.app.get(JobSchedulers).runNow('reminders');
      expect((await call(t, 'GET', '/api/ready')).body.jobs.lastReminderRunAt).toEqual(expect.any(String));
    });

    it('a message the queue lost is failed by the next reminders pass after an hour, and a retry sends it', async () => {
      const lostId = '01900000-0000-7000-8000-00000000abcd';
      const freshId = '01900000-0000-7000-8000-00000000abce';
      // Written as the queue would have left them: pending, with no job to send them.
      for (const [id, age] of [
        [lostId, 2 * HOUR],
        [freshId, 5 * 60_000],
      ] as const) {
        await owner.query(
          `INSERT INTO mail_messages (clinic_id, id, to_address, subject, text_body, html_body, kind, created_at)
           VALUES ($1, $2, 'lost@example.org', 'Your account', 'Hello', '<p>Hello</p>', 'account', $3)`,
          [admin.clinicId, id, new Date(Date.now() - age)],
        );
      }
      await t.app.get(JobSchedulers).runNow('reminders');
      const status = async (id: string) =>
        (await owner.query('SELECT status, permanent, last_error FROM mail_messages WHERE id = $1', [id]))
          .rows[0];
      expect(await status(lostId)).toMatchObject({
        status: 'failed',
        permanent: false,
        last_error: expect.stringMatching(/sending job was lost/),
      });
      // Younger than an hour: still within the queue's retries, left alone.
      expect((await status(freshId)).status).toBe('pending');
      const retried = await call(t, 'POST', `${base()}/deliveries/${lostId}/retry`, { token: admin.token });
      expect(retried.status).toBe(202);
      await waitFor(() => smtp.received.some((m) => m.raw.includes(lostId)));
      await waitFor(async () => (await status(lostId)).status === 'sent');
      await owner.query('DELETE FROM mail_messages WHERE id = $1', [freshId]);
    });
  });
});
