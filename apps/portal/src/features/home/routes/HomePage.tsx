import type { PortalHome } from '@interlude/contracts';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { callName, formatSessionTime } from '../../../lib/format';
import { HomeHomework } from '../../homework/components/HomeHomework';
import { PortalHomeStates } from '../../offline/PortalHomeStates';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { SAFETY_PLAN_PATH } from '../../session/session-paths';

export function HomePage() {
  const session = usePortalSession();
  const home = useClientPortalHome(session);
  return (
    <Stack gap="lg" maw={560}>
      <PortalHomeStates query={home} loadingLabel="Loading your home page">
        {(data) => <HomeContent home={data} clinicId={session.clinicId} />}
      </PortalHomeStates>
    </Stack>
  );
}

function HomeContent({ home, clinicId }: { home: PortalHome; clinicId: string }) {
  const name = callName(home.client);
  const planHeadingId = useId();
  const { nextSessionAt, timezone } = home.client;

  return (
    <>
      <title>{`Hello, ${name} · Interlude`}</title>
      <Stack gap={4}>
        <Title order={1}>Hello, {name}</Title>
        <Text c="dimmed">{home.clinic.name}</Text>
      </Stack>
      <Text size="lg">
        {nextSessionAt
          ? `Your next session is ${formatSessionTime(nextSessionAt, timezone)}`
          : 'No session booked yet'}
      </Text>

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={planHeadingId}>
        <Stack gap="xs">
          <Title order={2} size="h3" id={planHeadingId}>
            Your safety plan
          </Title>
          <Text>What helps when things get hard, and who you can reach out to.</Text>
          <Anchor component={Link} to={SAFETY_PLAN_PATH} fw={600}>
            Open my safety plan
          </Anchor>
        </Stack>
      </Card>

      <HomeHomework home={home} clinicId={clinicId} />
    </>
  );
}
