import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningProduct } from './support/child-product';
import { type DemoInChromium, startDemoInChromium } from './support/demo-in-chromium';
import { axeViolations, visible } from './support/page-checks';

const CLINIC = 'Riverside Counseling';
/** From the README: the demo admin. */
const ADMIN = { name: 'Avery Brooks', email: 'admin@riverside.example', password: 'riverside-demo-2026' };
const NEWCOMER = {
  name: 'Jordan Ellis',
  email: 'jordan.ellis@riverside.example',
  password: 'willow-bench-by-the-river-8',
};

/**
 * The README's promise to a newcomer: run the demo, invite someone as the admin, open the invitation
 * in the demo mailbox, accept it and sign in as them. The demo runs on a fresh real PostgreSQL
 * database and without Redis (in-process jobs), as `pnpm demo` does with DATABASE_URL set; with no
 * SMTP_URL its email lands in the demo mailbox. The browser uses `localhost`, as the README does, which
 * is also the origin of the demo's links (APP_URL defaults to http://localhost:PORT).
 */
describe('demo journey (node apps/api/dist/demo.js, in Chromium): invite, demo mailbox, accept, sign in', () => {
  let running: DemoInChromium | undefined;
  let demo: RunningProduct | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  const pageErrors: string[] = [];
  const axeFindings: Record<string, string[]> = {};
  let failedStep = false;

  beforeAll(async () => {
    running = await startDemoInChromium();
    ({ demo, browser, baseUrl } = running);
    context = await browser.newContext({ baseURL: baseUrl, reducedMotion: 'reduce' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await running?.stop();
  });

  /** One step of the journey: skipped once an earlier one failed; a failure carries the demo's output. */
  async function step(work: () => Promise<void>): Promise<void> {
    if (failedStep) throw new Error('Not run: an earlier step of the journey failed.');
    try {
      await work();
    } catch (error) {
      failedStep = true;
      (error as Error).message +=
        `\n\nPage errors: ${pageErrors.join('\n') || 'none'}\n${demo?.output() ?? ''}`;
      throw error;
    }
  }

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const mainNavigation = () => page.getByRole('navigation', { name: 'Main' });

  async function signIn(email: string, password: string): Promise<void> {
    const form = page.getByRole('main');
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs in as the demo admin from the README', () =>
    step(async () => {
      await page.goto('/sign-in');
      await visible(heading('Sign in'));
      await signIn(ADMIN.email, ADMIN.password);
      await visible(heading(`Welcome, ${ADMIN.name}`));
      await visible(page.getByText(`${CLINIC} · Admin`, { exact: true }));
    }));

  it('invites someone from Staff', () =>
    step(async () => {
      await mainNavigation().getByRole('link', { name: 'Staff' }).click();
      await visible(heading('Staff'));
      await page.getByRole('button', { name: 'Invite staff' }).first().click();
      const dialog = await visible(page.getByRole('dialog', { name: 'Invite staff' }));
      await dialog.getByRole('textbox', { name: 'Email' }).fill(NEWCOMER.email);
      await dialog.getByRole('textbox', { name: 'Name' }).fill(NEWCOMER.name);
      await dialog.getByRole('checkbox', { name: 'Clinician' }).check();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await visible(page.getByText(`Invitation sent to ${NEWCOMER.email}. The link works for 7 days.`));
      const pending = page.getByRole('table', { name: 'Pending invitations' });
      await visible(pending.getByRole('rowheader', { name: new RegExp(NEWCOMER.name) }));
    }));

  it('finds the invitation in the demo mailbox and follows its link', () =>
    step(async () => {
      await mainNavigation().getByRole('link', { name: 'Demo mailbox' }).click();
      await visible(heading('Demo mailbox'));
      const message = page
        .getByRole('list', { name: 'Emails, newest first' })
        .getByRole('listitem')
        .filter({ hasText: `To ${NEWCOMER.email}` });
      await visible(message);
      axeFindings['demo mailbox'] = await axeViolations(page);

      await message.getByRole('link', { name: `${CLINIC} invited you to Interlude` }).click();
      await visible(heading(`${CLINIC} invited you to Interlude`));
      await visible(page.getByText(`Hello ${NEWCOMER.name},`, { exact: false }));
      axeFindings['demo mailbox: invitation'] = await axeViolations(page);

      const link = page.getByRole('link', { name: new RegExp(`^${baseUrl}/invitations/`) });
      await link.click();
      await visible(heading(`Join ${CLINIC}`));
      expect(new URL(page.url()).pathname).toMatch(/^\/invitations\/[^/]+$/);
    }));

  it('accepts the invitation with a new password', () =>
    step(async () => {
      await visible(page.getByText(NEWCOMER.email, { exact: true }));
      expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(NEWCOMER.name);
      await page.getByRole('textbox', { name: 'Choose a password', exact: true }).fill(NEWCOMER.password);
      await page.getByRole('button', { name: `Join ${CLINIC}` }).click();

      await visible(heading(`Welcome, ${NEWCOMER.name}`));
      await visible(page.getByText(`${CLINIC} · Clinician`, { exact: true }));
    }));

  it('signs out and signs in as the new clinician', () =>
    step(async () => {
      await page.getByRole('button', { name: `Account menu for ${NEWCOMER.name}` }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await visible(heading('Sign in'));
      await visible(page.getByRole('status').filter({ hasText: 'You have signed out.' }));

      await signIn(NEWCOMER.email, NEWCOMER.password);
      await visible(heading(`Welcome, ${NEWCOMER.name}`));
      await visible(page.getByText(`${CLINIC} · Clinician`, { exact: true }));
      expect(pageErrors).toEqual([]);
    }));

  it('has no WCAG 2.2 AA violations axe can find in the demo mailbox', () => {
    expect(axeFindings).toEqual({ 'demo mailbox': [], 'demo mailbox: invitation': [] });
  });
});
