import {
  type Delivery,
  type DeliveryHealth,
  DeliveryHealthSchema,
  type DeliveryList,
  type DeliveryListQuery,
  DeliveryListSchema,
  DeliverySchema,
  type NotificationList,
  type NotificationListQuery,
  NotificationListSchema,
  type NotificationSettings,
  NotificationSettingsSchema,
  type UnreadCount,
  UnreadCountSchema,
  type UnsubscribeResult,
  UnsubscribeResultSchema,
} from '@interlude/contracts';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';

/** In-app notifications (staff and clients alike), the client's email choice, and the admin's delivery screen. */
export interface NotificationsApi {
  /** `GET …/notifications`: newest first, with the unread count. */
  listNotifications(
    clinicId: string,
    query: Partial<NotificationListQuery>,
    signal?: AbortSignal,
  ): Promise<NotificationList>;
  /** `POST …/notifications/{id}/read`. */
  markNotificationRead(clinicId: string, notificationId: string): Promise<UnreadCount>;
  /** `POST …/notifications/read-all`. */
  markAllNotificationsRead(clinicId: string): Promise<UnreadCount>;
  /** `GET …/me/notification-settings` (client portal). */
  getNotificationSettings(clinicId: string, signal?: AbortSignal): Promise<NotificationSettings>;
  /** `PUT …/me/notification-settings` (client portal). */
  updateNotificationSettings(clinicId: string, body: NotificationSettings): Promise<NotificationSettings>;
  /** `POST /v1/reminders/unsubscribe`: the link in a reminder email, no session needed. */
  unsubscribeFromReminders(token: string): Promise<UnsubscribeResult>;
  /** `GET …/deliveries?status=` (admin). */
  listDeliveries(
    clinicId: string,
    query: Partial<DeliveryListQuery>,
    signal?: AbortSignal,
  ): Promise<DeliveryList>;
  /** `POST …/deliveries/{id}/retry` (admin). */
  retryDelivery(clinicId: string, deliveryId: string): Promise<Delivery>;
  /** `GET …/deliveries/health` (admin): queue depth, this clinic's email and the schedulers' last runs. */
  getDeliveryHealth(clinicId: string, signal?: AbortSignal): Promise<DeliveryHealth>;
}

export function createNotificationsApi(http: HttpTransport): NotificationsApi {
  const at = (clinicId: string, path: string) => `${clinicPath(clinicId)}/${path}`;
  const id = encodeURIComponent;
  return {
    listNotifications: (clinicId, query, signal) =>
      http.json(NotificationListSchema, at(clinicId, 'notifications'), { query: { ...query }, signal }),
    markNotificationRead: (clinicId, notificationId) =>
      http.json(UnreadCountSchema, at(clinicId, `notifications/${id(notificationId)}/read`), {
        method: 'POST',
      }),
    markAllNotificationsRead: (clinicId) =>
      http.json(UnreadCountSchema, at(clinicId, 'notifications/read-all'), { method: 'POST' }),
    getNotificationSettings: (clinicId, signal) =>
      http.json(NotificationSettingsSchema, at(clinicId, 'me/notification-settings'), { signal }),
    updateNotificationSettings: (clinicId, body) =>
      http.json(NotificationSettingsSchema, at(clinicId, 'me/notification-settings'), {
        method: 'PUT',
        json: body,
      }),
    unsubscribeFromReminders: (token) =>
      http.json(UnsubscribeResultSchema, '/v1/reminders/unsubscribe', { method: 'POST', json: { token } }),
    listDeliveries: (clinicId, query, signal) =>
      http.json(DeliveryListSchema, at(clinicId, 'deliveries'), { query: { ...query }, signal }),
    retryDelivery: (clinicId, deliveryId) =>
      http.json(DeliverySchema, at(clinicId, `deliveries/${id(deliveryId)}/retry`), { method: 'POST' }),
    getDeliveryHealth: (clinicId, signal) =>
      http.json(DeliveryHealthSchema, at(clinicId, 'deliveries/health'), { signal }),
  };
}
