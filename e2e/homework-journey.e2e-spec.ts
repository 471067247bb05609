import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addPortalClient, addStaffMember, api, type Session, signUpClinic } from './support/clinic-api';
import {
  answerQuestionnaire,
  chooseHomework,
  signInToPortal,
  signInToStaffApp,
  writeSafetyPlan,
  zoneWithTheDayAhead,
} from './support/homework';
import { axeViolations, scrollsSideways, visible } from './support/page-checks';
import { type Product, startProductAndBrowser } from './support/product';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const CLINIC = 'Larch Hill Counselling';
const ADMIN = {
  name: 'Ines Carvalho',
  email: 'ines@larch-hill.example',
  password: 'tidewater-lamp-and-ladder-8',
};
const CLINICIAN = {
  name: 'Ruth Abernathy',
  email: 'ruth@larch-hill.example',
  password: 'granite-steps-to-the-sea-14',
  roles: ['clinician' as const],
};
const CLIENT = {
  name: 'Joseph Mbeki',
  preferredName: 'Jo',
  email: 'joseph.mbeki@mail.example',
  password: 'green-bicycle-under-the-rain-6',
};
const CRISIS_LINE = { name: 'Samaritans', phone: '116 123', description: 'Free, any time, day or night.' };
const SISTER = { name: 'Amara (my sister)', phone: '07700 900123' };
const REASON_FOR_LIVING = 'My nephew’s football on Saturdays';

/** The starter library's titles (packages/domain/src/homework/starter-templates.ts). */
const JOURNAL = 'Daily journal';
const PHQ9 = 'PHQ-9 — how have you been feeling?';
const JOURNAL_PROMPT = 'What stood out for you today, and how did you feel about it?';
const DUE_TIME = '23:30';

const BACKUP_PLAN = 'If the questions stir things up, stop, text Amara and use the breathing exercise.';
const JOURNAL_ENTRY =
  'Walked to the shop on my own for the first time in weeks. Nervous on the way, proud on the way back.';
const FEEDBACK = 'That walk is a real step, Jo. Let’s talk about what helped with the nerves on the way.';
const ACK_NOTE =
  'Called Jo the same afternoon; went through the safety plan together and brought the session forward.';

/** Not at all for items 1–8; "Several days" for item 9 (thoughts of self-harm). */
const PHQ9_ANSWERS = [...Array<string>(8).fill('Not at all'), 'Several days'];

/**
 * The homework issue's browser journey, through both UIs: a clinician assigns the daily journal and a
 * PHQ-9 with the pre-assignment check (the PHQ-9 with a safety concern and a back-up plan); the client
 * completes both on a phone-sized screen; the PHQ-9's item 9 answer brings up the safety screen (crisis
 * lines, the safety plan) and raises a risk alert, which leads the clinician's dashboard; the clinician
 * reads the flagged journal in the review queue, sends feedback and marks it reviewed, acknowledges the
 * alert; the client reads the feedback under Done. The steps share one clinic and run in order.
 */
describe('homework journey (built product, in Chromium): assign with the check, complete on a phone, review, feedback, risk alert', () => {
  let product: Product;
  let browser: Browser;
  let staff: BrowserContext;
  let portal: BrowserContext;
  let staffPage: Page;
  let clientPage: Page;
  let clinician: Session;
  let clientId = '';
  let today = '';
  const pageErrors: string[] = [];
  /** Each screen's axe violations, by screen: checked as the journey passes, asserted at the end. */
  const axeFindings: Record<string, string[]> = {};
  const checkAxe = async (screen: string, page: Page) => {
    const found = await axeViolations(page);
    if (found.length > 0) axeFindings[screen] = found;
  };

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    const { baseUrl, databaseName } = product;
    const zone = zoneWithTheDayAhead();
    today = zone.today;
    const admin = await signUpClinic(baseUrl, { clinicName: CLINIC, timezone: zone.timeZone, ...ADMIN });
    await api(baseUrl, 'PATCH', `/clinics/${admin.clinicId}`, {
      token: admin.token,
      body: { crisisResources: [CRISIS_LINE] },
    });
    clinician = await addStaffMember(baseUrl, databaseName, admin, CLINICIAN);
    const { client } = await addPortalClient(baseUrl, databaseName, clinician, {
      ...CLIENT,
      timezone: zone.timeZone,
    });
    clientId = client.id;
    await writeSafetyPlan(baseUrl, clinician, clientId, {
      peopleToAsk: [SISTER],
      reasonsForLiving: [REASON_FOR_LIVING],
    });

    staff = await browser.newContext({ baseURL: baseUrl, reducedMotion: 'reduce', viewport: DESKTOP });
    staff.setDefaultTimeout(10_000);
    portal = await browser.newContext({
      baseURL: baseUrl,
      reducedMotion: 'reduce',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    portal.setDefaultTimeout(10_000);
    [staffPage, clientPage] = await Promise.all([staff.newPage(), portal.newPage()]);
    staffPage.on('pageerror', (error) => pageErrors.push(`staff ${staffPage.url()}: ${error.message}`));
    clientPage.on('pageerror', (error) => pageErrors.push(`portal ${clientPage.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const clientPagePath = () => `/clinics/${clinician.clinicId}/clients/${clientId}`;
  const assignedList = () => staffPage.getByRole('list', { name: 'Assigned homework' });
  const assigned = (title: string) =>
    assignedList()
      .getByRole('listitem')
      .filter({ has: staffPage.getByRole('heading', { level: 3, name: title, exact: true }) });

  it('the clinician assigns the daily journal from the client page, once, due later today, with the check ticked', async () => {
    await signInToStaffApp(staffPage, CLINICIAN, clinician.clinicId);
    await staffPage.goto(clientPagePath());
    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name, exact: true }));
    await visible(staffPage.getByRole('heading', { name: 'No homework assigned yet' }));

    await staffPage.getByRole('link', { name: 'Assign homework' }).first().click();
    await visible(staffPage.getByRole('heading', { level: 1, name: `Assign homework to ${CLIENT.name}` }));
    expect(new URL(staffPage.url()).pathname).toBe(`${clientPagePath()}/assign`);
    const form = await visible(staffPage.getByRole('form', { name: 'Assign homework' }));

    await chooseHomework(form, staffPage, JOURNAL);
    await visible(form.getByText('Journal from the starter library, version 1.'));
    expect(await form.getByRole('radio', { name: 'Once' }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: 'Due date' }).fill(today);
    await form.getByRole('textbox', { name: 'Due time' }).fill(DUE_TIME);

    await form.getByRole('checkbox', { name: 'This is relevant to the treatment goals' }).check();
    await form
      .getByRole('checkbox', { name: `This is within ${CLIENT.preferredName}’s ability right now` })
      .check();
    await form
      .getByRole('radiogroup', { name: /Could doing this raise an emotional or physical safety concern\?/ })
      .getByRole('radio', { name: 'No' })
      .check();
    await form.getByRole('button', { name: 'Assign', exact: true }).click();

    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name, exact: true }));
    expect(new URL(staffPage.url()).pathname).toBe(clientPagePath());
    await visible(staffPage.getByText(`Homework was assigned to ${CLIENT.preferredName}.`));
    const journal = await visible(assigned(JOURNAL));
    await visible(journal.getByText('Active', { exact: true }));
  });

  it('assigns the PHQ-9 with a safety concern: without a back-up plan the form says so; with one, it is assigned', async () => {
    await staffPage.getByRole('link', { name: 'Assign homework' }).first().click();
    const form = await visible(staffPage.getByRole('form', { name: 'Assign homework' }));

    await chooseHomework(form, staffPage, PHQ9);
    await visible(form.getByText('Questionnaire from the starter library, version 1.'));
    await form.getByRole('textbox', { name: 'Due date' }).fill(today);
    await form.getByRole('textbox', { name: 'Due time' }).fill(DUE_TIME);
    await form.getByRole('checkbox', { name: 'This is relevant to the treatment goals' }).check();
    await form
      .getByRole('checkbox', { name: `This is within ${CLIENT.preferredName}’s ability right now` })
      .check();
    await form
      .getByRole('radiogroup', { name: /Could doing this raise an emotional or physical safety concern\?/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await visible(form.getByText('The safety plan goes with it'));

    // The back-up plan is empty: the form refuses, says why, and puts the focus on it.
    const backupPlan = form.getByRole('textbox', { name: 'Back-up plan' });
    await form.getByRole('button', { name: 'Assign', exact: true }).click();
    await visible(form.getByText('A safety concern needs a back-up plan for the client'));
    expect(await backupPlan.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(staffPage.url()).pathname).toBe(`${clientPagePath()}/assign`);
    // axe on the assign page with everything it can show: the safety note and a field error.
    await checkAxe('assign homework (back-up plan missing)', staffPage);

    await backupPlan.fill(BACKUP_PLAN);
    await form.getByRole('button', { name: 'Assign', exact: true }).click();

    await visible(staffPage.getByRole('heading', { level: 1, name: CLIENT.name, exact: true }));
    const phq9 = await visible(assigned(PHQ9));
    await visible(phq9.getByText(BACKUP_PLAN, { exact: false }));
    await visible(phq9.getByText(/safety plan version 2 linked/));
    await visible(assigned(JOURNAL));
    expect(await assignedList().getByRole('listitem').count()).toBe(2);
  });

  it('the client signs in on a phone and sees both on Today', async () => {
    await signInToPortal(clientPage, CLIENT, `Hello, ${CLIENT.preferredName}`);
    const todayOnHome = await visible(
      clientPage.getByRole('region', { name: 'Homework' }).getByRole('region', { name: 'Today' }),
    );
    await visible(todayOnHome.getByRole('link', { name: new RegExp(JOURNAL) }));
    await visible(todayOnHome.getByRole('link', { name: new RegExp(PHQ9) }));

    await clientPage.getByRole('link', { name: 'See all my homework' }).click();
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My homework' }));
    const todayTab = clientPage.getByRole('tab', { name: 'Today', exact: true });
    expect(await todayTab.getAttribute('aria-selected')).toBe('true');
    const list = clientPage.getByRole('tabpanel', { name: 'Today' });
    await visible(list.getByRole('link', { name: new RegExp(JOURNAL) }));
    await visible(list.getByRole('link', { name: new RegExp(PHQ9) }));
    expect(await list.getByRole('link').count()).toBe(2);
    await visible(list.getByRole('link', { name: new RegExp(JOURNAL) }).getByText(`due ${DUE_TIME}`));
  });

  it('writes the journal (autosaved), asks to talk about it next session, and sends it', async () => {
    await clientPage
      .getByRole('tabpanel', { name: 'Today' })
      .getByRole('link', { name: new RegExp(JOURNAL) })
      .click();
    await visible(clientPage.getByRole('heading', { level: 1, name: JOURNAL }));
    const form = await visible(clientPage.getByRole('form', { name: 'Your answers' }));
    await checkAxe('portal homework item (journal)', clientPage);
    expect(await scrollsSideways(clientPage)).toMatchObject({ overflows: false });

    await form.getByRole('textbox', { name: JOURNAL_PROMPT }).fill(JOURNAL_ENTRY);
    const autosave = form.getByTestId('autosave-status');
    await visible(autosave.getByText('Saved', { exact: true }));

    await form.getByRole('checkbox', { name: 'I’d like to talk about this next session' }).check();
    await form.getByRole('button', { name: 'Send to my clinician' }).click();

    await visible(clientPage.getByRole('heading', { level: 1, name: 'Sent to your clinician' }));
    await clientPage.getByRole('link', { name: 'Back to my homework' }).click();
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My homework' }));
  });

  it('answers the PHQ-9 with item 9 "Several days" and sends it: the safety screen shows crisis lines and the safety plan', async () => {
    await clientPage
      .getByRole('tabpanel', { name: 'Today' })
      .getByRole('link', { name: new RegExp(PHQ9) })
      .click();
    await visible(clientPage.getByRole('heading', { level: 1, name: PHQ9 }));
    await visible(clientPage.getByTestId('backup-plan').getByText(BACKUP_PLAN));
    const form = await visible(clientPage.getByRole('form', { name: 'Your answers' }));
    await checkAxe('portal homework item (PHQ-9)', clientPage);

    await answerQuestionnaire(form, PHQ9_ANSWERS);
    await visible(form.getByText('9 of 9 answered'));
    await form.getByRole('button', { name: 'Send to my clinician' }).click();

    const safety = await visible(clientPage.getByTestId('homework-safety-check'));
    await visible(safety.getByRole('heading', { level: 1, name: 'You don’t have to face this alone' }));
    const call = await visible(
      safety.getByRole('link', { name: `Call ${CRISIS_LINE.name} on ${CRISIS_LINE.phone}` }),
    );
    expect(await call.getAttribute('href')).toBe('tel:116123');
    const sister = await visible(
      safety.getByRole('link', { name: `Call ${SISTER.name} on ${SISTER.phone}` }),
    );
    expect(await sister.getAttribute('href')).toMatch(/^tel:/);
    await visible(safety.getByText(REASON_FOR_LIVING));
    const planLink = await visible(safety.getByRole('link', { name: 'Open my safety plan' }));
    expect(new URL(String(await planLink.getAttribute('href')), product.baseUrl).pathname).toBe(
      '/portal/safety-plan',
    );
    expect(await scrollsSideways(clientPage)).toMatchObject({ overflows: false });
    await checkAxe('portal safety screen', clientPage);

    await planLink.click();
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My safety plan' }));
    await visible(
      clientPage.getByRole('region', { name: 'My reasons for living' }).getByText(REASON_FOR_LIVING),
    );
  });

  it('the clinician’s dashboard leads with the risk alert', async () => {
    await staffPage.goto(`/clinics/${clinician.clinicId}`);
    await visible(staffPage.getByRole('heading', { level: 1, name: `Welcome, ${CLINICIAN.name}` }));
    const alerts = await visible(staffPage.getByRole('region', { name: 'Risk alerts' }));
    const regions = staffPage.getByRole('main').getByRole('region');
    expect(await regions.first().getAttribute('aria-labelledby')).toBe(
      await alerts.getAttribute('aria-labelledby'),
    );
    await visible(alerts.getByRole('link', { name: CLIENT.name }));
    await visible(alerts.getByText('PHQ-9 item 9 (thoughts of self-harm) answered “several days”'));
    await visible(alerts.getByRole('button', { name: `Acknowledge the risk alert for ${CLIENT.name}` }));
    const review = staffPage.getByRole('region', { name: 'Waiting for review' });
    await visible(
      review.getByText(
        /2 submissions, 0 declines to talk through, 1 flagged for next session, 1 risk alert\./,
      ),
    );
    await checkAxe('clinician dashboard', staffPage);
  });

  it('the review queue has the risk alert first, the flagged journal and the PHQ-9', async () => {
    await staffPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
    await visible(staffPage.getByRole('heading', { level: 1, name: 'Review' }));
    const queue = await visible(staffPage.getByRole('list', { name: 'Waiting for review' }));
    const rows = queue.getByRole('listitem');
    expect(await rows.count()).toBe(3);
    await visible(rows.first().getByText('Risk alert', { exact: true }));
    await visible(rows.first().getByText(PHQ9));

    const journalRow = rows.filter({ has: staffPage.getByRole('link', { name: JOURNAL }) });
    await visible(journalRow.getByText('Wants to talk about it next session'));
    const phq9Row = rows.filter({ has: staffPage.getByRole('link', { name: PHQ9 }) });
    await visible(phq9Row.getByText('Submission', { exact: true }));
    await checkAxe('review queue', staffPage);

    await staffPage.getByRole('tab', { name: /Flagged/ }).click();
    const flagged = await visible(staffPage.getByRole('list', { name: 'Waiting for review' }));
    await visible(flagged.getByRole('link', { name: JOURNAL }));
    expect(await flagged.getByRole('listitem').count()).toBe(1);
  });

  it('opens the journal, sends feedback and marks it reviewed', async () => {
    await staffPage
      .getByRole('list', { name: 'Waiting for review' })
      .getByRole('link', { name: JOURNAL })
      .click();
    await visible(staffPage.getByRole('heading', { level: 1, name: JOURNAL }));
    expect(new URL(staffPage.url()).pathname).toMatch(
      new RegExp(`^/clinics/${clinician.clinicId}/submissions/[0-9a-f-]{36}$`),
    );
    await visible(staffPage.getByText(JOURNAL_ENTRY));
    await visible(staffPage.getByText('Wants to talk about it next session'));

    const feedback = staffPage.getByRole('form', { name: 'Give feedback' });
    await feedback.getByRole('textbox', { name: 'Your feedback' }).fill(FEEDBACK);
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await visible(staffPage.getByRole('list', { name: 'Feedback so far' }).getByText(FEEDBACK));
    // The form empties once the feedback is saved.
    const box = await feedback.getByRole('textbox', { name: 'Your feedback' }).elementHandle();
    await staffPage.waitForFunction((element) => (element as HTMLTextAreaElement).value === '', box);

    const review = staffPage.getByRole('region', { name: 'Review' });
    await review.getByRole('button', { name: 'Mark reviewed' }).click();
    await visible(review.getByText(`Reviewed by ${CLINICIAN.name} on`, { exact: false }));
    // After feedback and review, with their confirmations (status messages) possibly still showing.
    await checkAxe('submission (feedback sent, reviewed)', staffPage);

    await staffPage.getByRole('link', { name: 'Back to the review queue' }).click();
    await visible(staffPage.getByRole('heading', { level: 1, name: 'Review' }));
    const queue = await visible(staffPage.getByRole('list', { name: 'Waiting for review' }));
    await queue.getByRole('link', { name: JOURNAL }).waitFor({ state: 'detached' });
    expect(await queue.getByRole('listitem').count()).toBe(2);
  });

  it('acknowledges the risk alert on the dashboard with a note; it leaves the dashboard', async () => {
    await staffPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const alerts = await visible(staffPage.getByRole('region', { name: 'Risk alerts' }));
    await alerts.getByRole('button', { name: `Acknowledge the risk alert for ${CLIENT.name}` }).click();

    const dialog = await visible(
      staffPage.getByRole('dialog', { name: `Acknowledge the risk alert for ${CLIENT.name}` }),
    );
    await dialog.getByRole('textbox', { name: 'What you did' }).fill(ACK_NOTE);
    await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click();

    await dialog.waitFor({ state: 'hidden' });
    await visible(staffPage.getByText(`The risk alert for ${CLIENT.name} was acknowledged.`));
    await staffPage.getByRole('region', { name: 'Risk alerts' }).waitFor({ state: 'detached' });
    await visible(
      staffPage
        .getByRole('region', { name: 'Waiting for review' })
        .getByText(/^1 submission, 0 declines to talk through\.$/),
    );
  });

  it('the client opens Done and reads the clinician’s feedback on the journal', async () => {
    await clientPage.goto('/portal/homework');
    await visible(clientPage.getByRole('heading', { level: 1, name: 'My homework' }));
    await clientPage.getByRole('tab', { name: 'Done', exact: true }).click();
    const done = await visible(clientPage.getByRole('tabpanel', { name: 'Done' }));
    const journalCard = await visible(done.getByRole('link', { name: new RegExp(JOURNAL) }));
    await visible(journalCard.getByText('A note from your clinician'));
    await visible(done.getByRole('link', { name: new RegExp(PHQ9) }));

    await journalCard.click();
    await visible(clientPage.getByRole('heading', { level: 1, name: JOURNAL }));
    const sent = await visible(clientPage.getByRole('region', { name: 'What you sent' }));
    await visible(sent.getByText(JOURNAL_ENTRY));
    await visible(sent.getByText('You asked to talk about this next session', { exact: false }));
    const fromClinician = await visible(clientPage.getByRole('region', { name: 'From your clinician' }));
    await visible(fromClinician.getByText(FEEDBACK));
    await visible(fromClinician.getByText(new RegExp(`^${CLINICIAN.name}, `)));
    await checkAxe('portal homework item, done with feedback', clientPage);
  });

  it('has no WCAG 2.2 AA violations axe can find on the screens of the journey', () => {
    expect(axeFindings).toEqual({});
  });

  it('raised no uncaught errors in either app', () => {
    expect(pageErrors).toEqual([]);
  });
});
