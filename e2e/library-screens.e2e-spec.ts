import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addStaffMember, api, type ClientRecord, type Session, signUpClinic } from './support/clinic-api';
import { signInToStaffApp } from './support/homework';
import { axeViolations, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

const DESKTOP = { width: 1280, height: 900 };
/** The machine may be busy: screens that load data get a little longer than the default. */
const LOADED = 15_000;

const ADMIN = {
  name: 'Tomasz Wójcik',
  email: 'tomasz@alder-lane.example',
  password: 'kettle-on-the-alder-lane-5',
};
const CLINICIAN = {
  name: 'Grace Adeyemi',
  email: 'grace@alder-lane.example',
  password: 'seven-herons-over-the-weir-3',
  roles: ['clinician' as const],
};
const CLIENT_NAME = 'Marta Lindqvist';

/** The starter library's titles (packages/domain/src/homework/starter-{templates,programs}.ts). */
const JOURNAL = 'Daily journal';
const PHQ9 = /^PHQ-9/;
const BEHAVIOURAL_ACTIVATION = '4-week behavioural activation';

const WORKSHEET = 'Evening wind-down';
const WORKSHEET_RENAMED = 'Evening wind-down check';
const PREP_TASK = 'Print the sleep diary for Marta';

/**
 * The clinician's library screens that the journeys do not open: the homework library and a starter
 * template, the form builder (a worksheet made, then edited into version 2), the programs list and the
 * starter program, and prep tasks (one added for a client, then ticked done) — each checked with axe.
 */
describe('library screens (built product, in Chromium): templates, form builder, programs, prep tasks', () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinician: Session;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    const { baseUrl, databaseName } = product;
    const admin = await signUpClinic(baseUrl, {
      clinicName: 'Alder Lane Psychology',
      timezone: 'Europe/London',
      ...ADMIN,
    });
    clinician = await addStaffMember(baseUrl, databaseName, admin, CLINICIAN);
    await api<ClientRecord>(baseUrl, 'POST', `/clinics/${clinician.clinicId}/clients`, {
      token: clinician.token,
      body: { name: CLIENT_NAME },
      expect: 201,
    });
    context = await browser.newContext({ baseURL: baseUrl, reducedMotion: 'reduce', viewport: DESKTOP });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await signInToStaffApp(page, CLINICIAN, clinician.clinicId);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  const mainNavigation = () => page.getByRole('navigation', { name: 'Main' });
  const clinicPath = (path: string) => `/clinics/${clinician.clinicId}/${path}`;

  it('lists the starter templates by kind, and opens one', async () => {
    await mainNavigation().getByRole('link', { name: 'Library' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Homework library' }));
    expect(new URL(page.url()).pathname).toBe(clinicPath('templates'));

    const journals = page.getByRole('table', { name: 'Journal', exact: true });
    const questionnaires = page.getByRole('table', { name: 'Questionnaire', exact: true });
    await visible(journals.getByRole('link', { name: JOURNAL, exact: true }), LOADED);
    await visible(questionnaires.getByRole('link', { name: PHQ9 }));
    await visible(page.getByRole('heading', { level: 2, name: 'Worksheet', exact: true }));
    expect(await axeViolations(page)).toEqual([]);

    await journals.getByRole('link', { name: JOURNAL, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: JOURNAL, exact: true }), LOADED);
    await visible(page.getByText(/Journal · Version 1 · Saved/));
    await visible(page.getByRole('heading', { level: 2, name: 'Earlier versions' }));
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${clinicPath('templates')}/[^/]+$`));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('builds a worksheet with a long-text and a scale question, then edits it into version 2', async () => {
    await mainNavigation().getByRole('link', { name: 'Library' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Homework library' }));
    await page.getByRole('link', { name: 'New template' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'New template' }));
    const form = await visible(page.getByRole('form', { name: 'Template' }));

    await form.getByRole('textbox', { name: 'Title' }).fill(WORKSHEET);
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('worksheet');
    await visible(form.getByText('A form the clinic designs, such as a thought record.'));
    await form
      .getByRole('textbox', { name: /^Instructions for the client/ })
      .fill('Ten minutes before bed, look back on the evening.');

    const question = (n: number) => form.getByRole('group', { name: `Question ${n}`, exact: true });
    await question(1)
      .getByRole('textbox', { name: 'Question text' })
      .fill('What helped you slow down tonight?');
    await question(1).getByRole('combobox', { name: 'Answer type' }).selectOption('longText');
    await question(1).getByRole('checkbox', { name: 'Answer required' }).check();

    await form.getByRole('button', { name: 'Add a question' }).click();
    await visible(question(2));
    await question(2).getByRole('textbox', { name: 'Question text' }).fill('How calm do you feel now?');
    await question(2).getByRole('combobox', { name: 'Answer type' }).selectOption('scale');
    await visible(question(2).getByRole('textbox', { name: 'Lowest point', exact: true }));
    await question(2)
      .getByRole('textbox', { name: /^Words at the lowest point/ })
      .fill('Not at all');
    await question(2)
      .getByRole('textbox', { name: /^Words at the highest point/ })
      .fill('Completely');

    const preview = page.getByRole('region', { name: 'Preview' });
    await visible(preview.getByRole('heading', { name: WORKSHEET }));
    await visible(preview.getByText('Scale from 0 (Not at all) to 10 (Completely)'));
    expect(await axeViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Save template' }).click();
    await visible(page.getByRole('heading', { level: 1, name: WORKSHEET, exact: true }), LOADED);
    await visible(page.getByText(`“${WORKSHEET}” was added to the library.`));
    await visible(page.getByText(/Worksheet · Version 1 · Saved/));
    await visible(page.getByText('This is the first version.', { exact: false }));
    const detailPath = new URL(page.url()).pathname;
    expect(detailPath).toMatch(new RegExp(`^${clinicPath('templates')}/[^/]+$`));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Edit ${WORKSHEET}` }), LOADED);
    await visible(page.getByRole('note').filter({ hasText: 'Saving makes version 2' }));
    const editForm = await visible(page.getByRole('form', { name: 'Template' }));
    await editForm.getByRole('textbox', { name: 'Title' }).fill(WORKSHEET_RENAMED);
    expect(await axeViolations(page)).toEqual([]);
    await editForm.getByRole('button', { name: 'Save as version 2' }).click();

    await visible(page.getByRole('heading', { level: 1, name: WORKSHEET_RENAMED, exact: true }), LOADED);
    await visible(page.getByText(`“${WORKSHEET_RENAMED}” saved as version 2.`));
    await visible(page.getByText(/Worksheet · Version 2 · Saved/));
    const earlier = page.getByRole('region', { name: 'Earlier versions' });
    await visible(earlier.getByRole('link', { name: 'Version 1', exact: true }));
    expect(new URL(page.url()).pathname).toBe(detailPath);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the starter program, and opens it', async () => {
    await mainNavigation().getByRole('link', { name: 'Programs' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Programs' }));
    expect(new URL(page.url()).pathname).toBe(clinicPath('programs'));
    const program = await visible(
      page.getByRole('link', { name: BEHAVIOURAL_ACTIVATION, exact: true }),
      LOADED,
    );
    expect(await axeViolations(page)).toEqual([]);

    await program.click();
    await visible(page.getByRole('heading', { level: 1, name: BEHAVIOURAL_ACTIVATION, exact: true }), LOADED);
    await visible(page.getByRole('heading', { level: 2, name: 'Steps' }));
    await visible(page.getByRole('link', { name: 'Back to programs' }));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds a prep task for a client, and ticks it done', async () => {
    await mainNavigation().getByRole('link', { name: 'Prep tasks' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Prep tasks' }));
    expect(new URL(page.url()).pathname).toBe(clinicPath('prep-tasks'));
    await visible(page.getByRole('heading', { name: 'No open prep tasks' }), LOADED);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add a task' }).first().click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Add a prep task' }));
    await dialog.getByRole('textbox', { name: 'Title' }).fill(PREP_TASK);
    const clientPicker = dialog.getByLabel('Client (optional)');
    await clientPicker.click();
    await clientPicker.fill('Marta');
    await page.getByRole('option', { name: CLIENT_NAME }).click();
    await visible(dialog.getByText('Leave empty and it is due the day before the client’s next session.'));
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const open = page.getByRole('list', { name: 'Open prep tasks' });
    const task = await visible(open.getByRole('listitem').filter({ hasText: PREP_TASK }), LOADED);
    await visible(task.getByRole('link', { name: CLIENT_NAME }));
    await visible(page.getByText(`“${PREP_TASK}” was added to your prep tasks.`));
    expect(await axeViolations(page)).toEqual([]);

    // The box follows the saved task (no optimistic tick): click, then wait for the answer.
    await task.getByRole('checkbox', { name: `Mark “${PREP_TASK}” done` }).click();
    await visible(page.getByText(`“${PREP_TASK}” is done.`), LOADED);
    await visible(page.getByRole('heading', { name: 'No open prep tasks' }), LOADED);

    // The segmented control hides its radios behind their labels: click the label.
    await page.getByText('Done', { exact: true }).click();
    const done = page.getByRole('list', { name: 'Done prep tasks' });
    const doneTask = await visible(done.getByRole('listitem').filter({ hasText: PREP_TASK }), LOADED);
    expect(await page.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    expect(
      await doneTask.getByRole('checkbox', { name: `Mark “${PREP_TASK}” as not done` }).isChecked(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
