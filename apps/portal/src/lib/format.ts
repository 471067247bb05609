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

function partsIn(instant: Date, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/**
 * How long ago something happened, as people say it: "just now", "5 minutes ago", "3 hours ago",
 * "yesterday", "3 days ago"; after a week, the date in the client's time zone ("3 December", with the
 * year when it is not this year). A time a little in the future (a clock slightly ahead) is "just now".
 */
export function formatTimeAgo(iso: string, timeZone?: string, now: Date = new Date()): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const elapsed = now.getTime() - instant.getTime();
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  const zone = safeZone(timeZone);
  const sameYear = partsIn(instant, zone, { year: 'numeric' }) === partsIn(now, zone, { year: 'numeric' });
  return partsIn(instant, zone, { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "Thursday 3 December 2026 at 3:05 pm": the full moment, e.g. for a `<time>`'s title. */
export function formatMoment(iso: string, timeZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const zone = safeZone(timeZone);
  const date = `${partsIn(instant, zone, { weekday: 'long', day: 'numeric', month: 'long' })} ${partsIn(instant, zone, { year: 'numeric' })}`;
  const time = partsIn(instant, zone, { hour: 'numeric', minute: '2-digit', hour12: true }).replace(
    /\s+/g,
    ' ',
  );
  return `${date} at ${time}`;
}

/** A zone Intl knows, else the browser's own (undefined). */
function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}
