import type { HomeworkTerm } from '@interlude/contracts';

/**
 * A dialable link for a number as the clinic typed it: `116 123` → `tel:116123`; an international number's
 * "(0)" trunk prefix is not dialled, so `+44 (0)20 7946-0000` → `tel:+442079460000`.
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const international = trimmed.startsWith('+') ? trimmed.replace(/\(0\)/g, '') : trimmed;
  return `tel:${international.replace(/[^\d+]/g, '')}`;
}

/** "homework" → "Homework", "between-session activities" → "Between-session activities". */
export const capitalise = (term: HomeworkTerm | string): string =>
  term.length === 0 ? term : term[0].toUpperCase() + term.slice(1);

/** What the client likes to be called: their preferred name, else the first word of their name. */
export function callName(client: { name: string; preferredName: string | null }): string {
  const preferred = client.preferredName?.trim();
  if (preferred) return preferred;
  return client.name.trim().split(/\s+/)[0] ?? client.name;
}

function partsIn(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).format(instant);
}

/**
 * "Thursday 3 December at 3:00 pm", in the client's time zone (with the year when it is not this year
 * there). Intl does the IANA zone and daylight-saving arithmetic.
 */
export function formatSessionTime(iso: string, timeZone: string, now: Date = new Date()): string {
  const instant = new Date(iso);
  const sameYear =
    partsIn(instant, timeZone, { year: 'numeric' }) === partsIn(now, timeZone, { year: 'numeric' });
  const date = partsIn(instant, timeZone, { weekday: 'long', day: 'numeric', month: 'long' });
  const day = sameYear ? date : `${date} ${partsIn(instant, timeZone, { year: 'numeric' })}`;
  const time = partsIn(instant, timeZone, { hour: 'numeric', minute: '2-digit', hour12: true }).replace(
    /\s+/g,
    ' ',
  );
  return `${day} at ${time}`;
}
