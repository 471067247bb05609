import {
  NOTIFICATIONS_PAGE_SIZE,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '@interlude/api-client';
import type { Notification } from '@interlude/contracts';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  NotificationListView,
  PageHeader,
  SubmitButton,
} from '@interlude/ui';
import { Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { formatTimeAgo } from '../../../lib/dates/relative-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { RISK_FILL } from '../../review/risk-color';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { inAppPath, isRiskAlert } from '../notification-words';

/** `/clinics/:clinicId/notifications` (every staff role): risk alerts, the morning summary, newest first. */
export function NotificationsPage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const notifications = useNotifications(clinicId);
  const markOne = useMarkNotificationRead(clinicId);
  const markAll = useMarkAllNotificationsRead(clinicId);
  const listRef = useRef<HTMLDivElement>(null);

  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = notifications.data?.pages[0]?.unreadCount ?? 0;
  const nothingUnread = unreadCount === 0;

  const focusRow = (selector: string) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`${selector} [data-row-focus]`)?.focus(),
    );

  const loadMore = async () => {
    const before = items.length;
    await notifications.fetchNextPage();
    focusRow(`[data-row-index="${before}"]`);
  };

  // Following a link marks the notification read on the way; "Mark as read" (no link) keeps the
  // person on the list, with focus on the notification it was for once its button has gone.
  const read = (notification: Notification) =>
    markOne.mutate(notification.id, {
      onSuccess: () => {
        if (!notification.link) focusRow(`[data-notification-id="${notification.id}"]`);
      },
    });

  const markAllRead = () => {
    if (nothingUnread) return;
    markAll.mutate(undefined, { onSuccess: () => notifySuccess('All notifications are marked as read.') });
  };

  let content: React.ReactNode;
  if (notifications.isPending) {
    content = <LoadingState label="Loading your notifications" lines={6} />;
  } else if (notifications.isError && items.length === 0) {
    content = (
      <ErrorState
        title="Could not load your notifications"
        description={describeFailure(notifications.error).detail}
        onRetry={() => void notifications.refetch()}
        retrying={notifications.isFetching}
      />
    );
  } else if (items.length === 0) {
    content = (
      <EmptyState title="Nothing new" description="Risk alerts and your morning summary appear here." />
    );
  } else {
    content = (
      <Stack gap="sm" ref={listRef}>
        {/* A risk alert has the calm orange edge of the review queue. */}
        <NotificationListView
          items={items}
          label="Notifications, newest first"
          linkComponent={Link}
          linkTo={(notification) => inAppPath(notification.link)}
          onRead={read}
          markingId={markOne.isPending ? markOne.variables : undefined}
          timeAgo={(iso) => formatTimeAgo(iso, timeZone)}
          exactTime={(iso) => formatDateTime(iso, timeZone)}
          accentColor={(notification) => (isRiskAlert(notification.kind) ? RISK_FILL : undefined)}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {items.length} {items.length === 1 ? 'notification' : 'notifications'}
            {notifications.hasNextPage ? `; older ones load ${NOTIFICATIONS_PAGE_SIZE} at a time` : ''}
          </Text>
          {notifications.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void loadMore()}
              busy={notifications.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {notifications.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load older notifications. {describeFailure(notifications.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  const hasList = !notifications.isPending && items.length > 0;

  return (
    <Stack gap="lg" maw={860}>
      <title>Notifications · Interlude</title>
      <PageHeader
        title="Notifications"
        description={
          hasList
            ? `${unreadCount === 0 ? 'Nothing unread' : `${unreadCount} unread`}. Open one to go to what it is about.`
            : 'Risk alerts from your caseload and your morning summary, newest first.'
        }
        action={
          hasList ? (
            // Stays focusable once everything is read (aria-disabled), so focus is not lost from it.
            <SubmitButton
              type="button"
              variant="default"
              busy={markAll.isPending}
              aria-disabled={nothingUnread || markAll.isPending || undefined}
              data-disabled={nothingUnread || undefined}
              onClick={markAllRead}
            >
              Mark all as read
            </SubmitButton>
          ) : null
        }
      />
      {markAll.isError ? (
        <Text c="red.9" size="sm" role="alert">
          Could not mark your notifications as read. {describeFailure(markAll.error).detail}
        </Text>
      ) : null}
      {markOne.isError ? (
        <Text c="red.9" size="sm" role="alert">
          Could not mark that notification as read. {describeFailure(markOne.error).detail}
        </Text>
      ) : null}
      <div aria-busy={notifications.isFetching && !notifications.isFetchingNextPage}>{content}</div>
    </Stack>
  );
}
