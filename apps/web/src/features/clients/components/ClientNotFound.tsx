import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';

/** The same page for a missing client and one outside the person's caseload (the API answers 404 for both). */
export function ClientNotFound() {
  const { clinicId } = useCurrentClinic();
  return (
    <Stack gap="md" maw={560}>
      <title>Client not found · Interlude</title>
      <Title order={1}>Client not found</Title>
      <Text>This client does not exist, or is not on your caseload.</Text>
      <div>
        <Anchor component={Link} to={clinicPath(clinicId, 'clients')}>
          Back to the client list
        </Anchor>
      </div>
    </Stack>
  );
}
