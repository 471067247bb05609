import type { Locator, Page } from 'playwright-core';
import type { Session } from './clinic-api';
import { visible } from './page-checks';

/**
 * Zones to choose from, roughly one per hour of offset, in order of preference. A journey that assigns
 * homework "due today, later" needs a day with hours still left in it wherever the test runs, so it
 * picks the first zone where it is now between 02:00 and 19:59.
 */
const ZONES = [
  'Europe/London',
  'America/Chicago',
  'Australia/Brisbane',
  'Europe/Berlin',
  'Europe/Athens',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/New_York',
  'America/Halifax',
  'America/Sao_Paulo',
  'Atlantic/South_Georgia',
  'Atlantic/Azores',
];

const localParts = (timeZone: string, now: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
};

/**
 * A time zone where today still has at least four hours to run (and started at least two hours ago),
 * with today's date there: homework due today at 23:30 in that zone is "today" and not overdue.
 */
export function zoneWithTheDayAhead(now: Date = new Date()): { timeZone: string; today: string } {
  for (const timeZone of ZONES) {
    const { date, hour } = localParts(timeZone, now);
    if (hour >= 2 && hour <= 19) return { timeZone, today: date };
  }
  throw new Error(`No zone in the list has a daytime hour at ${now.toISOString()}`);
}

/** The client's safety plan, written as the clinician (`PUT …/safety-plan` with `If-Match`). */
export async function writeSafetyPlan(
  baseUrl: string,
  clinician: Session,
  clientId: string,
  content: {
    peopleToAsk?: { name: string; phone?: string; note?: string }[];
    copingStrategies?: string[];
    reasonsForLiving?: string[];
  },
): Promise<number> {
  const path = `${baseUrl}/api/v1/clinics/${clinician.clinicId}/clients/${clientId}/safety-plan`;
  const headers = { authorization: `Bearer ${clinician.token}` };
  const current = await fetch(path, { headers, signal: AbortSignal.timeout(10_000) });
  if (current.status !== 200) throw new Error(`GET safety plan answered ${current.status}`);
  const etag = current.headers.get('etag') ?? '';
  await current.body?.cancel();
  const response = await fetch(path, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify({
      warningSigns: [],
      copingStrategies: (content.copingStrategies ?? []).map((text) => ({ text, addedBy: 'clinician' })),
      distractions: [],
      peopleToAsk: content.peopleToAsk ?? [],
      professionals: [],
      environmentSafety: [],
      reasonsForLiving: content.reasonsForLiving ?? [],
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`PUT safety plan answered ${response.status}: ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { version: number }).version;
}

/** Signs in through the staff app's sign-in screen and waits for the clinic home. */
export async function signInToStaffApp(
  page: Page,
  person: { email: string; password: string },
  clinicId: string,
): Promise<void> {
  await page.goto('/sign-in');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
  await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === `/clinics/${clinicId}`);
}

/** Signs in through the portal's sign-in screen and waits for the greeting on the home screen. */
export async function signInToPortal(
  page: Page,
  person: { email: string; password: string },
  greeting: string,
): Promise<void> {
  await page.goto('/portal/sign-in');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
  await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('heading', { level: 1, name: greeting }));
}

/** Picks a template or program in the assign form's searchable "Template or program" picker. */
export async function chooseHomework(form: Locator, page: Page, title: string): Promise<void> {
  const picker = form.getByRole('combobox', { name: 'Template or program' });
  await picker.click();
  await picker.fill(title.slice(0, 8));
  await page.getByRole('option', { name: title, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  if ((await picker.inputValue()) !== title) {
    throw new Error(`The picker shows "${await picker.inputValue()}" after choosing "${title}"`);
  }
}

/** The PHQ-9's answers in the portal: each item's radio group ("1. …") by its number. */
export async function answerQuestionnaire(form: Locator, answers: string[]): Promise<void> {
  const groups = form.getByRole('radiogroup', { name: /^\d+\. / });
  const count = await groups.count();
  if (count !== answers.length) throw new Error(`Expected ${answers.length} items, found ${count}`);
  for (const [index, answer] of answers.entries()) {
    const group = form.getByRole('radiogroup', { name: new RegExp(`^${index + 1}\\. `) });
    await group.getByRole('radio', { name: answer, exact: true }).check();
  }
}
