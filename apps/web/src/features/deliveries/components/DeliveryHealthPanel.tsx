import { useDeliveryHealth } from '@interlude/api-client';
import type { DeliveryHealth } from '@interlude/contracts';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { describeFailure } from '../../../lib/forms/contract-form';
import { Figures } from './Figures';
import { SchedulerTable } from './SchedulerTable';

export interface DeliveryHealthPanelProps {
  clinicId: string;
  timeZone: string;
}

function QueueCard({ queue }: { queue: DeliveryHealth['queue'] }) {
  const up = queue.state === 'up';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            Background jobs
          </Title>
          <Badge variant="light" color={up ? 'harbor' : 'red'}>
            {up ? 'Working' : 'Not reachable'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {queue.driver === 'inline'
            ? 'Jobs run inside the API server, without a separate queue to count.'
            : up
              ? 'Across the whole service, counts only.'
              : 'The job queue cannot be reached: emails wait and are sent once it is back.'}
        </Text>
        <Figures
          figures={[
            { label: 'Waiting', value: queue.waiting },
            { label: 'Running', value: queue.active },
            { label: 'Delayed', value: queue.delayed },
            { label: 'Failed', value: queue.failed },
          ]}
        />
      </Stack>
    </Paper>
  );
}

function ClinicEmailCard({ clinic }: { clinic: DeliveryHealth['clinic'] }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          This clinic’s email
        </Title>
        <Text size="sm" c="dimmed">
          Invitations, password resets, reminders, risk alerts and morning summaries.
        </Text>
        <Figures
          figures={[
            { label: 'Waiting to send', value: clinic.pendingEmails },
            { label: 'Failed', value: clinic.failedEmails },
            { label: 'Sent in the last 24 hours', value: clinic.sentLast24h },
          ]}
        />
      </Stack>
    </Paper>
  );
}

/** Queue depth, this clinic's email and the scheduled jobs, asked again every 15 seconds. */
export function DeliveryHealthPanel({ clinicId, timeZone }: DeliveryHealthPanelProps) {
  const health = useDeliveryHealth(clinicId);

  let content: React.ReactNode;
  if (health.isPending) {
    content = <LoadingState label="Checking the email queue" lines={5} />;
  } else if (health.isError) {
    content = (
      <ErrorState
        headingOrder={3}
        title="Could not check the email queue"
        description={describeFailure(health.error).detail}
        guidance="This page tries again on its own every 15 seconds; you can also retry now."
        onRetry={() => void health.refetch()}
        retrying={health.isFetching}
      />
    );
  } else {
    const checkedAt = new Date(health.dataUpdatedAt);
    content = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <QueueCard queue={health.data.queue} />
          <ClinicEmailCard clinic={health.data.clinic} />
        </SimpleGrid>
        <SchedulerTable schedulers={health.data.schedulers} timeZone={timeZone} />
        <Text size="sm" c="dimmed">
          Checked at <time dateTime={checkedAt.toISOString()}>{checkedAt.toLocaleTimeString()}</time>, and
          again every 15 seconds.
        </Text>
      </Stack>
    );
  }

  return (
    <Stack component="section" gap="md" aria-labelledby="delivery-health-heading">
      <Title order={2} size="h3" id="delivery-health-heading">
        Queue health
      </Title>
      {content}
    </Stack>
  );
}
