import { useUnreadNotificationCount } from '@interlude/api-client';
import { ActionIcon, Badge, Box } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { clinicPath } from '../../session/session-paths';
import { badgeCount, bellLabel } from '../notification-words';

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3H4a4 4 0 0 0 2-3v-3a7 7 0 0 1 4-6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

export interface NotificationBellProps {
  clinicId: string;
}

/**
 * The header's way to the notifications page, with the unread count (asked again every minute). The
 * count is in the link's name ("Notifications, 3 unread"); the badge only shows it. While the count is
 * loading or could not be fetched, the bell is still there, without a number.
 */
export function NotificationBell({ clinicId }: NotificationBellProps) {
  const unread = useUnreadNotificationCount(clinicId);
  const to = clinicPath(clinicId, 'notifications');
  const current = useMatch(to) !== null;
  const count = unread.data;

  return (
    <Box pos="relative">
      <ActionIcon
        component={Link}
        to={to}
        variant={current ? 'light' : 'subtle'}
        color="dark"
        size="lg"
        radius="xl"
        aria-label={bellLabel(count)}
        aria-current={current ? 'page' : undefined}
      >
        <BellIcon />
      </ActionIcon>
      {count ? (
        <Badge
          aria-hidden="true"
          size="xs"
          variant="filled"
          circle={count < 10}
          pos="absolute"
          top={-4}
          right={-6}
          style={{ pointerEvents: 'none' }}
        >
          {badgeCount(count)}
        </Badge>
      ) : null}
    </Box>
  );
}
