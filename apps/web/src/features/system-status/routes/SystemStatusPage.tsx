import { Stack, Text, Title } from '@mantine/core';
import { ReadinessPanel } from '../components/ReadinessPanel';

export function SystemStatusPage() {
  return (
    <Stack gap="lg" maw={640}>
      <title>System status · Interlude</title>
      <Title order={1}>System status</Title>
      <Text>Whether Interlude can reach the services it needs. This page checks again every 15 seconds.</Text>
      <ReadinessPanel />
    </Stack>
  );
}
