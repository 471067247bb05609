import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addStaffMember, invitationLinkFor, type Session, signUpClinic } from './support/clinic-api';
import { axeViolations, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

const CLINIC = 'Willow Street Practice';
const ADMIN = {
  name: 'Priya Raman',
  email: 'priya@willow-street.example',
  password: 'copper-kettle-morning-rain-3',
};
const CLINICIAN = {
  name: 'Elliot Marsh',
  email: 'elliot@willow-street.example',
  password: 'seven-herons-over-the-marsh-5',
  roles: ['clinician' as const],
};
const CLIENT = {
  name: 'Dana Whitfield',
  email: 'dana.whitfield@mail.example',
  password: 'paper-boats-on-the-canal-21',
};
const WARNING_SIGN = 'Staying in bed past noon and not answering messages';

/**
 * Issue 4's browser journey, through both UIs: a clinician adds a client through "Add a client",
 * opens them and invites them to the portal; the client opens the emailed link (read from the
 * product's `mail_messages`, as no mail server runs), sets a password, lands on the portal home and
 * sees their safety plan; the clinician adds a warning sign to the plan; the client reloads and sees it.
 * The steps share one clinic and run in order.
 */
describe('caseload journey (built product, in Chromium): add a client, invite, accept, safety plan edits reach the portal', () => {
  let product: Product;
  let browser: Browser;
  let staff: BrowserContext;
  let portal: BrowserContext;
  let staffPage: Page;
  let clientPage: Page;
  let clinician: Session;
  let clientPath = '';
  const pageErrors: string[] = [];
  /** Each screen's axe violations, by screen: checked as the journey passes, asserted at the end. */
  const axeFindings: Record<string, string[]> = {};
  /** axe on a screen while a success notification ("… was added.") shows over it. */
  let withNotification: string[] = [];
  const checkAxe = async (screen: string, page: Page) => {
    const found = await axeViolations(page);
    if (found.length > 0) axeFindings[screen] = found;
  };

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    const admin = await signUpClinic(product.baseUrl, {
      clinicName: CLINIC,
      timezone: 'America/Chicago',
      ...ADMIN,
    });
    clinician = await addStaffMember(product.baseUrl, product.databaseName, admin, CLINICIAN);
    staff = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    staff.setDefaultTimeout(10_000);
    staffPage = await staff.newPage();
    staffPage.on('pageerror', (error) => pageErrors.push(`staff ${staffPage.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('the clinician signs in through the staff app and opens "My caseload", which is empty', async () => {
    await staffPage.goto('/sign-in');
    await visible(staffPage.getByRole('heading', { level: 1, name: 'Sign in' }));
    await staffPage.getByRole('textbox', { name: 'Email' }).fill(CLINICIAN.email);
    await staffPage.getByRole('textbox', { name: 'Password', exact: true }).fill(CLINICIAN.password);
    await staffPage.getByRole('button', { name: 'Sign in' }).click();
    await staffPage.waitForURL((url) => url.pathname === `/clinics/${clinician.clinicId}`);

    await staffPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My caseload' })
      .click();
    await visible(staffPage.getByRole('heading', { level: 1, name: 'My caseload' }));
    expect(new URL(staffPage.url()).pathname).toBe(`/clinics/${clinician.clinicId}/clients`);
    await visible(staffPage.getByRole('heading', { name: 'Your caseload is empty' }));
    await checkAxe('caseload list, empty', staffPage);
  });

  it('adds a client with an email through "Add a client" and finds them in the caseload', async () => {
    await staffPage.getByRole('main').getByRole('link', { name: 'Add a client' }).first().click();
    await visible(staffPage.getByRole('heading', { level: 1, name: 'Add a client' }));
    expect(new URL(staffPage.url()).pathname).toBe(`/clinics/${clinician.clinicId}/clients/new`);
    await visible(staffPage.getByRole('textbox', { name: 'Name', exact: true }));
    await checkAxe('add-client form', staffPage);

    await staffPage.getByRole('textbox', { name: 'Name', exact: true }).fill(CLIENT.name);
    await staffPage.getByRole('textbox', { name: 'Email (optional)' }).fill(CLIENT.email);
    await staffPage.getByRole('button', { name: 'Add client' }).click();

    // The new client's page, with a notification that says so; then back to the caseload, where they are listed.
    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name }));
    clientPath = new URL(staffPage.url()).pathname;
    expect(clientPath).toMatch(new RegExp(`^/clinics/${clinician.clinicId}/clients/[0-9a-f-]{36}$`));
    const added = await visible(
      staffPage.getByRole('status').filter({ hasText: `${CLIENT.name} was added.` }),
    );
    withNotification = await axeViolations(staffPage);

    await staffPage.getByRole('link', { name: 'Back to clients' }).click();
    await visible(staffPage.getByRole('heading', { level: 1, name: 'My caseload' }));
    const row = await visible(staffPage.getByRole('row').filter({ hasText: CLIENT.name }));
    // The notification fades after 6 s; the list is checked on its own.
    await added.waitFor({ state: 'detached', timeout: 15_000 });
    await checkAxe('caseload list, one client', staffPage);

    await row.getByRole('link', { name: CLIENT.name }).click();
    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name }));
    expect(new URL(staffPage.url()).pathname).toBe(clientPath);
  });

  it('the client page shows portal access and the safety plan; the clinician invites the client to the portal', async () => {
    const portalPanel = await visible(staffPage.getByRole('region', { name: 'Client portal' }));
    await visible(staffPage.getByRole('region', { name: 'Safety plan' }));
    await visible(staffPage.getByRole('button', { name: 'Edit safety plan' }));
    await checkAxe('client detail', staffPage);

    await portalPanel.getByRole('button', { name: 'Invite to the portal' }).click();
    await visible(staffPage.getByText(`Invitation sent to ${CLIENT.email}. The link works for 7 days.`));
    await visible(portalPanel.getByRole('button', { name: 'Re-send invitation' }));
  });

  it('the client opens the emailed link in their own browser, sets a password and lands on the portal home', async () => {
    const link = await invitationLinkFor(product.databaseName, CLIENT.email);
    expect(link.url.startsWith(`${product.baseUrl}/portal/invitations/`)).toBe(true);

    portal = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    portal.setDefaultTimeout(10_000);
    clientPage = await portal.newPage();
    clientPage.on('pageerror', (error) => pageErrors.push(`portal ${clientPage.url()}: ${error.message}`));
    await clientPage.goto(link.url);
    await visible(clientPage.getByRole('heading', { level: 1, name: `Welcome to ${CLINIC}` }));
    await visible(clientPage.getByText(CLIENT.email, { exact: true }));
    expect(await clientPage.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(CLIENT.name);

    await clientPage.getByRole('textbox', { name: 'Choose a password' }).fill(CLIENT.password);
    await clientPage.getByRole('button', { name: 'Set up my account' }).click();

    await visible(clientPage.getByRole('heading', { level: 1, name: 'Hello, Dana' }));
    expect(new URL(clientPage.url()).pathname).toMatch(/^\/portal\/?$/);
    await visible(clientPage.getByRole('region', { name: 'Your safety plan' }));
  });

  it('the client opens "My safety plan" and sees it, still empty', async () => {
    await clientPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My safety plan' })
      .click();
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My safety plan' }));
    const warningSigns = await visible(
      clientPage.getByRole('region', { name: 'Signs that things are getting harder' }),
    );
    await visible(warningSigns.getByText('Nothing here yet.', { exact: false }));
    expect(await warningSigns.getByRole('listitem').count()).toBe(0);
  });

  it('the clinician sees the client is now on the portal and adds a warning sign to the safety plan', async () => {
    await staffPage.reload();
    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name }));
    const portalPanel = await visible(staffPage.getByRole('region', { name: 'Client portal' }));
    await visible(portalPanel.getByRole('button', { name: 'Revoke portal access' }));
    await portalPanel.getByRole('button', { name: /Invite to the portal|Re-send invitation/ }).waitFor({
      state: 'detached',
    });

    const planPanel = staffPage.getByRole('region', { name: 'Safety plan' });
    await planPanel.getByRole('button', { name: 'Edit safety plan' }).click();
    const editor = await visible(staffPage.getByRole('form', { name: 'Edit safety plan' }));
    const warningSigns = editor.getByRole('group', { name: 'Warning signs' });
    await warningSigns.getByRole('button', { name: 'Add a warning sign' }).click();
    await warningSigns.getByRole('textbox', { name: 'Warning sign 1' }).fill(WARNING_SIGN);
    await editor.getByRole('button', { name: 'Save safety plan' }).click();

    await editor.waitFor({ state: 'detached' });
    await visible(planPanel.getByText(/^Version 2, saved /));
    await visible(planPanel.getByRole('listitem').filter({ hasText: WARNING_SIGN }));
  });

  it('the client reloads and sees the new warning sign in their safety plan', async () => {
    await clientPage.reload();
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My safety plan' }));
    const warningSigns = clientPage.getByRole('region', { name: 'Signs that things are getting harder' });
    await visible(warningSigns.getByRole('listitem').filter({ hasText: WARNING_SIGN }));
    expect(await warningSigns.getByRole('listitem').allTextContents()).toEqual([WARNING_SIGN]);
  });

  it('has no WCAG 2.2 AA violations axe can find on the caseload list, the add-client form and the client detail', () => {
    expect(axeFindings).toEqual({});
  });

  it('names the Close button of the success notification ("… was added."), so axe finds nothing while it shows', () => {
    expect(withNotification).toEqual([]);
  });

  it('raised no uncaught errors in either app', () => {
    expect(pageErrors).toEqual([]);
  });
});
