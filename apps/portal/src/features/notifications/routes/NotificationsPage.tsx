import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '@interlude/api-client';
import type { Notification } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, NotificationListView, SubmitButton } from '@interlude/ui';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { formatMoment, formatTimeAgo } from '../../../lib/format';
import { termWord } from '../../homework/components/OutcomeScreens';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { NOTIFICATION_SETTINGS_PATH } from '../../session/session-paths';
import { notificationCount, portalLink } from '../notification-words';

/** `/notifications`: reminders and feedback news, newest first; opening one marks it read. */
export function NotificationsPage() {
  const session = usePortalSession();
  const { clinicId } = session;
  const home = useClientPortalHome(session).data;
  /** The client's time zone, for dates older than a week. */
  const timeZone = home?.client.timezone;
  const notifications = useNotifications(clinicId);
  const markOne = useMarkNotificationRead(clinicId);
  const markAll = useMarkAllNotificationsRead(clinicId);
  const [status, setStatus] = useState('');
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
    const result = await notifications.fetchNextPage();
    if (!result.isError) focusRow(`[data-row-index="${before}"]`);
  };

  // Following a link marks the notification read on the way. "Mark as read" (no link) keeps the client
  // here, with focus on the notification once its button has gone.
  const read = (notification: Notification) => {
    markAll.reset();
    markOne.mutate(notification.id, {
      onSuccess: () => {
        if (!portalLink(notification.link)) focusRow(`[data-notification-id="${notification.id}"]`);
      },
    });
  };

  const markAllRead = () => {
    if (nothingUnread || markAll.isPending) return;
    setStatus('');
    markOne.reset();
    markAll.mutate(undefined, { onSuccess: () => setStatus('All your notifications are marked as read.') });
  };

  let content: ReactNode;
  if (notifications.isPending) {
    content = <LoadingState label="Loading your notifications" lines={6} />;
  } else if (notifications.isError && items.length === 0) {
    content = (
      <ErrorState
        title="Could not load your notifications"
        description={describeFailure(notifications.error).detail}
        guidance="Check your connection, then try again. “Need help now?” above still works."
        onRetry={() => void notifications.refetch()}
        retrying={notifications.isFetching}
      />
    );
  } else if (items.length === 0) {
    content = (
      <EmptyState
        title="No notifications yet"
        description={`Reminders about your ${termWord(home)} will show up here, and so will a note when your clinician replies.`}
      />
    );
  } else {
    content = (
      <Stack gap="md" ref={listRef}>
        {/* For phones: each one with somewhere to go is one large link, easy to tap. */}
        <NotificationListView
          layout="touch"
          items={items}
          label="Notifications"
          linkComponent={Link}
          linkTo={(notification) => portalLink(notification.link)}
          onRead={read}
          markingId={markOne.isPending ? markOne.variables : undefined}
          timeAgo={(iso) => formatTimeAgo(iso, timeZone)}
          exactTime={(iso) => formatMoment(iso, timeZone)}
        />
        {notifications.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load older notifications. {describeFailure(notifications.error).detail}
          </Text>
        ) : null}
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            Showing {notificationCount(items.length)}
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
      </Stack>
    );
  }

  const hasList = !notifications.isPending && items.length > 0;

  return (
    <Stack gap="lg" maw={640}>
      <title>Notifications · Interlude</title>
      <Stack gap={4}>
        <Title order={1}>Notifications</Title>
        <Text c="dimmed">
          {hasList
            ? `${nothingUnread ? 'Nothing unread' : `${unreadCount} unread`}. Tap one to open what it is about.`
            : 'Reminders and news from your clinician, newest first.'}
        </Text>
      </Stack>
      <Group justify="space-between" gap="sm">
        {hasList ? (
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
        ) : null}
        <Anchor component={Link} to={NOTIFICATION_SETTINGS_PATH}>
          Notification settings
        </Anchor>
      </Group>
      <Text role="status" size="sm" c="dimmed" aria-live="polite">
        {status}
      </Text>
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
      <div aria-busy={(notifications.isFetching && !notifications.isFetchingNextPage) || undefined}>
        {content}
      </div>
    </Stack>
  );
}
