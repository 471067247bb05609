import { z } from 'zod';
import { pageOf } from './pagination.schema';

/**
 * What a notification is about. Clients get homework reminders and feedback; staff get risk alerts
 * and the morning digest. The words are written by the API from the kind and a few numbers, so no
 * clinical text is stored with a notification.
 */
export const NotificationKindSchema = z.enum([
  'homework.due_soon',
  'homework.overdue',
  'feedback.received',
  'risk_alert.created',
  'digest.morning',
]);

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** Where to go, as a path inside the app that shows the notification (staff app or portal). */
  link: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});

export const NotificationListSchema = pageOf(NotificationSchema).extend({
  unreadCount: z.number().int().min(0),
});

export const NotificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional(),
  unread: z.enum(['true', 'false']).optional(),
});

export const UnreadCountSchema = z.object({ unreadCount: z.number().int().min(0) });

/** The client's own choice in the portal; in-app notifications are always on. */
export const NotificationSettingsSchema = z.object({ emailReminders: z.boolean() });
export const UpdateNotificationSettingsSchema = z.strictObject({ emailReminders: z.boolean() });

/** The token from the link in every reminder email; it names no one and expires never (it only turns email off). */
export const UnsubscribeRequestSchema = z.strictObject({
  token: z.string().min(20, 'The link is incomplete').max(400),
});
export const UnsubscribeResultSchema = z.object({ clinicName: z.string(), emailReminders: z.literal(false) });

export const DeliveryStatusSchema = z.enum(['pending', 'sent', 'failed']);
export const DeliveryKindSchema = z.enum([
  'invitation',
  'password_reset',
  'account',
  'reminder',
  'risk_alert',
  'digest',
]);

/** One email on its way, for the admin's delivery screen. No message body: subjects carry no clinical data. */
export const DeliverySchema = z.object({
  id: z.uuid(),
  kind: DeliveryKindSchema,
  to: z.string(),
  subject: z.string(),
  status: DeliveryStatusSchema,
  attempts: z.number().int(),
  /** A permanent failure (a refused address, a bad message) is not retried until an admin asks. */
  permanent: z.boolean(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
});

export const DeliveryListSchema = pageOf(DeliverySchema);
export const DeliveryListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(200).optional(),
  status: DeliveryStatusSchema.default('failed'),
});

export const SchedulerNameSchema = z.enum(['reminders', 'digest', 'rollups']);

export const SchedulerRunSchema = z.object({
  name: SchedulerNameSchema,
  /** How often it runs, in seconds. */
  everySeconds: z.number().int(),
  lastStartedAt: z.iso.datetime({ offset: true }).nullable(),
  lastFinishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** What the last run handled (reminders created, digests sent, clinics caught up). */
  lastProcessed: z.number().int().nullable(),
  lastError: z.string().nullable(),
});

/** Queue depth across the service (counts only), this clinic's pending and failed email, and the schedulers. */
export const DeliveryHealthSchema = z.object({
  queue: z.object({
    state: z.enum(['up', 'down']),
    driver: z.enum(['bullmq', 'inline']),
    waiting: z.number().int().nullable(),
    active: z.number().int().nullable(),
    delayed: z.number().int().nullable(),
    failed: z.number().int().nullable(),
  }),
  clinic: z.object({
    pendingEvents: z.number().int(),
    pendingEmails: z.number().int(),
    failedEmails: z.number().int(),
    sentLast24h: z.number().int(),
  }),
  schedulers: z.array(SchedulerRunSchema),
});

export type NotificationKind = z.infer<typeof NotificationKindSchema>;
export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;
export type UnreadCount = z.infer<typeof UnreadCountSchema>;
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;
export type UpdateNotificationSettings = z.infer<typeof UpdateNotificationSettingsSchema>;
export type UnsubscribeRequest = z.infer<typeof UnsubscribeRequestSchema>;
export type UnsubscribeResult = z.infer<typeof UnsubscribeResultSchema>;
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;
export type DeliveryKind = z.infer<typeof DeliveryKindSchema>;
export type Delivery = z.infer<typeof DeliverySchema>;
export type DeliveryList = z.infer<typeof DeliveryListSchema>;
export type DeliveryListQuery = z.infer<typeof DeliveryListQuerySchema>;
export type SchedulerName = z.infer<typeof SchedulerNameSchema>;
export type SchedulerRun = z.infer<typeof SchedulerRunSchema>;
export type DeliveryHealth = z.infer<typeof DeliveryHealthSchema>;
