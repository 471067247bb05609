import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningProduct } from './support/child-product';
import { type DemoInChromium, startDemoInChromium } from './support/demo-in-chromium';
import { axeViolations, visible } from './support/page-checks';
import type { TestDatabase } from './support/services';

/** From the README: the demo clinic's practice manager. */
const MANAGER = {
  name: 'Morgan Lee',
  email: 'morgan.lee@riverside.example',
  password: 'riverside-demo-2026',
};
const CLINICIAN = 'Dr. Maya Chen';

/**
 * The reports dashboard in the demo clinic, as its manager: real numbers in the KPI tiles, a clinician
 * filter that goes to the URL and changes the numbers, a CSV download without any client in it, and
 * no axe violations. The demo runs as `pnpm demo` does (fresh PostgreSQL, no Redis: jobs in-process).
 */
describe('reports dashboard (demo, in Chromium): KPI tiles, clinician filter, CSV download, axe', () => {
  let running: DemoInChromium | undefined;
  let database: TestDatabase;
  let demo: RunningProduct | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  /** Every client's name, preferred name, email and id: none may appear on screen or in the CSV. */
  let clientIdentity: string[] = [];
  const pageErrors: string[] = [];
  let failedStep = false;

  beforeAll(async () => {
    running = await startDemoInChromium();
    ({ database, demo, browser, baseUrl } = running);

    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const staff = (await owner.query('SELECT name FROM users')).rows.map((r) => r.name as string).join(' ');
      const rows = (await owner.query('SELECT id, name, preferred_name, email FROM clients')).rows;
      expect(rows.length).toBeGreaterThan(20);
      clientIdentity = rows.flatMap((r) =>
        // A preferred name that is also a staff member's ("Maya") says nothing about a client.
        [r.id, r.name, r.email, staff.includes(r.preferred_name ?? '') ? null : r.preferred_name].filter(
          (x): x is string => Boolean(x),
        ),
      );
    } finally {
      await owner.end();
    }

    context = await browser.newContext({
      baseURL: baseUrl,
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await running?.stop();
  });

  /** One step: skipped once an earlier one failed; a failure carries the page errors and the demo's output. */
  async function step(work: () => Promise<void>): Promise<void> {
    if (failedStep) throw new Error('Not run: an earlier step failed.');
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
  const tile = (label: string): Locator => page.getByRole('group', { name: label, exact: true });
  /** The number a KPI tile shows (its second line), e.g. "412" or "78 %". */
  const tileValue = async (label: string) =>
    ((await tile(label).locator('p').nth(1).textContent()) ?? '').trim();
  const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));
  const identityIn = (text: string) => {
    const lower = text.toLowerCase();
    return clientIdentity.filter((x) => lower.includes(x.toLowerCase()));
  };
  const engagement = () => page.getByRole('region', { name: 'Engagement', exact: true });

  let before: Record<string, string> = {};

  it('signs in as the demo manager and opens Reports with real numbers in the KPI tiles', () =>
    step(async () => {
      await page.goto('/sign-in');
      await visible(heading('Sign in'));
      const form = page.getByRole('main');
      await form.getByRole('textbox', { name: 'Email' }).fill(MANAGER.email);
      await form.getByRole('textbox', { name: 'Password', exact: true }).fill(MANAGER.password);
      await form.getByRole('button', { name: 'Sign in' }).click();
      await visible(heading(`Welcome, ${MANAGER.name}`));

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
      await visible(heading('Reports'));
      expect(new URL(page.url()).pathname).toMatch(/^\/clinics\/[0-9a-f-]{36}\/reports$/);
      await visible(tile('Due'), 15_000);
      before = {
        clients: await tileValue('Clients'),
        due: await tileValue('Due'),
        completion: await tileValue('Completion rate'),
      };
      expect(before.clients).toMatch(/^\d+$/);
      expect(numberIn(before.clients)).toBeGreaterThanOrEqual(5);
      expect(before.due).toMatch(/^[\d,]+$/);
      expect(numberIn(before.due)).toBeGreaterThan(0);
      expect(before.completion).toMatch(/^\d+(\.\d+)?\s?%$/);
      // The outcomes section has numbers too, and no client is named anywhere on the page.
      await visible(page.getByText(/\d+ clients with two or more PHQ-9 scores/));
      await visible(page.getByRole('heading', { name: 'Outcomes by homework completion' }));
      expect(identityIn((await page.locator('body').textContent()) ?? '')).toEqual([]);
      expect(pageErrors).toEqual([]);
    }));

  it('filters by a clinician: the URL changes and the numbers update', () =>
    step(async () => {
      const clinician = page.getByRole('combobox', { name: 'Clinician' });
      await clinician.click();
      await page.getByRole('option', { name: CLINICIAN, exact: true }).click();
      await page.waitForURL((url) => /^[0-9a-f-]{36}$/.test(url.searchParams.get('clinician') ?? ''));
      // The select shows the choice (read until it re-renders from the URL).
      await clinician.evaluate(
        (input, name) =>
          new Promise<void>((resolve, reject) => {
            const started = Date.now();
            const check = () => {
              if ((input as HTMLInputElement).value === name) resolve();
              else if (Date.now() - started > 5_000)
                reject(
                  new Error(`The clinician select shows "${(input as HTMLInputElement).value}", not ${name}`),
                );
              else setTimeout(check, 50);
            };
            check();
          }),
        CLINICIAN,
      );
      // The tiles show the clinician's caseload: fewer clients and less homework due.
      await page.waitForFunction(
        (due) => {
          const group = [...document.querySelectorAll('[role="group"]')].find(
            (g) => g.querySelector('p')?.textContent?.trim() === 'Due',
          );
          const value = group?.querySelectorAll('p')[1]?.textContent?.trim();
          return Boolean(value) && value !== due;
        },
        before.due,
        { timeout: 10_000 },
      );
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const due = await tileValue('Due');
      const clients = await tileValue('Clients');
      expect(numberIn(due)).toBeGreaterThan(0);
      expect(numberIn(due)).toBeLessThan(numberIn(before.due));
      expect(numberIn(clients)).toBeLessThan(numberIn(before.clients));
      expect(identityIn((await page.locator('body').textContent()) ?? '')).toEqual([]);
    }));

  it('downloads the engagement CSV: a header row, figures, and no client in it', () =>
    step(async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        engagement().getByRole('button', { name: 'Download CSV of the engagement report' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^engagement-\d{4}-\d{2}-\d{2}\.csv$/);
      const file = await download.path();
      const csv = await readFile(file, 'utf8');
      const lines = csv.split(/\r?\n/).filter(Boolean);
      expect(lines[0]).toMatch(/^section,key,label,clients,due,/);
      expect(lines.length).toBeGreaterThan(2);
      expect(csv).toContain(CLINICIAN);
      expect(identityIn(csv)).toEqual([]);
      await visible(page.getByRole('status').filter({ hasText: /^Downloaded engagement-.*\.csv$/ }));
    }));

  it(
    'has no axe violations on the dashboard',
    () =>
      step(async () => {
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        expect(await axeViolations(page)).toEqual([]);
        // The charts shown as tables instead: still none.
        const toTable = page.getByRole('button', { name: /^Show .* as a table$/ });
        for (let n = await toTable.count(); n > 0; n -= 1) await toTable.first().click();
        expect(await toTable.count()).toBe(0);
        await visible(page.getByRole('button', { name: 'Show the weekly trend as a chart' }));
        expect(await axeViolations(page)).toEqual([]);
        // Back to the whole clinic: still no violations.
        await page.goto(new URL(page.url()).pathname);
        await visible(tile('Due'), 15_000);
        expect(await axeViolations(page)).toEqual([]);
        expect(pageErrors).toEqual([]);
      }),
    90_000,
  );
});
