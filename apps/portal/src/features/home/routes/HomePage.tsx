import type { PortalHome } from '@interlude/contracts';
import { EmptyState } from '@interlude/ui';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { callName, capitalise, formatSessionTime } from '../../../lib/format';
import { PortalHomeStates } from '../../offline/PortalHomeStates';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { SAFETY_PLAN_PATH } from '../../session/session-paths';

export function HomePage() {
  const home = useClientPortalHome(usePortalSession());
  return (
    <Stack gap="lg" maw={560}>
      <PortalHomeStates query={home} loadingLabel="Loading your home page">
        {(data) => <HomeContent home={data} />}
      </PortalHomeStates>
    </Stack>
  );
}

function HomeContent({ home }: { home: PortalHome }) {
  const name = callName(home.client);
  const term = capitalise(home.clinic.homeworkTerm);
  const planHeadingId = useId();
  const termHeadingId = useId();
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

      <Stack component="section" gap="xs" aria-labelledby={termHeadingId}>
        <Title order={2} size="h3" id={termHeadingId}>
          {term}
        </Title>
        <EmptyState
          headingOrder={3}
          title="Nothing to do right now"
          description="Your clinician will add activities here."
        />
      </Stack>
    </>
  );
}
