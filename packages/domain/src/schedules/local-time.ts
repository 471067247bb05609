import { DateTime, IANAZone } from 'luxon';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm";
/** Wider than any real daylight-saving gap (the largest on record skipped a whole day). */
const WIDEST_GAP_MS = 26 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Zone names already checked: checking builds an Intl formatter, too slow to repeat per occurrence. */
const checkedZones = new Map<string, boolean>();

/** True when the name is an IANA time zone this runtime knows, e.g. `Europe/London`. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  let valid = checkedZones.get(timeZone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(timeZone);
    if (checkedZones.size < 1000) checkedZones.set(timeZone, valid);
  }
  return valid;
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new Error(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/London"`);
  }
}

/** Parses a local calendar date (YYYY-MM-DD) that must exist in the calendar. */
export function parseLocalDate(localDate: string, label = 'date'): DateTime {
  const parsed = LOCAL_DATE.test(localDate) ? DateTime.fromISO(localDate, { zone: 'utc' }) : null;
  if (!parsed?.isValid) throw new Error(`Invalid ${label} "${localDate}": use a date like 2026-03-08`);
  return parsed;
}

export function assertLocalTime(localTime: string, label = 'time'): void {
  if (!LOCAL_TIME.test(localTime)) {
    throw new Error(`Invalid ${label} "${localTime}": use a 24-hour time like 09:00`);
  }
}

/** The client's local calendar date (YYYY-MM-DD) at an instant. */
export function localDateIn(instant: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM-dd');
}

/**
 * The UTC instant at which a local wall-clock time happens in a time zone, with the two
 * daylight-saving edge cases decided once for the whole product:
 * - a time that does not exist (clocks spring forward over it) moves forward to the first valid
 *   instant, the moment the clocks change — 02:30 in New York on 2026-03-08 becomes 03:00 EDT;
 * - a time that happens twice (clocks fall back over it) takes the first, earlier instant —
 *   01:30 in New York on 2026-11-01 is 01:30 EDT (05:30Z), not 01:30 EST (06:30Z).
 * Zone rules come from Luxon (the runtime's IANA database); nothing here knows a zone's rules.
 */
export function resolveLocalTime(localDate: string, localTime: string, timeZone: string): DateTime {
  assertTimeZone(timeZone);
  parseLocalDate(localDate);
  assertLocalTime(localTime);
  const wanted = `${localDate}T${localTime}`;
  const candidate = DateTime.fromISO(wanted, { zone: timeZone });
  if (candidate.toFormat(WALL_CLOCK) === wanted) {
    const [earliest] = candidate.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
    return earliest ?? candidate;
  }
  // In a gap Luxon lands after the change (shifted by the gap's length); search back for the
  // first instant whose wall clock is at or past the wanted time, which is the moment of change.
  const reachedWanted = (ms: number) =>
    DateTime.fromMillis(ms, { zone: timeZone }).toFormat(WALL_CLOCK) >= wanted;
  let after = candidate.toMillis();
  let before = after - WIDEST_GAP_MS;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS;
    if (reachedWanted(middle)) after = middle;
    else before = middle;
  }
  return DateTime.fromMillis(after, { zone: timeZone });
}
