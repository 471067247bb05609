// The figures a client sees on their own progress page. They are meant to encourage ("I can do
// this", spec §1), so a streak survives until the end of today and missing days never count against
// anything but the streak itself.
import { parseLocalDate } from '../schedules/local-time';

/** How many mood points the trend keeps: the most recent 28 days that have a mood (four weeks). */
export const MOOD_TREND_DAYS = 28;

/**
 * Days in a row with at least one submission, ending today — or yesterday, because today is not over
 * and the client may still do today's homework. Dates are the client's local dates (YYYY-MM-DD);
 * duplicates and dates after today are ignored.
 */
export function completionStreak(submittedLocalDates: readonly string[], today: string): number {
  const dates = new Set(submittedLocalDates);
  let day = parseLocalDate(today, "today's date");
  if (!dates.has(day.toISODate() as string)) day = day.minus({ days: 1 });
  let streak = 0;
  while (dates.has(day.toISODate() as string)) {
    streak += 1;
    day = day.minus({ days: 1 });
  }
  return streak;
}

/**
 * Completion rate = submitted / due (spec §5), as a fraction from 0 to 1, not rounded; null when
 * nothing was due, since "0 %" would wrongly read as "did none of it".
 */
export function completionRate(due: number, submitted: number): number | null {
  if (!Number.isInteger(due) || !Number.isInteger(submitted) || due < 0 || submitted < 0) {
    throw new RangeError('due and submitted must be whole numbers, 0 or more');
  }
  if (submitted > due) throw new RangeError('submitted cannot be more than due');
  return due === 0 ? null : submitted / due;
}

export interface MoodEntry {
  /** The client's local date of the entry (YYYY-MM-DD). */
  date: string;
  /** 0–10; null or absent when the client skipped the (optional) mood question. */
  mood: number | null | undefined;
}

/** The same shape as an item of `moodTrend` in the contract's MyProgressSchema. */
export interface MoodPoint {
  date: string;
  /** The day's average mood, to one decimal place. */
  mood: number;
}

/**
 * One point per date with a mood (the average when a client wrote several entries that day), oldest
 * first, keeping only the last MOOD_TREND_DAYS of them. Entries without a mood are left out.
 */
export function moodTrend(entries: readonly MoodEntry[]): MoodPoint[] {
  const byDate = new Map<string, number[]>();
  for (const { date, mood } of entries) {
    if (typeof mood !== 'number' || !Number.isFinite(mood)) continue;
    parseLocalDate(date, 'entry date');
    byDate.set(date, [...(byDate.get(date) ?? []), mood]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(-MOOD_TREND_DAYS)
    .map(([date, moods]) => ({
      date,
      mood: Math.round((moods.reduce((sum, mood) => sum + mood, 0) / moods.length) * 10) / 10,
    }));
}
