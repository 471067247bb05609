import { useAcceptAssignment, useDeclineAssignment } from '@interlude/api-client';
import type { MyProposal } from '@interlude/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { describeFailure } from '../../../lib/describe-failure';
import { KIND_WORDS } from '../homework-words';
import { DECLINE_THANKS, DeclineForm } from './DeclineForm';

type AcceptMutation = ReturnType<typeof useAcceptAssignment>;

interface ProposalCardProps {
  proposal: MyProposal;
  clinicId: string;
  term: string;
  /** Held by the list, which outlives the card: an accepted card leaves at once (optimistic). */
  accept: AcceptMutation;
  /** A quiet confirmation for the list's status line (the card itself goes away). */
  onDone: (message: string) => void;
}

function ProposalCard({ proposal, clinicId, term, accept, onDone }: ProposalCardProps) {
  const decline = useDeclineAssignment(clinicId);
  const mine = accept.variables === proposal.assignmentId;
  const [declining, setDeclining] = useState(false);
  const titleId = useId();

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Title order={4} size="h4" id={titleId}>
            {proposal.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm">
              {KIND_WORDS[proposal.kind]}
            </Badge>
            {proposal.occurrences > 1 ? (
              <Text size="sm" c="dimmed">
                {proposal.occurrences} times
              </Text>
            ) : null}
          </Group>
          {proposal.assignedBy ? (
            <Text size="sm" c="dimmed">
              Suggested by {proposal.assignedBy}
            </Text>
          ) : null}
        </Stack>
        {proposal.instructions ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.instructions}</Text>
        ) : null}
        {mine && accept.isError ? (
          <Text c="red" size="sm" role="alert">
            Not accepted yet. {describeFailure(accept.error).detail}
          </Text>
        ) : null}
        {declining ? (
          <DeclineForm
            title="Not now"
            headingOrder={5}
            onSubmit={async (body) => {
              await decline.mutateAsync({ assignmentId: proposal.assignmentId, body });
              onDone(DECLINE_THANKS);
            }}
            onCancel={() => setDeclining(false)}
          />
        ) : (
          <Group gap="sm">
            <Button
              size="md"
              onClick={() =>
                accept.mutate(proposal.assignmentId, {
                  onSuccess: () => onDone(`“${proposal.title}” is added to your ${term}.`),
                })
              }
              loading={mine && accept.isPending}
              aria-label={`Accept ${proposal.title}`}
            >
              Accept
            </Button>
            <Button
              size="md"
              variant="default"
              onClick={() => setDeclining(true)}
              aria-label={`Not now: ${proposal.title}`}
            >
              Not now
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export interface ProposalListProps {
  proposals: MyProposal[];
  clinicId: string;
  term: string;
  onDone: (message: string) => void;
}

/** "Your clinician suggested…": homework waiting for the client's yes or not now. */
export function ProposalList({ proposals, clinicId, term, onDone }: ProposalListProps) {
  const headingId = useId();
  const accept = useAcceptAssignment(clinicId);
  if (proposals.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        Your clinician suggested…
      </Title>
      <Text c="dimmed" size="sm">
        Have a look, and accept it if it feels right. It’s fine to say not now.
      </Text>
      {proposals.map((proposal) => (
        <ProposalCard
          key={proposal.assignmentId}
          proposal={proposal}
          clinicId={clinicId}
          term={term}
          accept={accept}
          onDone={onDone}
        />
      ))}
    </Stack>
  );
}
