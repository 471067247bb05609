import { useMe, useServiceMode } from '@interlude/api-client';
import type { Role } from '@interlude/contracts';
import { AppShellLayout } from '@interlude/ui';
import { Button } from '@mantine/core';
import { Link, Outlet, useParams } from 'react-router';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { activeStaffMemberships } from '../features/session/session-paths';
import { AccountMenu } from './AccountMenu';
import { MainNavigation } from './MainNavigation';

export interface CurrentClinicSummary {
  clinicId: string;
  clinicName: string;
  roles: Role[];
}

/**
 * The shell of every page after sign-in (and of the status, mailbox and not-found pages): the clinic's
 * name, the notification bell (inside a clinic), the person's menu, and navigation that follows their
 * roles in the clinic of the URL.
 */
export function AppLayout() {
  const { clinicId } = useParams();
  const me = useMe().data ?? null;
  const demo = useServiceMode().data === 'demo';

  const clinics = me ? activeStaffMemberships(me) : [];
  const membership = clinicId ? clinics.find((m) => m.clinicId === clinicId) : undefined;
  const clinic = membership
    ? { clinicId: membership.clinicId, clinicName: membership.clinicName, roles: membership.roles }
    : null;

  return (
    <AppShellLayout
      clinicName={clinic?.clinicName}
      navigation={<MainNavigation me={me} clinic={clinic} demo={demo} />}
      headerActions={
        me ? (
          <>
            {clinic ? <NotificationBell clinicId={clinic.clinicId} /> : null}
            <AccountMenu me={me} canSwitchClinic={clinics.length > 1} />
          </>
        ) : (
          <Button component={Link} to="/sign-in" variant="default">
            Sign in
          </Button>
        )
      }
    >
      <Outlet />
    </AppShellLayout>
  );
}
