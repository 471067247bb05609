import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';
import { postgresServerUrl } from './support/services';
import { type ReceivedMail, SmtpSink } from './support/smtp-sink';

const CLINIC = 'Harbor Light Therapy';
const TIME_ZONE = 'Europe/Lisbon';
const ADMIN = { name: 'Rosa Almeida', email: 'rosa@harborlight.example', password: 'tide-pools-at-dawn-17' };
const CLINICIAN = {
  name: 'Tomas Reyes',
  email: 'tomas@harborlight.example',
  password: 'lantern-over-the-quay-42',
};

/**
 * The production shape, end to end: the built API and the built worker as two processes on one fresh
 * database and queue prefix, mailing through a real SMTP server. A clinic signs up, invites a
 * clinician, the invitation travels outbox → BullMQ → worker → SMTP, and the clinician joins from the
 * emailed link and signs in.
 */
describe('identity journey (API + worker processes, email over SMTP, in Chromium)', () => {
  const smtp = new SmtpSink();
  let product: Product | undefined;
  let browser: Browser | undefined;
  let admin: BrowserContext;
  let adminPage: Page;
  let clinician: BrowserContext;
  let clinicianPage: Page;
  let invitation: ReceivedMail;
  let invitedAt = 0;
  const pageErrors: string[] = [];

  const app = () => {
    if (!product) throw new Error('The product did not start');
    return product;
  };

  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  beforeAll(async () => {
    await smtp.start();
    ({ product, browser } = await startProductAndBrowser({ smtpUrl: smtp.url, worker: true }));
    console.info(`API ready after ${product.readyAfterMs} ms; worker started beside it.`);
    admin = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    clinician = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    for (const context of [admin, clinician]) context.setDefaultTimeout(10_000);
    adminPage = await newPage(admin);
    clinicianPage = await newPage(clinician);
  });

  afterAll(async () => {
    try {
      await browser?.close();
      await product?.stop();
    } finally {
      await smtp.stop();
    }
  });

  let failedStep = false;
  /** What axe found on each screen, checked together at the end so one finding does not stop the journey. */
  const axeFindings: Record<string, string[]> = {};

  async function checkAxe(screen: string, page: Page): Promise<void> {
    axeFindings[screen] = await axeViolations(page);
  }

  /**
   * One step of the journey: skipped once an earlier step failed (it would only fail for that reason);
   * a failure carries the page errors and the processes' output.
   */
  async function step<T>(work: () => Promise<T>): Promise<T> {
    if (failedStep) throw new Error('Not run: an earlier step of the journey failed.');
    try {
      return await work();
    } catch (error) {
      failedStep = true;
      (error as Error).message +=
        `\n\nPage errors: ${pageErrors.join('\n') || 'none'}\n${product?.output() ?? ''}`;
      throw error;
    }
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const staffRow = (page: Page, email: string) =>
    page
      .getByRole('table', { name: `Staff of ${CLINIC}` })
      .getByRole('row')
      .filter({ hasText: email });

  it('signs a new clinic up through the sign-up screen and lands its admin in the clinic', () =>
    step(async () => {
      const page = adminPage;
      await page.goto('/sign-up');
      await visible(heading(page, 'Create your clinic’s account'));
      await checkAxe('sign-up', page);

      await page.getByRole('textbox', { name: 'Clinic name' }).fill(CLINIC);
      const timeZone = page.getByRole('combobox', { name: 'Time zone' });
      await timeZone.click();
      await timeZone.fill('Lisbon');
      await page.getByRole('option', { name: TIME_ZONE, exact: true }).click();
      expect(await timeZone.inputValue()).toBe(TIME_ZONE);
      await page.getByRole('textbox', { name: 'Your name' }).fill(ADMIN.name);
      await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Create account' }).click();

      await visible(heading(page, `Welcome, ${ADMIN.name}`));
      expect(new URL(page.url()).pathname).toMatch(/^\/clinics\/[^/]+$/);
      await visible(page.getByText(`${CLINIC} · Admin`, { exact: true }));
    }));

  it('invites a clinician from Staff through the invite dialog', () =>
    step(async () => {
      const page = adminPage;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
      await visible(heading(page, 'Staff'));
      await visible(staffRow(page, ADMIN.email));
      await visible(page.getByText('No pending invitations'));
      await checkAxe('staff', page);

      await page.getByRole('button', { name: 'Invite staff' }).first().click();
      const dialog = await visible(page.getByRole('dialog', { name: 'Invite staff' }));
      await dialog.getByRole('textbox', { name: 'Email' }).fill(CLINICIAN.email);
      await dialog.getByRole('textbox', { name: 'Name' }).fill(CLINICIAN.name);
      await dialog.getByRole('checkbox', { name: 'Clinician' }).check();
      await checkAxe('staff: invite dialog', page);
      invitedAt = performance.now();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();

      await dialog.waitFor({ state: 'hidden' });
      await visible(page.getByText(`Invitation sent to ${CLINICIAN.email}. The link works for 7 days.`));
      const pending = page.getByRole('table', { name: 'Pending invitations' });
      await visible(pending.getByRole('rowheader', { name: new RegExp(CLINICIAN.name) }));
      await visible(pending.getByRole('cell', { name: 'Clinician', exact: true }));
      await checkAxe('staff: invitation sent', page);
    }));

  it('emails the invitation through the outbox, BullMQ and the worker to the SMTP server', () =>
    step(async () => {
      invitation = await smtp.waitForMailTo(CLINICIAN.email, 30_000, app().workerExited);
      console.info(
        `Invitation email at the SMTP sink ${Math.round(invitation.at - invitedAt)} ms after the invite.`,
      );

      expect(invitation.headers.subject).toBe(`${CLINIC} invited you to Interlude`);
      expect(invitation.headers.from).toContain(`${CLINIC} via Interlude`);
      expect(invitation.text).toContain(`Hello ${CLINICIAN.name},`);
      expect(smtp.received.filter((mail) => mail.to.includes(CLINICIAN.email))).toHaveLength(1);
    }));

  it('opens the emailed link in a fresh browser, sets a password and joins the clinic', () =>
    step(async () => {
      const link = invitationLink(invitation.text, app().baseUrl);
      const page = clinicianPage;
      await page.goto(link);
      await visible(heading(page, `Join ${CLINIC}`));
      await visible(page.getByText('You’ve been invited as Clinician.', { exact: false }));
      await visible(page.getByText(CLINICIAN.email, { exact: true }));
      expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(CLINICIAN.name);
      await checkAxe('accept invitation', page);

      await page.getByRole('textbox', { name: 'Choose a password', exact: true }).fill(CLINICIAN.password);
      await page.getByRole('button', { name: `Join ${CLINIC}` }).click();

      await visible(heading(page, `Welcome, ${CLINICIAN.name}`));
      await visible(page.getByText(`${CLINIC} · Clinician`, { exact: true }));
      // A clinician is no admin: no Staff in the navigation.
      expect(
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).count(),
      ).toBe(0);
    }));

  it('signs the clinician out, and in again through the sign-in screen', () =>
    step(async () => {
      const page = clinicianPage;
      await page.getByRole('button', { name: `Account menu for ${CLINICIAN.name}` }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await visible(heading(page, 'Sign in'));
      await visible(page.getByRole('status').filter({ hasText: 'You have signed out.' }));
      await checkAxe('sign-in', page);

      const form = page.getByRole('main');
      await form.getByRole('textbox', { name: 'Email' }).fill(CLINICIAN.email);
      await form.getByRole('textbox', { name: 'Password', exact: true }).fill(CLINICIAN.password);
      await form.getByRole('button', { name: 'Sign in' }).click();

      await visible(heading(page, `Welcome, ${CLINICIAN.name}`));
      await visible(page.getByText(`${CLINIC} · Clinician`, { exact: true }));
    }));

  it('shows the admin the clinician on the staff list and the invitation no longer pending', () =>
    step(async () => {
      const page = adminPage;
      await page.reload();
      await visible(heading(page, 'Staff'));
      const row = await visible(staffRow(page, CLINICIAN.email));
      expect(await row.getByRole('cell').allTextContents()).toEqual(
        expect.arrayContaining(['Clinician', 'Active']),
      );
      await visible(page.getByText('No pending invitations'));
      expect(pageErrors).toEqual([]);
    }));

  it('has no WCAG 2.2 AA violations axe can find on the sign-up, staff, accept-invitation and sign-in screens', () => {
    expect(axeFindings).toEqual({
      'sign-up': [],
      staff: [],
      'staff: invite dialog': [],
      'staff: invitation sent': [],
      'accept invitation': [],
      'sign-in': [],
    });
  });

  it('stops the worker and the API and drops the database', async () => {
    const { name } = { name: app().databaseName };
    await browser?.close();
    browser = undefined;
    const exits = await app().stop();
    console.info(`Stopped: API ${exits.api.ms} ms, worker ${exits.worker?.ms} ms after SIGTERM.`);
    expect(exits.worker).toBeDefined();

    const server = new Client({ connectionString: postgresServerUrl });
    await server.connect();
    try {
      const left = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(left.rowCount).toBe(0);
    } finally {
      await server.end();
    }
  });
});

/** The invitation link in the email's text: `<APP_URL>/invitations/<token>`. */
function invitationLink(text: string, appUrl: string): string {
  const escaped = appUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}/invitations/[^\\s]+`).exec(text);
  if (!match) throw new Error(`No invitation link to ${appUrl}/invitations/… in the email:\n${text}`);
  return match[0];
}
