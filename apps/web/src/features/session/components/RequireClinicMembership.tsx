import { useMe } from '@interlude/api-client';
import type { Role } from '@interlude/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { isActiveStaffMembership } from '../../../lib/roles';
import { type CurrentClinic, CurrentClinicContext } from '../hooks/useCurrentClinic';
import { CHOOSE_CLINIC_PATH } from '../session-paths';

/**
 * Pages of one clinic (`/clinics/:clinicId/…`), for its active staff. Any other clinic id is "not
 * found", as the API answers: whether a clinic exists is not shown to people outside it.
 */
export function RequireClinicMembership() {
  const { clinicId = '' } = useParams();
  const me = useMe().data;
  const membership = me?.memberships.find((m) => m.clinicId === clinicId && isActiveStaffMembership(m));

  const clinic = useMemo<CurrentClinic | null>(
    () =>
      me && membership
        ? {
            clinicId,
            clinicName: membership.clinicName,
            membership,
            me,
            hasRole: (...roles: Role[]) => roles.some((role) => membership.roles.includes(role)),
          }
        : null,
    [clinicId, me, membership],
  );

  if (!clinic) {
    return (
      <Stack gap="md" maw={560}>
        <title>Clinic not found · Interlude</title>
        <Title order={1}>Clinic not found</Title>
        <Text>This clinic does not exist, or your account has no access to it.</Text>
        <div>
          <Anchor component={Link} to={CHOOSE_CLINIC_PATH}>
            Choose one of your clinics
          </Anchor>
        </div>
      </Stack>
    );
  }

  return (
    <CurrentClinicContext.Provider value={clinic}>
      <Outlet />
    </CurrentClinicContext.Provider>
  );
}
