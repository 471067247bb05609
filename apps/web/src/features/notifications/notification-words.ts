import type { NotificationKind } from '@interlude/contracts';

/** The bell's accessible name: the count in words, so a screen reader says it without seeing the badge. */
export function bellLabel(unreadCount: number | undefined): string {
  if (unreadCount === undefined) return 'Notifications';
  if (unreadCount === 0) return 'Notifications, none unread';
  return `Notifications, ${unreadCount} unread`;
}

/** The badge on the bell: short enough for the corner of an icon. */
export const badgeCount = (unreadCount: number): string => (unreadCount > 99 ? '99+' : String(unreadCount));

/**
 * Where a notification leads, if it is a path inside this app (`/clinics/…`). Anything else — another
 * origin, `//host`, `/\host` — is not followed: the notification is then shown without a link.
 */
export function inAppPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

/** Risk alerts stand out (calmly); everything else looks alike. */
export const isRiskAlert = (kind: NotificationKind): boolean => kind === 'risk_alert.created';
