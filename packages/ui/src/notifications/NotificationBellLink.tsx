import { ActionIcon, Badge, Box } from '@mantine/core';
import type { RouterLinkComponent } from '../routing/router-link';

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

/**
 * The bell's accessible name: the count in words, so a screen reader says it without seeing the badge.
 * While the count is unknown (loading, offline), just the name.
 */
export function unreadNotificationsLabel(unreadCount: number | undefined): string {
  if (unreadCount === undefined) return 'Notifications';
  if (unreadCount === 0) return 'Notifications, none unread';
  return `Notifications, ${unreadCount} unread`;
}

/** The badge on the bell: short enough for the corner of an icon. */
export const badgeCount = (unreadCount: number): string => (unreadCount > 99 ? '99+' : String(unreadCount));

/** `md` for a desktop header; `lg` is a 40 px target for phones, with a larger badge. */
const SIZES = {
  md: { icon: 'lg', badge: 'xs', top: -4, right: -6 },
  lg: { icon: 40, badge: 'sm', top: 0, right: -2 },
} as const;

export interface NotificationBellLinkProps {
  /** The app's router link (react-router's `Link`). */
  linkComponent: RouterLinkComponent;
  /** The notifications page. */
  to: string;
  /** Unread notifications; undefined while unknown (loading, offline): then no badge. */
  count: number | undefined;
  /**
   * The link's accessible name, with the count in words: the badge only shows it. By default
   * "Notifications, 3 unread", "Notifications, none unread", or "Notifications" while the count is unknown.
   */
  label?: string;
  /** True on the notifications page itself. */
  current?: boolean;
  size?: keyof typeof SIZES;
}

/** A header's way to the notifications page: a bell with a badge of the unread count (none at 0). */
export function NotificationBellLink({
  linkComponent,
  to,
  count,
  label = unreadNotificationsLabel(count),
  current = false,
  size = 'md',
}: NotificationBellLinkProps) {
  const sized = SIZES[size];
  return (
    <Box pos="relative">
      <ActionIcon
        component={linkComponent}
        to={to}
        variant={current ? 'light' : 'subtle'}
        color="dark"
        size={sized.icon}
        radius="xl"
        aria-label={label}
        aria-current={current ? 'page' : undefined}
      >
        <BellIcon />
      </ActionIcon>
      {count ? (
        <Badge
          aria-hidden="true"
          size={sized.badge}
          variant="filled"
          circle={count < 10}
          pos="absolute"
          top={sized.top}
          right={sized.right}
          style={{ pointerEvents: 'none' }}
        >
          {badgeCount(count)}
        </Badge>
      ) : null}
    </Box>
  );
}
