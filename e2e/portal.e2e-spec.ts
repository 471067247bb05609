import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addPortalClient, addStaffMember, api, signUpClinic } from './support/clinic-api';
import {
  axeViolations,
  focusedText,
  isFocused,
  scrollsSideways,
  settle,
  statusRows,
  visible,
} from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

const PHONE = { width: 390, height: 844 };

const CLINIC = 'Harbour Lane Therapy';
const ADMIN = {
  name: 'Noor Haddad',
  email: 'noor@harbour-lane.example',
  password: 'lantern-over-the-harbour-4',
};
const CLINICIAN = {
  name: 'Tomasz Wren',
  email: 'tomasz@harbour-lane.example',
  password: 'quiet-orchard-evening-walk-9',
  roles: ['clinician' as const],
};
const CLIENT = {
  name: 'Samira Okafor',
  preferredName: 'Sam',
  email: 'samira.okafor@mail.example',
  password: 'blue-kettle-on-the-stove-12',
};
const CRISIS_LINE = { name: 'Samaritans', phone: '116 123', description: 'Any time, day or night.' };

describe('client portal (built, served by the API at /portal/, in Chromium)', () => {
  let product: Product;
  let browser: Browser;
  /** Signed in as the client through the portal's sign-in screen. */
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let page: Page;

  const newContext = (options: { phone?: boolean } = {}) =>
    browser.newContext({
      baseURL: product.baseUrl,
      reducedMotion: 'reduce',
      ...(options.phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
    });

  /** Signs in through /portal/sign-in and waits for the home screen's greeting. */
  async function signIn(on: Page): Promise<void> {
    await on.goto('/portal/sign-in');
    await visible(on.getByRole('heading', { level: 1, name: 'Sign in' }));
    await on.getByRole('textbox', { name: 'Email' }).fill(CLIENT.email);
    await on.getByRole('textbox', { name: 'Password', exact: true }).fill(CLIENT.password);
    await on.getByRole('button', { name: 'Sign in' }).click();
    await visible(on.getByRole('heading', { level: 1, name: `Hello, ${CLIENT.preferredName}` }));
  }

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    const { baseUrl, databaseName } = product;
    const admin = await signUpClinic(baseUrl, { clinicName: CLINIC, timezone: 'Europe/London', ...ADMIN });
    await api(baseUrl, 'PATCH', `/clinics/${admin.clinicId}`, {
      token: admin.token,
      body: { crisisResources: [CRISIS_LINE] },
    });
    const clinician = await addStaffMember(baseUrl, databaseName, admin, CLINICIAN);
    await addPortalClient(baseUrl, databaseName, clinician, {
      ...CLIENT,
      timezone: 'Europe/London',
      nextSessionAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
    });

    desktop = await newContext();
    phone = await newContext({ phone: true });
    for (const context of [desktop, phone]) {
      const first = await context.newPage();
      await signIn(first);
      await first.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  afterEach(async () => {
    await page?.close();
  });

  /** Opens the signed-in client's home screen. */
  async function openHome(context: BrowserContext): Promise<Page> {
    page = await context.newPage();
    await page.goto('/portal/');
    await visible(page.getByRole('heading', { level: 1, name: `Hello, ${CLIENT.preferredName}` }));
    return page;
  }

  const helpButton = () => page.getByRole('banner').getByRole('button', { name: 'Need help now?' });
  const helpDialog = () => page.getByRole('dialog', { name: 'Need help now?' });

  describe('signed out', () => {
    let signedOut: BrowserContext;
    beforeAll(async () => {
      signedOut = await newContext();
    });
    afterAll(async () => {
      await signedOut?.close();
    });

    it('sends a visit to /portal/ to the sign-in screen, where "Need help now?" still works', async () => {
      page = await signedOut.newPage();
      await page.goto('/portal/');
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      expect(new URL(page.url()).pathname).toBe('/portal/sign-in');
      expect(await page.title()).toBe('Sign in · Interlude');

      await helpButton().click();
      const dialog = await visible(helpDialog());
      await visible(dialog.getByText('If you are in immediate danger, call your local emergency number.'));
      await visible(dialog.getByText('Once you sign in, your clinic’s crisis lines and your safety plan'));
      await page.keyboard.press('Escape');
      await helpDialog().waitFor({ state: 'hidden' });
    });

    it('has no WCAG 2.2 AA violations axe can find on the sign-in screen', async () => {
      page = await signedOut.newPage();
      await page.goto('/portal/sign-in');
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      expect(await axeViolations(page)).toEqual([]);
    });

    it('signs the client in with their email and password and lands on their home screen', async () => {
      page = await signedOut.newPage();
      await page.goto('/portal/safety-plan');
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      await page.getByRole('textbox', { name: 'Email' }).fill(CLIENT.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password-at-all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await visible(page.getByText('That email and password do not match'));

      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(CLIENT.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Back where they were going.
      await visible(page.getByRole('heading', { level: 1, name: 'My safety plan' }));
      expect(new URL(page.url()).pathname).toBe('/portal/safety-plan');
    });
  });

  describe('on a desktop, signed in', () => {
    it('greets the client by their preferred name, with the next session, the safety plan and homework', async () => {
      await openHome(desktop);

      expect(await page.title()).toBe(`Hello, ${CLIENT.preferredName} · Interlude`);
      expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([
        `Hello, ${CLIENT.preferredName}`,
      ]);
      const main = page.getByRole('main');
      await visible(main.getByText(CLINIC, { exact: true }));
      await visible(main.getByText(/^Your next session is \w+day \d{1,2} \w+/));
      const plan = await visible(main.getByRole('region', { name: 'Your safety plan' }));
      await visible(plan.getByRole('link', { name: 'Open my safety plan' }));
      const homework = await visible(main.getByRole('region', { name: 'Homework' }));
      await visible(homework.getByRole('heading', { name: /Nothing due today/ }));
      await visible(page.getByRole('navigation', { name: 'Main' }));
    });

    it('opens "Need help now?" with the clinic\'s crisis lines as tap-to-call links; Escape closes it and focus returns', async () => {
      await openHome(desktop);

      await helpButton().click();
      const dialog = await visible(helpDialog());
      await visible(dialog.getByText('If you are in immediate danger, call your local emergency number.'));
      const crisisLines = await visible(dialog.getByRole('region', { name: 'Crisis lines' }));
      const call = await visible(crisisLines.getByRole('link', { name: 'Call Samaritans on 116 123' }));
      expect(await call.getAttribute('href')).toBe('tel:116123');
      await visible(crisisLines.getByText(CRISIS_LINE.description));
      await visible(dialog.getByRole('link', { name: 'See my whole safety plan' }));
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

      await page.keyboard.press('Escape');
      await helpDialog().waitFor({ state: 'hidden' });
      await settle(page);
      expect(await isFocused(helpButton())).toBe(true);
    });

    it('closes "Need help now?" with its Close button too', async () => {
      await openHome(desktop);

      await helpButton().click();
      await visible(helpDialog());
      await helpDialog().getByRole('button', { name: 'Close' }).click();
      await helpDialog().waitFor({ state: 'hidden' });
      await settle(page);
      expect(await isFocused(helpButton())).toBe(true);
    });

    it('puts "Skip to content" first in the tab order', async () => {
      await openHome(desktop);

      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Skip to content');
      await visible(page.getByRole('link', { name: 'Skip to content' }));
      await page.keyboard.press('Enter');
      expect(await isFocused(page.getByRole('main'))).toBe(true);
    });

    it('shows "My safety plan" in its seven steps, with forms to add coping strategies and distractions', async () => {
      await openHome(desktop);
      await page.getByRole('link', { name: 'Open my safety plan' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'My safety plan' }));
      expect(await page.title()).toBe('My safety plan · Interlude');

      expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual([
        'Signs that things are getting harder',
        'Things I can do on my own to feel better',
        'People and places that take my mind off things',
        'People I can ask for help',
        'Professionals and services I can contact',
        'Making my surroundings safer',
        'My reasons for living',
      ]);
      await visible(page.getByRole('textbox', { name: 'Add a coping strategy' }));
      await visible(page.getByRole('textbox', { name: 'Add something that helps distract me' }));
    });

    it('keeps the live service status on the About screen', async () => {
      page = await desktop.newPage();
      const ready = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/ready');
      await page.goto('/portal/about');
      await visible(page.getByRole('heading', { level: 1, name: 'About' }));
      expect((await ready).status()).toBe(200);
      const status = await visible(page.getByRole('region', { name: 'Service status' }));
      await visible(status.getByRole('status').filter({ hasText: 'All systems working' }));
      expect(await statusRows(status)).toEqual([
        ['Database', 'Working'],
        ['Background jobs', 'Working'],
      ]);
    });

    it('answers an unknown deep link with the portal, which says "Page not found" and links home', async () => {
      page = await desktop.newPage();
      const response = await page.goto('/portal/no/such/page');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');

      await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
      expect(await page.title()).toBe('Page not found · Interlude');
      await visible(helpButton());

      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Hello, ${CLIENT.preferredName}` }));
      expect(new URL(page.url()).pathname).toMatch(/^\/portal\/?$/);
    });

    it('has no WCAG 2.2 AA violations axe can find: home, the open dialog, the safety plan and not-found', async () => {
      await openHome(desktop);
      expect(await axeViolations(page)).toEqual([]);

      await helpButton().click();
      await visible(helpDialog().getByRole('region', { name: 'Crisis lines' }));
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await helpDialog().waitFor({ state: 'hidden' });

      await page.goto('/portal/safety-plan');
      await visible(page.getByRole('heading', { level: 1, name: 'My safety plan' }));
      expect(await axeViolations(page)).toEqual([]);

      await page.goto('/portal/no/such/page');
      await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe(`on a phone (${PHONE.width}×${PHONE.height}), signed in`, () => {
    it('fits the screen without sideways scrolling, with help one tap away', async () => {
      await openHome(phone);

      expect(await scrollsSideways(page)).toMatchObject({ overflows: false });
      await visible(helpButton());
      await visible(page.getByRole('button', { name: 'Open navigation' }));

      await helpButton().tap();
      await visible(helpDialog().getByRole('link', { name: 'Call Samaritans on 116 123' }));
      await settle(page);
      expect(await scrollsSideways(page)).toMatchObject({ overflows: false });
    });

    it('has no WCAG 2.2 AA violations axe can find: home and the open dialog', async () => {
      await openHome(phone);
      expect(await axeViolations(page)).toEqual([]);

      await helpButton().tap();
      await visible(helpDialog().getByRole('region', { name: 'Crisis lines' }));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
