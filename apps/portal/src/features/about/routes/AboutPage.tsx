import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { ReadinessPanel } from '../../system-status/components/ReadinessPanel';

/** About the portal, with the live service status (moved here from the home page). */
export function AboutPage() {
  const statusHeadingId = useId();
  return (
    <Stack gap="lg" maw={560}>
      <title>About · Interlude</title>
      <Title order={1}>About</Title>
      <Text>
        Interlude is your space between sessions: activities from your clinician, your safety plan and help
        when you need it.
      </Text>
      <Stack component="section" gap="sm" aria-labelledby={statusHeadingId}>
        <Title order={2} size="h3" id={statusHeadingId}>
          Service status
        </Title>
        <ReadinessPanel />
      </Stack>
    </Stack>
  );
}
