import { useClientActivity } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState } from '@interlude/ui';
import { Stack } from '@mantine/core';
import { describeFailure } from '../../../lib/forms/contract-form';
import { QueueItemRow } from '../../review/components/QueueItemRow';

export interface ActivityTimelineProps {
  clinicId: string;
  clientId: string;
  clientName: string;
  timeZone: string;
}

/** What the client sent back, declined, and any risk alert, newest first (done ones included). */
export function ActivityTimeline({ clinicId, clientId, clientName, timeZone }: ActivityTimelineProps) {
  const activity = useClientActivity(clinicId, clientId);
  if (activity.isPending) return <LoadingState label="Loading the activity" lines={4} />;
  if (activity.isError) {
    return (
      <ErrorState
        headingOrder={3}
        title="Could not load the activity"
        description={describeFailure(activity.error).detail}
        onRetry={() => void activity.refetch()}
        retrying={activity.isFetching}
      />
    );
  }
  if (activity.data.items.length === 0) {
    return (
      <EmptyState
        headingOrder={3}
        title="No activity yet"
        description={`Homework ${clientName} sends back or declines will appear here, newest first.`}
      />
    );
  }
  return (
    <Stack
      component="ol"
      gap="sm"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Activity, newest first"
    >
      {activity.data.items.map((item) => (
        <QueueItemRow
          key={`${item.type}-${item.id}`}
          item={item}
          clinicId={clinicId}
          timeZone={timeZone}
          withoutClient
        />
      ))}
    </Stack>
  );
}
