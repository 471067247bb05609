import type { Me } from '@interlude/contracts';
import { Divider, Text } from '@mantine/core';
import { activeStaffMemberships, clinicPath } from '../features/session/session-paths';
import type { CurrentClinicSummary } from './AppLayout';
import { AppNavLink } from './AppNavLink';

export interface MainNavigationProps {
  me: Me | null;
  clinic: CurrentClinicSummary | null;
  demo: boolean;
}

/** Only what the person's roles in this clinic allow; the API refuses the rest anyway. */
export function MainNavigation({ me, clinic, demo }: MainNavigationProps) {
  const isAdmin = clinic?.roles.includes('admin') ?? false;
  const isClinician = clinic?.roles.includes('clinician') ?? false;
  const isManager = clinic?.roles.includes('manager') ?? false;

  const demoLink = demo ? <AppNavLink to="/demo/mailbox" label="Demo mailbox" matchDescendants /> : null;

  if (!me) {
    return (
      <>
        <AppNavLink to="/sign-in" label="Sign in" />
        <AppNavLink to="/status" label="System status" />
        {demoLink}
      </>
    );
  }

  if (!clinic) {
    return (
      <>
        {activeStaffMemberships(me).map((membership) => (
          <AppNavLink
            key={membership.clinicId}
            to={clinicPath(membership.clinicId)}
            label={membership.clinicName}
          />
        ))}
        <AppNavLink to="/account" label="My account" />
        <AppNavLink to="/status" label="System status" />
        {demoLink}
      </>
    );
  }

  return (
    <>
      <AppNavLink to={clinicPath(clinic.clinicId)} label="Home" />
      {isAdmin || isClinician ? (
        <>
          <AppNavLink
            to={clinicPath(clinic.clinicId, 'clients')}
            label={isAdmin ? 'Clients' : 'My caseload'}
            matchDescendants
          />
          <AppNavLink to={clinicPath(clinic.clinicId, 'review')} label="Review" />
          <AppNavLink to={clinicPath(clinic.clinicId, 'prep-tasks')} label="Prep tasks" />
          <AppNavLink to={clinicPath(clinic.clinicId, 'templates')} label="Library" matchDescendants />
          <AppNavLink to={clinicPath(clinic.clinicId, 'programs')} label="Programs" matchDescendants />
        </>
      ) : null}
      {isAdmin || isClinician || isManager ? (
        <AppNavLink to={clinicPath(clinic.clinicId, 'reports')} label="Reports" />
      ) : null}
      {isAdmin ? (
        <>
          <Divider my="xs" />
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pb={4}>
            Administration
          </Text>
          <AppNavLink to={clinicPath(clinic.clinicId, 'staff')} label="Staff" />
          <AppNavLink to={clinicPath(clinic.clinicId, 'settings')} label="Clinic settings" />
          <AppNavLink to={clinicPath(clinic.clinicId, 'audit')} label="Audit log" />
          <AppNavLink to={clinicPath(clinic.clinicId, 'deliveries')} label="Email delivery" />
          <AppNavLink to="/status" label="System status" />
        </>
      ) : null}
      {demoLink ? (
        <>
          <Divider my="xs" />
          {demoLink}
        </>
      ) : null}
    </>
  );
}
