import { useClient } from '@interlude/api-client';
import type { Client } from '@interlude/contracts';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { ActivityTimeline } from '../../homework/components/ActivityTimeline';
import { HomeworkSection } from '../../homework/components/HomeworkSection';
import { ScoresChart } from '../../homework/components/ScoresChart';
import { ClientPrepTasks } from '../../prep-tasks/components/ClientPrepTasks';
import { SafetyPlanPanel } from '../../safety-plans/components/SafetyPlanPanel';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { callName, STATUS_LABEL } from '../client-words';
import { CaseloadHistory } from '../components/CaseloadHistory';
import { ClientNotFound } from '../components/ClientNotFound';
import { ClientStatusDialog } from '../components/ClientStatusDialog';
import { PortalAccessPanel } from '../components/PortalAccessPanel';
import { isNotFound } from './client-route-utils';

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Stack component="dl" gap="xs" m={0}>
      {items.map(([term, value]) => (
        <Group key={term} gap="md" align="baseline" wrap="nowrap">
          <Text component="dt" fw={600} w={150} style={{ flexShrink: 0 }}>
            {term}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

const notGiven = (
  <Text span c="dimmed" inherit>
    Not given
  </Text>
);

function Profile({ client }: { client: Client }) {
  return (
    <Facts
      items={[
        ['Preferred name', client.preferredName ?? notGiven],
        ['Email', client.email ?? notGiven],
        ['Phone', client.phone ?? notGiven],
        ['Date of birth', client.dateOfBirth ?? notGiven],
        ['Time zone', client.timezone],
        ['Tags', client.tags.length > 0 ? client.tags.join(', ') : notGiven],
      ]}
    />
  );
}

/** `/clinics/:clinicId/clients/:clientId`: everything about one client on one page. */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const client = useClient(clinicId, clientId);
  const [changingStatus, setChangingStatus] = useState(false);

  if (client.isPending) return <LoadingState label="Loading the client" lines={10} />;
  if (client.isError) {
    if (isNotFound(client.error)) return <ClientNotFound />;
    return (
      <ErrorState
        title="Could not load the client"
        description={describeFailure(client.error).detail}
        onRetry={() => void client.refetch()}
        retrying={client.isFetching}
      />
    );
  }

  const data = client.data;
  return (
    <Stack gap="lg" maw={1040}>
      <title>{`${data.name} · Interlude`}</title>
      <Stack gap={4}>
        <Anchor component={Link} to={clinicPath(clinicId, 'clients')} size="sm">
          Back to clients
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Group gap="sm" align="center">
            <Title order={1}>{data.name}</Title>
            <Badge
              variant={data.status === 'active' ? 'light' : 'outline'}
              color={data.status === 'active' ? 'harbor' : 'gray'}
            >
              {STATUS_LABEL[data.status]}
            </Badge>
          </Group>
          <Group gap="sm">
            <Button component={Link} to={clinicPath(clinicId, `clients/${data.id}/assign`)}>
              Assign homework
            </Button>
            <Button variant="default" component={Link} to={clinicPath(clinicId, `clients/${data.id}/edit`)}>
              Edit details
            </Button>
            <Button variant="default" onClick={() => setChangingStatus(true)}>
              {data.status === 'active' ? 'Discharge…' : 'Reactivate…'}
            </Button>
          </Group>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section id="client-profile" title="Profile">
          <Profile client={data} />
        </Section>
        <Stack gap="lg">
          <Section id="client-next-session" title="Next session">
            {data.nextSessionAt ? (
              <Text>
                <time dateTime={data.nextSessionAt}>{formatSessionTime(data.nextSessionAt, timeZone)}</time>
              </Text>
            ) : (
              <Text c="dimmed">Not booked. Add it under Edit details.</Text>
            )}
          </Section>
          <Section id="client-clinicians" title="Clinicians">
            <Facts
              items={[
                ['Primary', data.primaryClinician.name],
                [
                  'Additional',
                  data.additionalClinicians.length > 0
                    ? data.additionalClinicians.map((c) => c.name).join(', ')
                    : 'None',
                ],
              ]}
            />
          </Section>
        </Stack>
      </SimpleGrid>

      <PortalAccessPanel clinicId={clinicId} client={data} />
      <SafetyPlanPanel
        clinicId={clinicId}
        clientId={data.id}
        clientName={callName(data)}
        timeZone={timeZone}
      />

      <Section id="client-homework" title="Homework">
        <HomeworkSection clinicId={clinicId} clientId={data.id} clientName={callName(data)} />
      </Section>

      <Section id="client-activity" title="Activity">
        <ActivityTimeline
          clinicId={clinicId}
          clientId={data.id}
          clientName={callName(data)}
          timeZone={timeZone}
        />
      </Section>

      <Section id="client-scores" title="Scores">
        <ScoresChart clinicId={clinicId} clientId={data.id} clientName={callName(data)} timeZone={timeZone} />
      </Section>

      <Section id="client-prep-tasks" title="Your prep tasks">
        <ClientPrepTasks clinicId={clinicId} client={{ id: data.id, name: data.name }} timeZone={timeZone} />
      </Section>

      <Section id="client-history" title="Caseload history">
        <CaseloadHistory clinicId={clinicId} clientId={data.id} timeZone={timeZone} />
      </Section>

      {changingStatus ? (
        <ClientStatusDialog clinicId={clinicId} client={data} onClose={() => setChangingStatus(false)} />
      ) : null}
    </Stack>
  );
}
