import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { ReadinessPanel } from '../../system-status/components/ReadinessPanel';

export function HomePage() {
  const statusHeadingId = useId();

  return (
    <Stack gap="lg" maw={560}>
      <title>Welcome · Interlude</title>
      <Title order={1}>Welcome</Title>
      <Text>
        This is your space between sessions. Activities from your clinician and reminders will appear here.
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
