import { usePrepTasks } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Button, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { AddPrepTaskDialog } from '../components/AddPrepTaskDialog';
import { PrepTaskList } from '../components/PrepTaskList';

/** `/clinics/:clinicId/prep-tasks`: the clinician's own homework before sessions. */
export function PrepTasksPage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const tasks = usePrepTasks(clinicId, { status });
  const [adding, setAdding] = useState(false);

  const add = <Button onClick={() => setAdding(true)}>Add a task</Button>;

  let body: React.ReactNode;
  if (tasks.isPending) body = <LoadingState label="Loading your prep tasks" lines={5} />;
  else if (tasks.isError) {
    body = (
      <ErrorState
        title="Could not load your prep tasks"
        description={describeFailure(tasks.error).detail}
        onRetry={() => void tasks.refetch()}
        retrying={tasks.isFetching}
      />
    );
  } else if (tasks.data.items.length === 0) {
    body =
      status === 'open' ? (
        <EmptyState
          title="No open prep tasks"
          description="Your own homework before a session: read the chapter you gave a client, prepare a worksheet, call a colleague."
          action={
            <Button variant="default" onClick={() => setAdding(true)}>
              Add a task
            </Button>
          }
        />
      ) : (
        <EmptyState title="Nothing done yet" description="Tasks you tick off appear here." />
      );
  } else {
    body = (
      <PrepTaskList
        clinicId={clinicId}
        tasks={tasks.data.items}
        timeZone={timeZone}
        label={status === 'open' ? 'Open prep tasks' : 'Done prep tasks'}
      />
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <title>Prep tasks · Interlude</title>
      <PageHeader
        title="Prep tasks"
        description="What you want to do before the next session. A task for a client with no date is due the day before their next session."
        action={add}
      />
      <SegmentedControl
        aria-label="Show"
        value={status}
        onChange={(value) => setStatus(value as 'open' | 'done')}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'done', label: 'Done' },
        ]}
        maw={260}
      />
      {body}
      {adding ? <AddPrepTaskDialog clinicId={clinicId} onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
}
