import { useReviewQueue } from '@interlude/api-client';
import type { ReviewQueueItem, ReviewQueueQuery } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Anchor, Badge, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { declinedBecause } from '../../homework/homework-words';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { AcknowledgeRiskAlertDialog, DiscussDeclineDialog } from '../components/NoteDialogs';
import { QueueItemRow } from '../components/QueueItemRow';
import { RISK_FILL } from '../risk-color';

type Filter = 'all' | NonNullable<ReviewQueueQuery['type']>;
const FILTERS: Filter[] = ['all', 'risk_alert', 'submission', 'decline', 'flagged'];

const FILTER_LABEL: Record<Filter, string> = {
  all: 'All',
  risk_alert: 'Risk alerts',
  submission: 'Submissions',
  decline: 'Declines',
  flagged: 'Flagged',
};

const EMPTY: Record<Filter, { title: string; description: string }> = {
  all: {
    title: 'Nothing waiting for review',
    description:
      'New submissions, declines to talk through and risk alerts from your caseload will appear here.',
  },
  risk_alert: {
    title: 'No open risk alerts',
    description: 'A PHQ-9 answer about thoughts of self-harm raises an alert here, first in the queue.',
  },
  submission: { title: 'No submissions waiting', description: 'Homework your clients send back lands here.' },
  decline: {
    title: 'No declines to talk through',
    description: 'When a client declines homework, it waits here until you discuss it in session.',
  },
  flagged: {
    title: 'Nothing flagged',
    description: 'Clients can ask to talk about a piece of homework next session; those show here.',
  },
};

const isFilter = (value: string | null): value is Filter => FILTERS.includes(value as Filter);

/** `/clinics/:clinicId/review`: risk alerts first, then submissions to read and declines to talk through. */
export function ReviewQueuePage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [params, setParams] = useSearchParams();
  const requested = params.get('type');
  const filter: Filter = isFilter(requested) ? requested : 'all';
  const queue = useReviewQueue(clinicId, filter === 'all' ? {} : { type: filter });
  const [acknowledging, setAcknowledging] = useState<ReviewQueueItem | null>(null);
  const [discussing, setDiscussing] = useState<ReviewQueueItem | null>(null);

  const counts = queue.data?.counts;
  const countOf = (value: Filter): number | undefined => {
    if (!counts) return undefined;
    switch (value) {
      case 'all':
        return counts.riskAlerts + counts.submissions + counts.declines;
      case 'risk_alert':
        return counts.riskAlerts;
      case 'submission':
        return counts.submissions;
      case 'decline':
        return counts.declines;
      case 'flagged':
        return counts.flagged;
    }
  };

  let list: React.ReactNode;
  if (queue.isPending) {
    list = <LoadingState label="Loading the review queue" lines={6} />;
  } else if (queue.isError) {
    list = (
      <ErrorState
        title="Could not load the review queue"
        description={describeFailure(queue.error).detail}
        onRetry={() => void queue.refetch()}
        retrying={queue.isFetching}
      />
    );
  } else if (queue.data.items.length === 0) {
    list = (
      <EmptyState
        headingOrder={2}
        {...EMPTY[filter]}
        action={
          <Anchor component={Link} to={clinicPath(clinicId, 'clients')}>
            Go to your caseload
          </Anchor>
        }
      />
    );
  } else {
    // Risk alerts first, whatever order the rest come in.
    const items = [...queue.data.items].sort(
      (a, b) => Number(b.type === 'risk_alert') - Number(a.type === 'risk_alert'),
    );
    list = (
      <Stack
        component="ul"
        gap="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label="Waiting for review"
      >
        {items.map((item) => (
          <QueueItemRow
            key={`${item.type}-${item.id}`}
            item={item}
            clinicId={clinicId}
            timeZone={timeZone}
            onAcknowledge={setAcknowledging}
            onDiscussed={setDiscussing}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1040}>
      <title>Review · Interlude</title>
      <PageHeader
        title="Review"
        description="What your caseload sent back, what they declined, and anything that needs you first."
      />
      <Tabs
        value={filter}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (!value || value === 'all') next.delete('type');
          else next.set('type', value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Show">
          {FILTERS.map((value) => {
            const count = countOf(value);
            return (
              <Tabs.Tab
                key={value}
                value={value}
                rightSection={
                  count === undefined ? null : (
                    <Badge
                      size="sm"
                      variant={value === 'risk_alert' && count > 0 ? 'filled' : 'light'}
                      color={value === 'risk_alert' && count > 0 ? RISK_FILL : 'gray'}
                    >
                      {count}
                    </Badge>
                  )
                }
              >
                {FILTER_LABEL[value]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {FILTERS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === filter ? list : null}
          </Tabs.Panel>
        ))}
      </Tabs>

      {acknowledging ? (
        <AcknowledgeRiskAlertDialog
          clinicId={clinicId}
          alert={{
            id: acknowledging.id,
            clientName: acknowledging.client.name,
            description: `${acknowledging.client.name}: ${acknowledging.title}. Write what you did; the alert then leaves the queue.`,
          }}
          onClose={() => setAcknowledging(null)}
        />
      ) : null}
      {discussing ? (
        <DiscussDeclineDialog
          clinicId={clinicId}
          decline={{
            id: discussing.id,
            clientName: discussing.client.name,
            description: `${discussing.client.name}, ${discussing.title}: ${declinedBecause(discussing.declineReason).toLowerCase()}${discussing.declineNote ? ` (“${discussing.declineNote}”)` : ''}.`,
          }}
          onClose={() => setDiscussing(null)}
        />
      ) : null}
    </Stack>
  );
}
