import { usePrepTasks } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { AddPrepTaskDialog } from './AddPrepTaskDialog';
import { PrepTaskList } from './PrepTaskList';

export interface ClientPrepTasksProps {
  clinicId: string;
  client: { id: string; name: string };
  timeZone: string;
}

/** The clinician's open prep tasks for this client, and a way to add one. */
export function ClientPrepTasks({ clinicId, client, timeZone }: ClientPrepTasksProps) {
  const tasks = usePrepTasks(clinicId, { status: 'open', clientId: client.id });
  const [adding, setAdding] = useState(false);

  let body: React.ReactNode;
  if (tasks.isPending) body = <LoadingState label="Loading prep tasks" lines={2} />;
  else if (tasks.isError) {
    body = (
      <ErrorState
        headingOrder={3}
        title="Could not load the prep tasks"
        description={describeFailure(tasks.error).detail}
        onRetry={() => void tasks.refetch()}
        retrying={tasks.isFetching}
      />
    );
  } else if (tasks.data.items.length === 0) {
    body = (
      <Text c="dimmed">
        No open prep tasks for {client.name}. Add one for anything you want ready before the next session.
      </Text>
    );
  } else {
    body = (
      <PrepTaskList
        clinicId={clinicId}
        tasks={tasks.data.items}
        timeZone={timeZone}
        withoutClient
        label={`Prep tasks for ${client.name}`}
      />
    );
  }

  return (
    <Stack gap="sm">
      {body}
      <Group>
        <Button variant="default" size="sm" onClick={() => setAdding(true)}>
          Add a prep task
        </Button>
      </Group>
      {adding ? (
        <AddPrepTaskDialog clinicId={clinicId} client={client} onClose={() => setAdding(false)} />
      ) : null}
    </Stack>
  );
}
