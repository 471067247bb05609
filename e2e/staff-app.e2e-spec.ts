import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, focusedText, isFocused, statusRows, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

describe('staff app (built, served by the API, in Chromium)', () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    context = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  beforeEach(async () => {
    page = await context.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  /** Opens the status screen and waits for the answer from /api/ready to be on it. */
  async function openStatus(): Promise<void> {
    const ready = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/ready');
    await page.goto('/status');
    expect((await ready).status()).toBe(200);
    await visible(page.getByRole('status').filter({ hasText: 'All systems working' }));
  }

  it('shows the live status the API reports', async () => {
    await openStatus();

    expect(await page.title()).toBe('System status · Interlude');
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['System status']);
    expect(await statusRows(page)).toEqual([
      ['Database', 'Working'],
      ['Background jobs', 'Working'],
    ]);
    await visible(page.getByText('Standard mode', { exact: true }));
    await visible(page.getByRole('navigation', { name: 'Main' }));
    await visible(page.getByRole('main'));
  });

  it('puts "Skip to content" first in the tab order, and it moves focus to the main content', async () => {
    await openStatus();

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to content');
    await visible(page.getByRole('link', { name: 'Skip to content' }));

    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('main'))).toBe(true);
  });

  it('answers an unknown deep link with the app, which says "Page not found" and links home', async () => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');

    await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
    expect(await page.title()).toBe('Page not found · Interlude');

    // Home for someone signed out is the sign-in screen.
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('has no WCAG 2.2 AA violations axe can find on the status screen', async () => {
    await openStatus();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations axe can find on the not-found screen', async () => {
    await page.goto('/no/such/page');
    await visible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('publishes the OpenAPI document and renders the API docs', async () => {
    const json = await page.goto('/api/openapi.json');
    expect(json?.status()).toBe(200);
    const document = (await json?.json()) as { openapi: string; info: { title: string }; paths: object };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info.title).toBe('Interlude API');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready']));

    const docs = await page.goto('/api/docs');
    expect(docs?.status()).toBe(200);
    expect(await page.title()).toBe('Interlude API');
    await visible(page.locator('#swagger-ui'));
    // Swagger UI has read the document: its heading carries the API's title.
    await visible(page.locator('#swagger-ui .info .title').filter({ hasText: 'Interlude API' }));
  });
});
