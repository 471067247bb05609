import { localDateIn } from './local-time';

/** An occurrence is overdue once its due instant has passed (due exactly now is not yet overdue). */
export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}

/** True when the occurrence's local date is today's date in the client's time zone. */
export function isDueToday(localDate: string, timeZone: string, now: Date): boolean {
  return localDateIn(now, timeZone) === localDate;
}
