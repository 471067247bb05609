import { useMyAssignments, useMyProposals } from '@interlude/api-client';
import type { PortalHome } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { capitalise } from '../../../lib/format';
import { HOMEWORK_PATH } from '../../session/session-paths';
import { todayIn } from '../homework-words';
import { HomeworkItemList } from './HomeworkItemList';
import { ProposalList } from './ProposalList';

/** The home screen's homework: suggestions to accept, today's items, and the way to everything else. */
export function HomeHomework({ home, clinicId }: { home: PortalHome; clinicId: string }) {
  const term = home.clinic.homeworkTerm;
  const headingId = useId();
  const todayId = useId();
  const today = useMyAssignments(clinicId, 'today');
  const proposals = useMyProposals(clinicId);
  const [status, setStatus] = useState('');

  return (
    <Stack component="section" gap="md" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {capitalise(term)}
      </Title>
      {proposals.data ? (
        <ProposalList proposals={proposals.data.items} clinicId={clinicId} term={term} onDone={setStatus} />
      ) : null}
      <Text role="status" aria-live="polite" size="sm" c="dimmed">
        {status}
      </Text>
      <Stack gap="sm" aria-labelledby={todayId} component="section">
        <Title order={3} size="h4" id={todayId}>
          Today
        </Title>
        {today.data ? (
          today.data.items.length > 0 ? (
            <HomeworkItemList items={today.data.items} today={todayIn(home.client.timezone)} />
          ) : (
            <EmptyState
              headingOrder={4}
              title="Nothing due today — enjoy your day"
              description={`Anything coming up is in your ${term}.`}
            />
          )
        ) : today.isError ? (
          <ErrorState
            headingOrder={4}
            title="Could not load today’s list"
            description={describeFailure(today.error).detail}
            onRetry={() => void today.refetch()}
            retrying={today.isFetching}
          />
        ) : (
          <LoadingState label="Loading today’s list" lines={3} />
        )}
      </Stack>
      <Anchor component={Link} to={HOMEWORK_PATH} fw={600}>
        See all my {term}
      </Anchor>
    </Stack>
  );
}
