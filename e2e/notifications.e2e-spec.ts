import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningProduct } from './support/child-product';
import { type DemoInChromium, startDemoInChromium } from './support/demo-in-chromium';
import { axeViolations, statusRows, visible } from './support/page-checks';
import type { TestDatabase } from './support/services';

const CLINIC = 'Riverside Counseling';
/** From the README and apps/api/src/demo/demo-accounts.ts: everyone signs in with the same password. */
const PASSWORD = 'riverside-demo-2026';
const ADMIN = { name: 'Avery Brooks', email: 'admin@riverside.example' };
const CLINICIAN = { name: 'Dr. Maya Chen', email: 'maya.chen@riverside.example' };
const CLIENT = { email: 'jordan.rivera@clients.example' };
/** The client with the demo's open risk alert (one of Maya's). */
const ALERTED_CLIENT = 'Elena Petrova';
/** The reminder the demo leaves failed for the admin: the mail server refused the address for good. */
const REFUSED = { to: 'sam.k@old-provider.example', error: /^550 5\.1\.1 .*User unknown/ };
const PHONE = { width: 390, height: 844 };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UNREAD = /^Notifications, (\d+|none) unread$/;

/**
 * Reminders and notifications in the demo clinic (issue #6), in Chromium: the clinician's bell and
 * notifications (risk alert, morning summary, mark read), the admin's email delivery screen (a refused
 * reminder retried) and reminder settings, the client's bell, notifications and email choice on a
 * phone, and the public one-click unsubscribe page. The demo runs as `pnpm demo` does with
 * DATABASE_URL set: a fresh PostgreSQL database, no Redis (jobs in-process), no SMTP (email stays in
 * the demo mailbox, so a retried email waits as pending).
 */
describe('reminders and notifications (demo, in Chromium): bells, lists, email delivery, settings, unsubscribe', () => {
  let running: DemoInChromium | undefined;
  let database: TestDatabase;
  let demo: RunningProduct | undefined;
  let browser: Browser;
  /** The demo database as its owner, to read what the product wrote (e.g. the link in a reminder email). */
  let owner: Client | undefined;
  let baseUrl: string;
  let clinicId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    running = await startDemoInChromium();
    ({ database, demo, browser, baseUrl } = running);

    owner = new Client({ connectionString: database.url });
    await owner.connect();
    const [clinic] = (await owner.query('SELECT id FROM clinics WHERE name = $1', [CLINIC])).rows;
    clinicId = clinic.id;
  }, 120_000);

  afterAll(async () => {
    try {
      await owner?.end();
    } finally {
      await running?.stop();
    }
  });

  /** Rows of a query on the demo database, as its owner. */
  async function sql(text: string, params: unknown[] = []) {
    if (!owner) throw new Error('Not connected to the demo database.');
    return (await owner.query(text, params)).rows;
  }

  /** A failure carries the page errors and the demo's last output. */
  async function withOutput(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      (error as Error).message +=
        `\n\nPage errors: ${pageErrors.join('\n') || 'none'}\n${demo?.output() ?? ''}`;
      throw error;
    }
  }

  async function newPage(options: { phone?: boolean } = {}): Promise<Page> {
    const context: BrowserContext = await (browser as Browser).newContext({
      baseURL: baseUrl,
      reducedMotion: 'reduce',
      ...(options.phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });

  /** The header's bell, once its count has loaded: "Notifications, 3 unread" or "…, none unread". */
  async function bellCount(page: Page): Promise<{ bell: Locator; unread: number }> {
    const bell = await visible(page.getByRole('banner').getByRole('link', { name: UNREAD }));
    const name = (await bell.getAttribute('aria-label')) ?? '';
    const count = UNREAD.exec(name)?.[1] ?? '';
    return { bell, unread: count === 'none' ? 0 : Number(count) };
  }
  const bellSays = (page: Page, unread: number) =>
    visible(
      page
        .getByRole('banner')
        .getByRole('link', { name: `Notifications, ${unread === 0 ? 'none' : unread} unread`, exact: true }),
    );

  async function staffSignIn(page: Page, email: string, name: string): Promise<void> {
    await page.goto('/sign-in');
    await visible(heading(page, 'Sign in'));
    const form = page.getByRole('main');
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await visible(heading(page, `Welcome, ${name}`), 15_000);
  }

  /** Jordan, signed in to the portal on a phone; shared by the portal test and the unsubscribe test. */
  let jordanPage: Promise<Page> | undefined;
  const jordan = () => {
    jordanPage ??= (async () => {
      const page = await newPage({ phone: true });
      await page.goto('/portal/sign-in');
      await visible(heading(page, 'Sign in'));
      await page.getByRole('textbox', { name: 'Email' }).fill(CLIENT.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await visible(heading(page, /^Hello, /), 15_000);
      return page;
    })();
    return jordanPage;
  };

  it('shows the clinician her unread notifications: the risk alert leads to the client, and all can be marked read', () =>
    withOutput(async () => {
      const page = await newPage();
      await staffSignIn(page, CLINICIAN.email, CLINICIAN.name);
      const { bell, unread } = await bellCount(page);
      expect(unread).toBeGreaterThan(0);

      await bell.click();
      await visible(heading(page, 'Notifications'));
      expect(new URL(page.url()).pathname).toBe(`/clinics/${clinicId}/notifications`);
      const list = await visible(page.getByRole('list', { name: 'Notifications, newest first' }));
      const riskAlert = list.getByRole('link', { name: 'New risk alert', exact: true });
      await visible(riskAlert);
      await visible(list.getByRole('link', { name: 'Your morning summary', exact: true }));
      await visible(page.getByText(`${unread} unread. Open one to go to what it is about.`));
      expect(await list.getByText('Unread', { exact: true }).count()).toBe(unread);
      expect(await axeViolations(page)).toEqual([]);

      // Opening the risk alert goes to the client's page, and marks it read on the way.
      await riskAlert.click();
      await page.waitForURL((url) => new RegExp(`^/clinics/${clinicId}/clients/${UUID}$`).test(url.pathname));
      await visible(heading(page, ALERTED_CLIENT), 15_000);
      await bellSays(page, unread - 1);

      await (await bellCount(page)).bell.click();
      await visible(heading(page, 'Notifications'));
      const alertRow = list
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'New risk alert' }) });
      await alertRow.getByText('Unread', { exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await visible(page.getByRole('status').filter({ hasText: 'All notifications are marked as read.' }));
      await bellSays(page, 0);
      await visible(page.getByText('Nothing unread. Open one to go to what it is about.'));
      expect(await list.getByText('Unread', { exact: true }).count()).toBe(0);
      // Still focusable, but it says there is nothing to do.
      expect(await page.getByRole('button', { name: 'Mark all as read' }).getAttribute('aria-disabled')).toBe(
        'true',
      );

      // Where the alert and the late work wait: the review queue, its badges readable (axe contrast).
      await page.goto(`/clinics/${clinicId}/review`);
      await visible(heading(page, 'Review'));
      await visible(page.getByText('Late', { exact: true }).first());
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }));

  it('shows the admin the email queue, the scheduled jobs and the refused reminder, retries it, and keeps new reminder settings', () =>
    withOutput(async () => {
      const page = await newPage();
      await staffSignIn(page, ADMIN.email, ADMIN.name);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Email delivery' })
        .click();
      await visible(heading(page, 'Email delivery'));
      expect(new URL(page.url()).pathname).toBe(`/clinics/${clinicId}/deliveries`);

      // Queue health: the demo runs jobs inside the API server, so there is no queue depth to count.
      const health = page.getByRole('region', { name: 'Queue health' });
      await visible(health.getByRole('heading', { name: 'Background jobs' }));
      await visible(health.getByText('Working', { exact: true }));
      await visible(health.getByText('Jobs run inside the API server, without a separate queue to count.'));
      const figures = Object.fromEntries(await statusRows(health));
      expect(Object.keys(figures)).toEqual(
        expect.arrayContaining(['Waiting', 'Running', 'Delayed', 'Failed', 'Waiting to send']),
      );
      expect(figures['Sent in the last 24 hours']).toMatch(/^\d+$/);
      const waitingBefore = Number(figures['Waiting to send']);
      const schedulers = await visible(health.getByRole('table', { name: 'Scheduled jobs' }));
      const jobNames = (await schedulers.getByRole('rowheader').allTextContents()).map((s) => s.trim());
      expect(jobNames).toEqual(
        expect.arrayContaining(['Homework reminders', 'Clinicians’ morning summaries', 'Report figures']),
      );
      for (const header of ['Job', 'How often', 'What it did', 'Last error'])
        await visible(schedulers.getByRole('columnheader', { name: header, exact: true }));

      // The failed list (the default): the refused address, its 550 answer, "Permanent", and Retry.
      const failed = await visible(page.getByRole('table', { name: 'Failed emails, newest first' }));
      const row = failed.getByRole('row').filter({ hasText: REFUSED.to });
      await visible(row);
      await visible(row.getByText('Homework reminder', { exact: true }));
      await visible(row.getByText('Permanent', { exact: true }));
      await visible(row.getByText(REFUSED.error));
      expect(await axeViolations(page)).toEqual([]);

      await row.getByRole('button', { name: `Retry the homework reminder email to ${REFUSED.to}` }).click();
      await visible(
        page
          .getByRole('status')
          .filter({ hasText: `The homework reminder email to ${REFUSED.to} will be sent again.` }),
      );
      // It leaves the failed list; without a mail server (demo) it then waits as pending.
      await visible(page.getByRole('heading', { name: 'No failed deliveries' }));
      await page.getByRole('radiogroup', { name: 'Show' }).getByText('Pending', { exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('status') === 'pending');
      const pending = await visible(
        page.getByRole('table', { name: 'Emails waiting to send, newest first' }),
      );
      const retried = pending.getByRole('row').filter({ hasText: REFUSED.to });
      await visible(retried);
      expect(await retried.getByText('Permanent', { exact: true }).count()).toBe(0);
      expect(await retried.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
      await page.waitForFunction(
        (expected) => {
          const terms = [...document.querySelectorAll('dt')];
          const waiting = terms.find((t) => t.textContent?.trim() === 'Waiting to send');
          return waiting?.nextElementSibling?.textContent?.trim() === String(expected);
        },
        waitingBefore + 1,
        { timeout: 20_000 },
      );
      expect(await axeViolations(page)).toEqual([]);

      // Reminder settings: quiet hours 22:00–07:00 and reminders 12 hours ahead, kept after a reload.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Clinic settings' })
        .click();
      await visible(heading(page, 'Clinic settings'));
      const reminders = await visible(page.getByRole('region', { name: 'Reminders' }));
      const hoursBefore = reminders.getByRole('textbox', {
        name: 'Remind clients this many hours before homework is due',
      });
      const quietStart = reminders.getByLabel(/^Quiet hours start/);
      const quietEnd = reminders.getByLabel(/^Quiet hours end/);
      expect(await hoursBefore.inputValue()).toBe('24');
      expect(await quietStart.inputValue()).toBe('21:00');
      expect(await quietEnd.inputValue()).toBe('08:00');
      await visible(reminders.getByRole('textbox', { name: /^Nudge clients this many hours after/ }));
      await visible(reminders.getByLabel(/^Send clinicians their morning summary at/));

      await hoursBefore.fill('12');
      await quietStart.fill('22:00');
      await quietEnd.fill('07:00');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await visible(page.getByRole('status').filter({ hasText: 'Clinic settings saved.' }));

      await page.reload();
      await visible(heading(page, 'Clinic settings'));
      await visible(reminders);
      expect(await hoursBefore.inputValue()).toBe('12');
      expect(await quietStart.inputValue()).toBe('22:00');
      expect(await quietEnd.inputValue()).toBe('07:00');
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }));

  it('shows the client her notifications on a phone, opens one, and keeps her email choice', () =>
    withOutput(async () => {
      const [rows] = await sql(
        `SELECT count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread, count(*)::int AS total
           FROM notifications n JOIN memberships m ON m.id = n.recipient_id JOIN users u ON u.id = m.user_id
          WHERE u.email = $1`,
        [CLIENT.email],
      );
      expect(rows.total).toBeGreaterThan(0);
      if (rows.unread === 0) {
        // Today's reminders wait while it is night for Jordan (quiet hours): leave the newest one unread.
        await sql(
          `UPDATE notifications SET read_at = NULL WHERE id = (
             SELECT n.id FROM notifications n JOIN memberships m ON m.id = n.recipient_id
               JOIN users u ON u.id = m.user_id WHERE u.email = $1 ORDER BY n.created_at DESC LIMIT 1)`,
          [CLIENT.email],
        );
        console.info(
          'Jordan had nothing unread (quiet hours in New York): marked the newest notification unread.',
        );
      }

      const page = await jordan();
      const { bell, unread } = await bellCount(page);
      expect(unread).toBeGreaterThan(0);
      await bell.tap();
      await visible(heading(page, 'Notifications'));
      expect(new URL(page.url()).pathname).toBe('/portal/notifications');
      const list = await visible(page.getByRole('list', { name: 'Notifications', exact: true }));
      const items = list.getByRole('listitem');
      await visible(items.first());
      const titles = await list.locator('li').allTextContents();
      expect(titles.some((t) => /Due soon|There is still time/.test(t))).toBe(true);
      expect(titles.some((t) => t.includes('Your clinician replied'))).toBe(true);
      await visible(page.getByText(`${unread} unread. Tap one to open what it is about.`));
      expect(await axeViolations(page)).toEqual([]);

      // Tapping the newest unread one opens that homework, and the bell counts one fewer.
      const first = list.locator('li[data-unread]').first().getByRole('link');
      const href = (await first.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^/portal/homework/${UUID}$`));
      const [{ title }] = await sql(
        `SELECT v.title FROM occurrences o
           JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
           JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id
                                   AND v.version = a.template_version
          WHERE o.id = $1`,
        [href.split('/').pop()],
      );
      await first.tap();
      await page.waitForURL((url) => url.pathname === href);
      await visible(heading(page, title), 15_000);
      await bellSays(page, unread - 1);

      // Settings: email reminders off, still off after a reload, and on again.
      await page.getByRole('button', { name: 'Open navigation' }).tap();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).tap();
      await visible(heading(page, 'Notification settings'));
      expect(new URL(page.url()).pathname).toBe('/portal/settings/notifications');
      const emailSwitch = await visible(page.getByRole('switch', { name: 'Email me reminders' }));
      expect(await emailSwitch.isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await emailSwitch.click();
      await visible(
        page.getByRole('status').filter({
          hasText: 'Saved. We will not email you reminders. They will still show here in the portal.',
        }),
      );
      await page.reload();
      await visible(heading(page, 'Notification settings'));
      const afterReload = await visible(page.getByRole('switch', { name: 'Email me reminders' }));
      expect(await afterReload.isChecked()).toBe(false);

      await afterReload.click();
      await visible(page.getByRole('status').filter({ hasText: 'Saved. We will email you reminders.' }));
      expect(await afterReload.isChecked()).toBe(true);
      expect(pageErrors).toEqual([]);
    }));

  it('stops email reminders from the link in a reminder email, without signing in', () =>
    withOutput(async () => {
      const page = await newPage({ phone: true });

      // No token, or a cut-off one: the page says the link is incomplete, and changes nothing.
      await page.goto('/portal/unsubscribe');
      await visible(heading(page, 'This link is incomplete'));
      await page.goto('/portal/unsubscribe?token=abc');
      await visible(heading(page, 'This link is incomplete'));

      // A well-formed link that no email carries: refused only once the button is pressed.
      await page.goto(`/portal/unsubscribe?token=${clinicId}.${randomBytes(32).toString('base64url')}`);
      await visible(heading(page, 'Stop email reminders?'));
      await page.getByRole('button', { name: 'Stop email reminders' }).click();
      await visible(heading(page, 'This link is not valid any more'));

      // A real link: from a reminder email the demo queued for Jordan (unless it was night for them, in
      // quiet hours; then one stored the way the reminder pass stores it, token kept only as its digest).
      const [mail] = await sql(
        `SELECT text_body FROM mail_messages
          WHERE kind = 'reminder' AND to_address = $1 AND unsubscribe_digest IS NOT NULL
          ORDER BY created_at DESC LIMIT 1`,
        [CLIENT.email],
      );
      let link = /\/portal\/unsubscribe\?token=\S+/.exec(mail?.text_body ?? '')?.[0];
      if (!link) {
        const token = `${clinicId}.${randomBytes(32).toString('base64url')}`;
        await sql(
          `INSERT INTO mail_messages (clinic_id, id, to_address, subject, text_body, html_body, kind, status,
                                      client_id, unsubscribe_digest)
           SELECT $1, $2, $3, 'A gentle reminder', 'Hello', '<p>Hello</p>', 'reminder', 'sent', c.id, $4
             FROM clients c WHERE c.clinic_id = $1 AND c.email = $3`,
          [clinicId, randomUUID(), CLIENT.email, createHash('sha256').update(token).digest()],
        );
        link = `/portal/unsubscribe?token=${encodeURIComponent(token)}`;
        console.info('No reminder email for Jordan yet (quiet hours): stored one with a known token.');
      }
      await page.goto(link);
      await visible(heading(page, 'Stop email reminders?'));
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Stop email reminders' }).click();
      await visible(heading(page, 'Email reminders stopped'));
      await visible(
        page.getByText(`You will no longer get reminder emails from ${CLINIC}.`, { exact: false }),
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();

      // Jordan's settings say so.
      const portal = await jordan();
      await portal.goto('/portal/settings/notifications');
      await visible(heading(portal, 'Notification settings'));
      const emailSwitch = await visible(portal.getByRole('switch', { name: 'Email me reminders' }));
      expect(await emailSwitch.isChecked()).toBe(false);
      expect(pageErrors).toEqual([]);
    }));
});
