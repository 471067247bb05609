import type { Role } from '@interlude/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { describeRoles } from '../../../lib/roles';
import { useCurrentClinic } from '../hooks/useCurrentClinic';
import { clinicPath } from '../session-paths';

export interface RequireRoleProps {
  /** Any one of these roles opens the pages below. */
  roles: Role[];
}

/** Pages for some roles only; the navigation hides them from everyone else, this covers typed-in links. */
export function RequireRole({ roles }: RequireRoleProps) {
  const { clinicId, hasRole } = useCurrentClinic();
  if (hasRole(...roles)) return <Outlet />;
  return (
    <Stack gap="md" maw={560}>
      <title>No access · Interlude</title>
      <Title order={1}>You don’t have access to this page</Title>
      <Text>
        This page is for the {describeRoles(roles).toLowerCase()} role. If you need it, ask your clinic’s
        administrator.
      </Text>
      <div>
        <Anchor component={Link} to={clinicPath(clinicId)}>
          Go to your clinic’s home
        </Anchor>
      </div>
    </Stack>
  );
}
