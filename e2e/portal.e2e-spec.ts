import type { Browser, BrowserContext, Page } from 'playwright-core';
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

describe('client portal (built, served by the API at /portal/, in Chromium)', () => {
  let product: Product;
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    desktop = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    phone = await browser.newContext({
      baseURL: product.baseUrl,
      reducedMotion: 'reduce',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  afterEach(async () => {
    await page?.close();
  });

  /** Opens the portal's home screen and waits for the answer from /api/ready to be on it. */
  async function openHome(context: BrowserContext): Promise<Page> {
    page = await context.newPage();
    const ready = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/ready');
    await page.goto('/portal/');
    expect((await ready).status()).toBe(200);
    await visible(page.getByRole('status').filter({ hasText: 'All systems working' }));
    return page;
  }

  const helpButton = () => page.getByRole('banner').getByRole('button', { name: 'Need help now?' });
  const helpDialog = () => page.getByRole('dialog', { name: 'Need help now?' });

  describe('on a desktop', () => {
    it('welcomes the client and shows the live service status', async () => {
      await openHome(desktop);

      expect(await page.title()).toBe('Welcome · Interlude');
      expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Welcome']);
      const status = await visible(page.getByRole('region', { name: 'Service status' }));
      await visible(status.getByRole('status').filter({ hasText: 'All systems working' }));
      expect(await statusRows(status)).toEqual([
        ['Database', 'Working'],
        ['Background jobs', 'Working'],
      ]);
      await visible(status.getByText('Standard mode', { exact: true }));
      await visible(page.getByRole('navigation', { name: 'Main' }));
    });

    it('opens "Need help now?" from the header; Escape closes it and focus returns to the button', async () => {
      await openHome(desktop);

      await helpButton().click();
      const dialog = await visible(helpDialog());
      await visible(dialog.getByText('If you are in immediate danger, call your local emergency number.'));
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

    it('answers an unknown deep link with the portal, which says "Page not found" and links home', async () => {
      page = await desktop.newPage();
      const response = await page.goto('/portal/no/such/page');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');

      await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
      expect(await page.title()).toBe('Page not found · Interlude');

      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Welcome' }));
      expect(new URL(page.url()).pathname).toMatch(/^\/portal\/?$/);
    });

    it('has no WCAG 2.2 AA violations axe can find: home, the open dialog and the not-found screen', async () => {
      await openHome(desktop);
      expect(await axeViolations(page)).toEqual([]);

      await helpButton().click();
      await visible(helpDialog());
      expect(await axeViolations(page)).toEqual([]);

      await page.goto('/portal/no/such/page');
      await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe(`on a phone (${PHONE.width}×${PHONE.height})`, () => {
    it('fits the screen without sideways scrolling, with help one tap away', async () => {
      await openHome(phone);

      expect(await scrollsSideways(page)).toMatchObject({ overflows: false });
      await visible(helpButton());
      await visible(page.getByRole('button', { name: 'Open navigation' }));

      await helpButton().tap();
      await visible(helpDialog());
      await settle(page);
      expect(await scrollsSideways(page)).toMatchObject({ overflows: false });
    });

    it('has no WCAG 2.2 AA violations axe can find: home and the open dialog', async () => {
      await openHome(phone);
      expect(await axeViolations(page)).toEqual([]);

      await helpButton().tap();
      await visible(helpDialog());
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
