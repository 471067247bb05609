import { formatDate } from './clinic-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago `iso` was, as people say it: "just now", "5 minutes ago", "yesterday", "3 days ago";
 * a date (in `timeZone`) once it is more than a week old. A time slightly in the future (a clock a
 * little ahead of the server's) reads "just now".
 */
export function formatTimeAgo(iso: string, timeZone: string, now: number = Date.now()): string {
  const elapsed = now - new Date(iso).getTime();
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  return formatDate(iso, timeZone);
}
