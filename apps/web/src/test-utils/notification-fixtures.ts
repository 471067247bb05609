import type { Delivery, DeliveryHealth, Notification, NotificationList } from '@interlude/contracts';
import { CLINIC_ID, clientRecord } from './fixtures';

const id = (prefix: string, n: number) => `0192f1a4-7c1e-7d2b-9a55-${prefix}${String(n).padStart(4, '0')}`;

export const notificationId = (n: number) => id('0c3f5f1e', n);
export const deliveryId = (n: number) => id('0c3f5f2e', n);

const MINUTE = 60_000;
/** An ISO instant `minutes` before now, so "5 minutes ago" reads the same whenever the test runs. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

export function notification(n: number, overrides: Partial<Notification> = {}): Notification {
  return {
    id: notificationId(n),
    kind: 'risk_alert.created',
    title: 'New risk alert',
    body: 'A questionnaire answer raised a risk alert. Please look at it today.',
    link: `/clinics/${CLINIC_ID}/clients/${clientRecord(1).id}`,
    createdAt: minutesAgo(5 + n),
    readAt: null,
    ...overrides,
  };
}

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

export function delivery(n: number, overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: deliveryId(n),
    kind: 'reminder',
    to: `client${n}@example.org`,
    subject: 'A reminder from Riverside Counseling',
    status: 'failed',
    attempts: 5,
    permanent: false,
    lastError: 'Connection to the mail server timed out',
    createdAt: '2026-07-01T08:00:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

export function deliveryHealth(overrides: Partial<DeliveryHealth> = {}): DeliveryHealth {
  return {
    queue: { state: 'up', driver: 'bullmq', waiting: 3, active: 1, delayed: null, failed: 2 },
    clinic: { pendingEvents: 0, pendingEmails: 4, failedEmails: 2, sentLast24h: 137 },
    schedulers: [
      {
        name: 'reminders',
        everySeconds: 300,
        lastStartedAt: minutesAgo(3),
        lastFinishedAt: minutesAgo(2),
        lastProcessed: 12,
        lastError: null,
      },
      {
        name: 'digest',
        everySeconds: 900,
        lastStartedAt: minutesAgo(10),
        lastFinishedAt: minutesAgo(10),
        lastProcessed: 3,
        lastError: 'The mail server refused the connection',
      },
      {
        name: 'rollups',
        everySeconds: 3600,
        lastStartedAt: null,
        lastFinishedAt: null,
        lastProcessed: null,
        lastError: null,
      },
    ],
    ...overrides,
  };
}
