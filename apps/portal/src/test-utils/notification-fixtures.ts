import type { Notification, NotificationList } from '@interlude/contracts';
import { JOURNAL_OCCURRENCE_ID, PHQ9_OCCURRENCE_ID } from './homework-fixtures';

export const notificationId = (n: number) => `0190a5b4-0000-7000-8000-${String(900 + n).padStart(12, '0')}`;

const MINUTE = 60_000;
/** An ISO instant `minutes` before now, so "5 minutes ago" reads the same whenever the test runs. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

/** What the API writes for a client's reminders and feedback (portal paths, no clinical words). */
export const dueSoon = (n: number, overrides: Partial<Notification> = {}): Notification => ({
  id: notificationId(n),
  kind: 'homework.due_soon',
  title: 'Due soon',
  body: 'Something you planned with your clinician is due today at 18:00.',
  link: `/homework/${JOURNAL_OCCURRENCE_ID}`,
  createdAt: minutesAgo(5),
  readAt: null,
  ...overrides,
});

export const overdue = (n: number, overrides: Partial<Notification> = {}): Notification => ({
  id: notificationId(n),
  kind: 'homework.overdue',
  title: 'There is still time',
  body: 'Something was due yesterday at 18:00. You can still do it, or let your clinician know why not.',
  link: `/homework/${PHQ9_OCCURRENCE_ID}`,
  createdAt: minutesAgo(3 * 60),
  readAt: null,
  ...overrides,
});

export const feedback = (n: number, overrides: Partial<Notification> = {}): Notification => ({
  id: notificationId(n),
  kind: 'feedback.received',
  title: 'Your clinician replied',
  body: 'There is new feedback on something you sent.',
  link: `/homework/${JOURNAL_OCCURRENCE_ID}`,
  createdAt: minutesAgo(2 * 24 * 60),
  readAt: minutesAgo(2 * 24 * 60 - 30),
  ...overrides,
});

export function notificationList(
  items: Notification[],
  overrides: Partial<NotificationList> = {},
): NotificationList {
  return {
    items,
    nextCursor: null,
    unreadCount: items.filter((item) => item.readAt === null).length,
    ...overrides,
  };
}
