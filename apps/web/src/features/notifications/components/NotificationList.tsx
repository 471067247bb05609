import type { Notification } from '@interlude/contracts';
import { SubmitButton } from '@interlude/ui';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { formatTimeAgo } from '../../../lib/dates/relative-time';
import { RISK_FILL } from '../../review/risk-color';
import { inAppPath, isRiskAlert } from '../notification-words';

export interface NotificationListProps {
  notifications: Notification[];
  timeZone: string;
  /** Marks one read: on following its link, or with "Mark as read" when it has none. */
  onRead: (notification: Notification) => void;
  /** The id whose "Mark as read" is being sent. */
  markingId?: string;
}

/**
 * Newest first. An unread one says so in words ("Unread") as well as in weight; a risk alert has the
 * calm orange edge of the review queue. Each title can take focus, so "Load more" can move focus to the
 * first new one.
 */
export function NotificationList({ notifications, timeZone, onRead, markingId }: NotificationListProps) {
  return (
    <Stack
      component="ul"
      gap="sm"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Notifications, newest first"
    >
      {notifications.map((notification, index) => {
        const unread = notification.readAt === null;
        const to = inAppPath(notification.link);
        const risk = isRiskAlert(notification.kind);
        const read = () => {
          if (unread) onRead(notification);
        };
        return (
          <Paper
            key={notification.id}
            component="li"
            withBorder
            p="md"
            data-row-index={index}
            data-notification-id={notification.id}
            data-unread={unread || undefined}
            bg={unread ? 'harbor.0' : undefined}
            style={risk ? { borderLeft: `4px solid ${RISK_FILL}` } : undefined}
          >
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Group gap="xs" wrap="wrap">
                  {unread ? (
                    <Badge variant="filled" size="sm">
                      Unread
                    </Badge>
                  ) : null}
                  {to ? (
                    <Anchor component={Link} to={to} onClick={read} fw={unread ? 700 : 500} data-row-focus>
                      {notification.title}
                    </Anchor>
                  ) : (
                    <Text fw={unread ? 700 : 500} tabIndex={-1} data-row-focus>
                      {notification.title}
                    </Text>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  <time
                    dateTime={notification.createdAt}
                    title={formatDateTime(notification.createdAt, timeZone)}
                  >
                    {formatTimeAgo(notification.createdAt, timeZone)}
                  </time>
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {notification.body}
              </Text>
              {unread && !to ? (
                <Group>
                  <SubmitButton
                    type="button"
                    variant="subtle"
                    size="compact-sm"
                    busy={markingId === notification.id}
                    onClick={read}
                    aria-label={`Mark “${notification.title}” as read`}
                  >
                    Mark as read
                  </SubmitButton>
                </Group>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
