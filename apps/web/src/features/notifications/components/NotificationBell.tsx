import { useUnreadNotificationCount } from '@interlude/api-client';
import { NotificationBellLink } from '@interlude/ui';
import { Link, useMatch } from 'react-router';
import { clinicPath } from '../../session/session-paths';

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

  return <NotificationBellLink linkComponent={Link} to={to} count={unread.data} current={current} />;
}
