import type { Notification } from '@interlude/contracts';
import { SubmitButton } from '@interlude/ui';
import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { formatMoment, formatTimeAgo } from '../../../lib/format';
import { portalLink } from '../notification-words';

export interface NotificationListProps {
  notifications: Notification[];
  /** The client's time zone, for dates older than a week. */
  timeZone?: string;
  /** Marks one read: on following its link, or with "Mark as read" when it has none. */
  onRead: (notification: Notification) => void;
  /** The id whose "Mark as read" is being sent. */
  markingId?: string;
}

/**
 * Newest first. Each one with somewhere to go is one large link (easy to tap on a phone) that marks it
 * read on the way. An unread one says so in words ("Unread") as well as by weight and colour. Every row
 * has one element that can take focus (`data-row-focus`), so "Load more" can move focus to the first new one.
 */
export function NotificationList({ notifications, timeZone, onRead, markingId }: NotificationListProps) {
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Notifications">
      {notifications.map((notification, index) => {
        const unread = notification.readAt === null;
        const to = portalLink(notification.link);
        const content = (
          <NotificationContent notification={notification} unread={unread} timeZone={timeZone} />
        );
        return (
          <Paper
            key={notification.id}
            component="li"
            withBorder
            radius="md"
            data-row-index={index}
            data-notification-id={notification.id}
            data-unread={unread || undefined}
            bg={unread ? 'harbor.0' : undefined}
          >
            {to ? (
              <UnstyledButton
                component={Link}
                to={to}
                onClick={() => {
                  if (unread) onRead(notification);
                }}
                display="block"
                w="100%"
                p="md"
                data-row-focus
                style={{ borderRadius: 'inherit' }}
              >
                {content}
              </UnstyledButton>
            ) : (
              <Stack gap="sm" p="md">
                <div tabIndex={-1} data-row-focus style={{ outline: 'none' }}>
                  {content}
                </div>
                {unread ? (
                  <Group>
                    <SubmitButton
                      type="button"
                      variant="default"
                      size="compact-md"
                      busy={markingId === notification.id}
                      onClick={() => onRead(notification)}
                      aria-label={`Mark “${notification.title}” as read`}
                    >
                      Mark as read
                    </SubmitButton>
                  </Group>
                ) : null}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

function NotificationContent({
  notification,
  unread,
  timeZone,
}: {
  notification: Notification;
  unread: boolean;
  timeZone?: string;
}) {
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {unread ? (
          <Badge variant="filled" size="sm">
            Unread
          </Badge>
        ) : null}
        <Text component="span" fw={unread ? 700 : 500}>
          {notification.title}
        </Text>
      </Group>
      <Text size="sm">{notification.body}</Text>
      <Text size="sm" c="dimmed">
        <time dateTime={notification.createdAt} title={formatMoment(notification.createdAt, timeZone)}>
          {formatTimeAgo(notification.createdAt, timeZone)}
        </time>
      </Text>
    </Stack>
  );
}
