import { useUnreadNotificationCount } from '@interlude/api-client';
import { NotificationBellLink } from '@interlude/ui';
import { Link, useMatch } from 'react-router';
import { NOTIFICATIONS_PATH } from '../../session/session-paths';

/**
 * In the portal's header on every screen: the way to the notifications page, with the unread count
 * (asked again every minute). The count is in the link's name ("Notifications, 2 unread"); the badge only
 * shows it. While the count is loading, or cannot be fetched (offline), the bell is there without a number.
 * The larger size is a 40 px target, for phones.
 */
export function NotificationBell({ clinicId }: { clinicId: string }) {
  const unread = useUnreadNotificationCount(clinicId);
  const current = useMatch(NOTIFICATIONS_PATH) !== null;

  return (
    <NotificationBellLink
      linkComponent={Link}
      to={NOTIFICATIONS_PATH}
      count={unread.data}
      current={current}
      size="lg"
    />
  );
}
