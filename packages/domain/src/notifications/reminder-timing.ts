import { DateTime } from 'luxon';
import { assertLocalTime, assertTimeZone, localDateIn, resolveLocalTime } from '../schedules/local-time';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A clinic's reminder policy (product spec §6); hours of 0 turn that reminder off. */
export interface ReminderPolicy {
  reminderHoursBefore: number;
  overdueNudgeHoursAfter: number;
  /** "HH:MM" in the client's own time zone; equal start and end mean no quiet hours. */
  quietHoursStart: string;
  quietHoursEnd: string;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  reminderHoursBefore: 24,
  overdueNudgeHoursAfter: 24,
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
};

export type ReminderKind = 'due_soon' | 'overdue';

/**
 * An overdue nudge is only worth sending while the item can still be done: after this long past its
 * planned moment it is dropped rather than sent days late (an item is shown as missed after 7 days).
 */
export const OVERDUE_NUDGE_WINDOW_MS = 3 * DAY_MS;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether an instant falls inside quiet hours, read on the wall clock of `timeZone`. Overnight spans wrap. */
export function isWithinQuietHours(instant: Date, timeZone: string, start: string, end: string): boolean {
  assertTimeZone(timeZone);
  assertLocalTime(start, 'quiet hours start');
  assertLocalTime(end, 'quiet hours end');
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === to) return false;
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const now = local.hour * 60 + local.minute;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/**
 * The first instant at or after `instant` that is outside quiet hours in `timeZone`: the instant
 * itself when it is not quiet, otherwise the end of the quiet period it is in (DST-safe: the end's
 * wall-clock time is resolved on the right local day, moving forward through a spring-forward gap).
 */
export function outsideQuietHours(instant: Date, timeZone: string, start: string, end: string): Date {
  if (!isWithinQuietHours(instant, timeZone, start, end)) return instant;
  const today = localDateIn(instant, timeZone);
  const endToday = resolveLocalTime(today, end, timeZone).toJSDate();
  if (endToday.getTime() > instant.getTime()) return endToday;
  const tomorrow = DateTime.fromISO(today, { zone: 'utc' }).plus({ days: 1 }).toFormat('yyyy-MM-dd');
  return resolveLocalTime(tomorrow, end, timeZone).toJSDate();
}

/** When the policy would first send this reminder, before quiet hours are applied; null when it is off. */
export function plannedReminderAt(kind: ReminderKind, dueAt: Date, policy: ReminderPolicy): Date | null {
  const hours = kind === 'due_soon' ? policy.reminderHoursBefore : policy.overdueNudgeHoursAfter;
  if (hours <= 0) return null;
  const offset = hours * HOUR_MS;
  return new Date(dueAt.getTime() + (kind === 'due_soon' ? -offset : offset));
}

/**
 * When this reminder should reach the client: the planned moment, moved to the end of quiet hours
 * in the client's time zone when it falls inside them. Null when the policy has it off, or when the
 * deferred moment is too late to help (a due-soon reminder pushed past the due time; an overdue
 * nudge pushed beyond its window).
 */
export function reminderSendAt(
  kind: ReminderKind,
  dueAt: Date,
  policy: ReminderPolicy,
  clientTimeZone: string,
): Date | null {
  const planned = plannedReminderAt(kind, dueAt, policy);
  if (!planned) return null;
  const sendAt = outsideQuietHours(planned, clientTimeZone, policy.quietHoursStart, policy.quietHoursEnd);
  const latest = kind === 'due_soon' ? dueAt.getTime() : planned.getTime() + OVERDUE_NUDGE_WINDOW_MS;
  return sendAt.getTime() < latest ? sendAt : null;
}

/**
 * Whether a scan at `now` should send this reminder: its moment has come, and it is not yet too
 * late (due-soon only before the due time; the nudge only within its window). A scan that runs
 * during quiet hours finds nothing to send for that client; the first scan after they end does.
 */
export function reminderIsDue(
  kind: ReminderKind,
  dueAt: Date,
  policy: ReminderPolicy,
  clientTimeZone: string,
  now: Date,
): boolean {
  const sendAt = reminderSendAt(kind, dueAt, policy, clientTimeZone);
  if (!sendAt || sendAt.getTime() > now.getTime()) return false;
  if (isWithinQuietHours(now, clientTimeZone, policy.quietHoursStart, policy.quietHoursEnd)) return false;
  const planned = plannedReminderAt(kind, dueAt, policy) as Date;
  const latest = kind === 'due_soon' ? dueAt.getTime() : planned.getTime() + OVERDUE_NUDGE_WINDOW_MS;
  return now.getTime() < latest;
}

/**
 * The widest window of due times a scan at `now` must look at for a policy, so the SQL can select
 * candidates with an index range before the exact rule above is applied per client.
 */
export function reminderCandidateWindow(policy: ReminderPolicy, now: Date): { from: Date; to: Date } {
  const before = Math.max(policy.reminderHoursBefore, 0) * HOUR_MS;
  const after = Math.max(policy.overdueNudgeHoursAfter, 0) * HOUR_MS;
  return {
    from: new Date(now.getTime() - after - OVERDUE_NUDGE_WINDOW_MS),
    to: new Date(now.getTime() + before),
  };
}

/**
 * Whether the morning digest for a local day is due: the digest time has passed on that day in the
 * clinic's time zone. Returns the local date the digest belongs to (its idempotency key), or null.
 */
export function digestDayDue(now: Date, timeZone: string, digestTime: string): string | null {
  const today = localDateIn(now, timeZone);
  const at = resolveLocalTime(today, digestTime, timeZone).toJSDate();
  // Only the same local day: a worker that was down all day does not send yesterday's digest at night.
  return now.getTime() >= at.getTime() && now.getTime() < at.getTime() + 12 * HOUR_MS ? today : null;
}
