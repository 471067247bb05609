import { Anchor, Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { SubmitButton } from '../forms/SubmitButton';
import type { RouterLinkComponent } from '../routing/router-link';

/** What the list shows of a notification; the API's `Notification` fits as it is. */
export interface NotificationListViewItem {
  id: string;
  title: string;
  body: string;
  /** ISO instant. */
  createdAt: string;
  /** ISO instant, or null while unread. */
  readAt: string | null;
}

export interface NotificationListWords {
  /** Said in words as well as by weight and colour. */
  unread: string;
  markAsRead: string;
  /** The "Mark as read" button's name, saying which one. */
  markAsReadLabel: (title: string) => string;
}

const WORDS: NotificationListWords = {
  unread: 'Unread',
  markAsRead: 'Mark as read',
  markAsReadLabel: (title) => `Mark “${title}” as read`,
};

export interface NotificationListViewProps<T extends NotificationListViewItem> {
  items: T[];
  /** The list's accessible name, in the app's words (e.g. "Notifications, newest first"). */
  label: string;
  /** The app's router link (react-router's `Link`). */
  linkComponent: RouterLinkComponent;
  /** Where one leads, as a path inside the app; null when it leads nowhere (it gets "Mark as read"). */
  linkTo: (item: T) => string | null;
  /** Marks an unread one read: on following its link, or with "Mark as read" when it has none. */
  onRead: (item: T) => void;
  /** The id whose "Mark as read" is being sent. */
  markingId?: string;
  /** "5 minutes ago". */
  timeAgo: (iso: string) => string;
  /** The full date and time, shown on hover. */
  exactTime: (iso: string) => string;
  /** A colour for the left edge of the ones that should stand out (calmly), e.g. risk alerts. */
  accentColor?: (item: T) => string | undefined;
  /**
   * `compact` (desktop): the title is the link, the time beside it. `touch` (phones): the whole notification
   * is one large link, easy to tap, with the time under it.
   */
  layout?: 'compact' | 'touch';
  words?: Partial<NotificationListWords>;
}

/**
 * Notifications in the order given (newest first). Every row has one element that can take focus
 * (`data-row-focus`) and says where it is (`data-row-index`, `data-notification-id`), so a page can move
 * focus to the first of a newly loaded page, or back to a row whose "Mark as read" has gone.
 */
export function NotificationListView<T extends NotificationListViewItem>({
  items,
  label,
  linkComponent,
  linkTo,
  onRead,
  markingId,
  timeAgo,
  exactTime,
  accentColor,
  layout = 'compact',
  words,
}: NotificationListViewProps<T>) {
  const w = { ...WORDS, ...words };
  const touch = layout === 'touch';

  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item, index) => {
        const unread = item.readAt === null;
        const to = linkTo(item);
        const accent = accentColor?.(item);
        const read = () => {
          if (unread) onRead(item);
        };
        const fw = unread ? 700 : 500;
        const unreadBadge = unread ? (
          <Badge variant="filled" size="sm">
            {w.unread}
          </Badge>
        ) : null;
        const time = (
          <Text size="sm" c="dimmed">
            <time dateTime={item.createdAt} title={exactTime(item.createdAt)}>
              {timeAgo(item.createdAt)}
            </time>
          </Text>
        );
        const body = (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.body}
          </Text>
        );
        const markAsRead =
          unread && !to ? (
            <Group>
              <SubmitButton
                type="button"
                variant={touch ? 'default' : 'subtle'}
                size={touch ? 'compact-md' : 'compact-sm'}
                busy={markingId === item.id}
                onClick={read}
                aria-label={w.markAsReadLabel(item.title)}
              >
                {w.markAsRead}
              </SubmitButton>
            </Group>
          ) : null;

        let content: ReactNode;
        if (!touch) {
          content = (
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Group gap="xs" wrap="wrap">
                  {unreadBadge}
                  {to ? (
                    <Anchor component={linkComponent} to={to} onClick={read} fw={fw} data-row-focus>
                      {item.title}
                    </Anchor>
                  ) : (
                    <Text fw={fw} tabIndex={-1} data-row-focus>
                      {item.title}
                    </Text>
                  )}
                </Group>
                {time}
              </Group>
              {body}
              {markAsRead}
            </Stack>
          );
        } else {
          const summary = (
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                {unreadBadge}
                <Text component="span" fw={fw}>
                  {item.title}
                </Text>
              </Group>
              {body}
              {time}
            </Stack>
          );
          content = to ? (
            <UnstyledButton
              component={linkComponent}
              to={to}
              onClick={read}
              display="block"
              w="100%"
              p="md"
              data-row-focus
              style={{ borderRadius: 'inherit' }}
            >
              {summary}
            </UnstyledButton>
          ) : (
            <Stack gap="sm" p="md">
              <div tabIndex={-1} data-row-focus style={{ outline: 'none' }}>
                {summary}
              </div>
              {markAsRead}
            </Stack>
          );
        }

        return (
          <Paper
            key={item.id}
            component="li"
            withBorder
            p={touch ? undefined : 'md'}
            data-row-index={index}
            data-notification-id={item.id}
            data-unread={unread || undefined}
            bg={unread ? 'harbor.0' : undefined}
            style={accent ? { borderLeft: `4px solid ${accent}` } : undefined}
          >
            {content}
          </Paper>
        );
      })}
    </Stack>
  );
}
