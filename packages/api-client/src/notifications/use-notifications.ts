import type {
  DeliveryListQuery,
  NotificationList,
  NotificationSettings,
  UnreadCount,
} from '@interlude/contracts';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { nextPageCursor } from '../pagination';
import { clinicScopedKeys } from '../query-keys';

export const notificationKeys = {
  ...clinicScopedKeys('notifications'),
  unread: (clinicId: string) => [clinicId, 'notifications', 'unread'] as const,
  settings: (clinicId: string) => [clinicId, 'notifications', 'settings'] as const,
};
export const deliveryKeys = {
  ...clinicScopedKeys('deliveries'),
  health: (clinicId: string) => [clinicId, 'deliveries', 'health'] as const,
};

/** How often the bell asks again while the app is open. */
export const NOTIFICATIONS_REFETCH_INTERVAL_MS = 60_000;
export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationsQueryOptions = (client: ApiClient, clinicId: string, unreadOnly = false) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(clinicId, { unreadOnly }),
    queryFn: ({ pageParam, signal }) =>
      client.listNotifications(
        clinicId,
        {
          limit: NOTIFICATIONS_PAGE_SIZE,
          cursor: pageParam,
          ...(unreadOnly ? { unread: 'true' as const } : {}),
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

/** Every notification for the signed-in person in this clinic, page by page. */
export function useNotifications(clinicId: string, unreadOnly = false) {
  return useInfiniteQuery(notificationsQueryOptions(useApiClient(), clinicId, unreadOnly));
}

/** The unread count for the bell: the first page of one, polled. */
export function useUnreadNotificationCount(clinicId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.unread(clinicId),
    queryFn: ({ signal }) => client.listNotifications(clinicId, { limit: 1 }, signal),
    select: (list: NotificationList) => list.unreadCount,
    refetchInterval: NOTIFICATIONS_REFETCH_INTERVAL_MS,
  });
}

function useSettleUnread(clinicId: string) {
  const queryClient = useQueryClient();
  return (result: UnreadCount) => {
    queryClient.setQueryData<NotificationList>(notificationKeys.unread(clinicId), (old) =>
      old ? { ...old, unreadCount: result.unreadCount } : old,
    );
    return queryClient.invalidateQueries({ queryKey: notificationKeys.all(clinicId) });
  };
}

export function useMarkNotificationRead(clinicId: string) {
  const client = useApiClient();
  const settle = useSettleUnread(clinicId);
  return useMutation({
    mutationFn: (notificationId: string) => client.markNotificationRead(clinicId, notificationId),
    onSuccess: settle,
  });
}

export function useMarkAllNotificationsRead(clinicId: string) {
  const client = useApiClient();
  const settle = useSettleUnread(clinicId);
  return useMutation({
    mutationFn: () => client.markAllNotificationsRead(clinicId),
    onSuccess: settle,
  });
}

export function useNotificationSettings(clinicId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.settings(clinicId),
    queryFn: ({ signal }) => client.getNotificationSettings(clinicId, signal),
  });
}

/** Saves the client's email choice, showing it at once and putting it back if the save fails. */
export function useUpdateNotificationSettings(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = notificationKeys.settings(clinicId);
  return useMutation({
    mutationFn: (body: NotificationSettings) => client.updateNotificationSettings(clinicId, body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationSettings>(key);
      queryClient.setQueryData(key, body);
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}

/** The one-click link from a reminder email. */
export function useUnsubscribeFromReminders() {
  const client = useApiClient();
  return useMutation({ mutationFn: (token: string) => client.unsubscribeFromReminders(token) });
}

export const DELIVERY_HEALTH_REFETCH_INTERVAL_MS = 15_000;

export const deliveriesQueryOptions = (
  client: ApiClient,
  clinicId: string,
  query: Partial<DeliveryListQuery>,
) =>
  infiniteQueryOptions({
    queryKey: deliveryKeys.list(clinicId, query),
    queryFn: ({ pageParam, signal }) =>
      client.listDeliveries(clinicId, { ...query, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

/** The admin's list of email deliveries in one status (failed by default). */
export function useDeliveries(clinicId: string, query: Partial<DeliveryListQuery> = {}) {
  return useInfiniteQuery(deliveriesQueryOptions(useApiClient(), clinicId, query));
}

export function useDeliveryHealth(clinicId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: deliveryKeys.health(clinicId),
    queryFn: ({ signal }) => client.getDeliveryHealth(clinicId, signal),
    refetchInterval: DELIVERY_HEALTH_REFETCH_INTERVAL_MS,
  });
}

export function useRetryDelivery(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => client.retryDelivery(clinicId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveryKeys.all(clinicId) }),
  });
}
