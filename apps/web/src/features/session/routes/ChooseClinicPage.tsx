import { useMe } from '@interlude/api-client';
import { EmptyState, PageHeader } from '@interlude/ui';
import { Button, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { describeRoles } from '../../../lib/roles';
import { useSignOutAndLeave } from '../api/useSignOutAndLeave';
import { activeStaffMemberships, clinicPath } from '../session-paths';
import classes from './ChooseClinicPage.module.css';

/** `/clinics`: for staff of several clinics, which one to work in now; the choice lives in the URL. */
export function ChooseClinicPage() {
  const me = useMe().data;
  const { signOut, isPending } = useSignOutAndLeave();
  if (!me) return null;
  const clinics = activeStaffMemberships(me);

  if (clinics.length === 1) return <Navigate to={clinicPath(clinics[0].clinicId)} replace />;

  return (
    <Stack gap="lg" maw={640}>
      <title>Choose a clinic · Interlude</title>
      {clinics.length === 0 ? (
        <>
          <PageHeader title="No clinic to open" />
          <EmptyState
            title="Your account has no active staff access"
            description="A clinic may have turned your access off. If you think this is a mistake, contact the clinic’s administrator."
            action={
              <Button variant="default" onClick={signOut} loading={isPending}>
                Sign out
              </Button>
            }
          />
        </>
      ) : (
        <>
          <PageHeader
            title="Choose a clinic"
            description="You work in more than one clinic. Which one now?"
          />
          <ul className={classes.list}>
            {clinics.map((clinic) => (
              <li key={clinic.clinicId}>
                <UnstyledButton component={Link} to={clinicPath(clinic.clinicId)} className={classes.card}>
                  <Paper withBorder p="md" radius="md">
                    <Text fw={600} size="lg">
                      {clinic.clinicName}
                    </Text>
                    <Text c="dimmed" size="sm">
                      {describeRoles(clinic.roles)}
                    </Text>
                  </Paper>
                </UnstyledButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
