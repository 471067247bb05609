/**
 * Times shown in a clinic are in the clinic's time zone (not the viewer's), the same for everyone who
 * reads the audit log; Intl does the IANA zone and DST arithmetic.
 */
export function formatDateTime(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant the wall clock of `timeZone` shows midnight at the start of `year-month-day`. */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetAt(wall, timeZone);
  // Across a DST change the offset at the guess differs from the offset at the answer: use the latter.
  const second = wall - offsetAt(first, timeZone);
  return second;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Expected a date like 2026-03-29, got "${day}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `2026-03-29` in `Europe/London` → the ISO instant that day starts there. */
export function startOfDayIso(day: string, timeZone: string): string {
  const [year, month, date] = parseDay(day);
  return new Date(zonedMidnight(year, month, date, timeZone)).toISOString();
}

/** `2026-03-29` in `Europe/London` → the last millisecond of that day there. */
export function endOfDayIso(day: string, timeZone: string): string {
  const [year, month, date] = parseDay(day);
  return new Date(zonedMidnight(year, month, date + 1, timeZone) - 1).toISOString();
}

/** `2026-12-03` + `15:00` on the wall clock of `timeZone` → the ISO instant (DST handled). */
export function zonedDateTimeIso(day: string, time: string, timeZone: string): string {
  const [year, month, date] = parseDay(day);
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Expected a time like 15:00, got "${time}"`);
  const wall = Date.UTC(year, month - 1, date, Number(match[1]), Number(match[2]));
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone)).toISOString();
}

/** The wall-clock date (`2026-12-03`) and time (`15:00`) of `iso` in `timeZone`, for date and time inputs. */
export function zonedParts(iso: string, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** A session time as people say it: "Thu 3 Dec, 3:00 pm", in `timeZone`. */
export function formatSessionTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')} ${part('dayPeriod').toLowerCase()}`;
}
