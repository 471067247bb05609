import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Session, signUpClinic } from './support/clinic-api';
import { axeViolations, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

const ADMIN = {
  name: 'Nadia Osei',
  email: 'nadia@cedar-row.example',
  password: 'lanterns-by-the-cedar-row-8',
};

/**
 * The admin's own screens that the journeys do not pass through: clinic settings (a change is saved),
 * the audit log (which then shows it), my account, and the forgot-password screen — each checked
 * with axe.
 */
describe('admin screens (built product, in Chromium): settings, audit log, my account, forgot password', () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: Session;

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    admin = await signUpClinic(product.baseUrl, {
      clinicName: 'Cedar Row Therapy',
      timezone: 'Europe/Dublin',
      ...ADMIN,
    });
    context = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/clinics/${admin.clinicId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('saves a clinic setting, and the audit log records it', async () => {
    await page.goto(`/clinics/${admin.clinicId}/settings`);
    await visible(page.getByRole('heading', { level: 1, name: 'Clinic settings' }));
    const timeout = page.getByRole('textbox', { name: /Sign out staff after this many idle minutes/ });
    await timeout.fill('20');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Clinic settings saved.' }));
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/clinics/${admin.clinicId}/audit`);
    await visible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
    await visible(page.getByRole('cell', { name: /Changed the clinic settings/ }).first());
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens my account', async () => {
    await page.goto('/account');
    await visible(page.getByRole('heading', { level: 1, name: 'My account' }));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers a password reset that answers the same for any address', async () => {
    const anonymous = await browser.newContext({ baseURL: product.baseUrl, reducedMotion: 'reduce' });
    const reset = await anonymous.newPage();
    await reset.goto('/forgot-password');
    await visible(reset.getByRole('heading', { level: 1, name: 'Reset your password' }));
    expect(await axeViolations(reset)).toEqual([]);
    await reset.getByRole('textbox', { name: /Email/ }).fill('nobody@nowhere.example');
    await reset
      .getByRole('button', { name: /Send|Reset|link/i })
      .first()
      .click();
    await visible(reset.getByText("If an account exists for that address, we've sent a link."));
    await anonymous.close();
  });
});
