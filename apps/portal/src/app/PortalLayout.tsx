import { AppShellLayout } from '@interlude/ui';
import { Button, Divider, Stack } from '@mantine/core';
import { Outlet } from 'react-router';
import { SignedInHelpButton } from '../features/crisis-help/components/HelpButtons';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { useClientPortalHome, usePersistPortalHome } from '../features/offline/use-client-portal-home';
import { usePortalSession } from '../features/session/portal-session';
import {
  ABOUT_PATH,
  HOME_PATH,
  HOMEWORK_PATH,
  NOTIFICATION_SETTINGS_PATH,
  NOTIFICATIONS_PATH,
  PROGRESS_PATH,
  SAFETY_PLAN_PATH,
} from '../features/session/session-paths';
import { useSignOutAndLeave } from '../features/session/use-sign-out-and-leave';
import { AppNavLink } from './AppNavLink';

/**
 * The signed-in portal: navigation, the clinic's name, and in the header the notification bell (with the
 * unread count) and "Need help now?".
 */
export function PortalLayout() {
  const session = usePortalSession();
  const { signOut, isPending } = useSignOutAndLeave();
  usePersistPortalHome(session);
  const term = useClientPortalHome(session).data?.clinic.homeworkTerm ?? 'homework';

  return (
    <AppShellLayout
      clinicName={session.clinicName}
      navigation={
        <Stack gap={4}>
          <AppNavLink to={HOME_PATH} label="Home" />
          <AppNavLink to={HOMEWORK_PATH} label={`My ${term}`} />
          <AppNavLink to={PROGRESS_PATH} label="My progress" />
          <AppNavLink to={SAFETY_PLAN_PATH} label="My safety plan" />
          <AppNavLink to={NOTIFICATIONS_PATH} label="Notifications" />
          <AppNavLink to={NOTIFICATION_SETTINGS_PATH} label="Settings" />
          <AppNavLink to={ABOUT_PATH} label="About" />
          <Divider my="sm" />
          <Button variant="subtle" justify="flex-start" onClick={signOut} loading={isPending}>
            Sign out
          </Button>
        </Stack>
      }
      headerActions={
        <>
          <NotificationBell clinicId={session.clinicId} />
          <SignedInHelpButton session={session} />
        </>
      }
    >
      <Outlet />
    </AppShellLayout>
  );
}
