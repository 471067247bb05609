import { isApiError, useMyOccurrence } from '@interlude/api-client';
import type { MyOccurrence, PortalHome, SubmitResult } from '@interlude/contracts';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { HOMEWORK_PATH, SAFETY_PLAN_PATH } from '../../session/session-paths';
import type { DeclineScope } from '../components/DeclineForm';
import { HomeworkForm } from '../components/HomeworkForm';
import {
  DeclinedScreen,
  SafetyCheckScreen,
  SentScreen,
  termTitle,
  termWord,
} from '../components/OutcomeScreens';
import { AnswersView } from '../fields/AnswersView';
import {
  bandWords,
  declineReasonWords,
  dueWords,
  instantWords,
  KIND_WORDS,
  MEASURE_WORDS,
  statusWords,
  todayIn,
} from '../homework-words';

type Outcome =
  | { type: 'safety'; result: SubmitResult }
  | { type: 'sent'; result: SubmitResult }
  | { type: 'declined'; scope: DeclineScope };

/** `/homework/:occurrenceId`: one piece of homework, its questions, and what happened to it. */
export function OccurrencePage() {
  const session = usePortalSession();
  const { occurrenceId = '' } = useParams();
  const home = useClientPortalHome(session).data;
  const query = useMyOccurrence(session.clinicId, occurrenceId);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const term = termWord(home);

  if (outcome?.type === 'safety') {
    return (
      <Stack maw={640}>
        <SafetyCheckScreen
          home={home}
          onContinue={() => setOutcome({ type: 'sent', result: outcome.result })}
        />
      </Stack>
    );
  }
  if (outcome?.type === 'sent') {
    return (
      <Stack maw={640}>
        <SentScreen result={outcome.result} term={term} />
      </Stack>
    );
  }
  if (outcome?.type === 'declined') {
    return (
      <Stack maw={640}>
        <DeclinedScreen term={term} wholeAssignment={outcome.scope === 'assignment'} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={640}>
      <Anchor component={Link} to={HOMEWORK_PATH} size="sm">
        ← Back to my {term}
      </Anchor>
      {query.data ? (
        <OccurrenceContent
          occurrence={query.data}
          home={home}
          onSent={(result) => setOutcome({ type: result.showSafetyPlan ? 'safety' : 'sent', result })}
          onDeclined={(scope) => setOutcome({ type: 'declined', scope })}
        />
      ) : query.isError ? (
        <>
          <title>{`${termTitle(home)} · Interlude`}</title>
          <ErrorState
            headingOrder={1}
            title={
              isApiError(query.error) && query.error.status === 404
                ? 'We could not find this one'
                : 'Could not load this page'
            }
            description={
              isApiError(query.error) && query.error.status === 404
                ? 'It may have been changed or removed by your clinician.'
                : describeFailure(query.error).detail
            }
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </>
      ) : (
        <LoadingState label="Loading" lines={8} />
      )}
    </Stack>
  );
}

interface OccurrenceContentProps {
  occurrence: MyOccurrence;
  home: PortalHome | undefined;
  onSent: (result: SubmitResult) => void;
  onDeclined: (scope: DeclineScope) => void;
}

function OccurrenceContent({ occurrence, home, onSent, onDeclined }: OccurrenceContentProps) {
  const session = usePortalSession();
  const today = todayIn(home?.client.timezone);
  const open =
    occurrence.submission === null && occurrence.decline === null && occurrence.status === 'pending';

  return (
    <>
      <title>{`${occurrence.title} · Interlude`}</title>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" color="gray" size="lg" radius="sm">
            {KIND_WORDS[occurrence.kind]}
          </Badge>
          <Text size="sm" c="dimmed">
            {dueWords(occurrence, today)}
          </Text>
        </Group>
        <Title order={1}>{occurrence.title}</Title>
        {occurrence.overdue && open ? <Text c="dimmed">Not done yet — you can still do it now.</Text> : null}
      </Stack>

      <Instructions occurrence={occurrence} />

      {occurrence.backupPlan || occurrence.safetyConcern ? (
        <Alert variant="light" color="blue" title="Your back-up plan" data-testid="backup-plan">
          <Stack gap="xs">
            {occurrence.backupPlan ? (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{occurrence.backupPlan}</Text>
            ) : null}
            <Text size="sm">
              If this gets too much, stop and use your safety plan.{' '}
              <Anchor component={Link} to={SAFETY_PLAN_PATH} fw={600} c="harbor.8" underline="always">
                Open my safety plan
              </Anchor>
            </Text>
          </Stack>
        </Alert>
      ) : null}

      {open ? (
        <HomeworkForm
          key={occurrence.occurrenceId}
          occurrence={occurrence}
          session={session}
          onSent={onSent}
          onDeclined={onDeclined}
        />
      ) : (
        <DoneView occurrence={occurrence} timeZone={home?.client.timezone} />
      )}
    </>
  );
}

function Instructions({ occurrence }: { occurrence: MyOccurrence }) {
  const template = occurrence.templateInstructions.trim();
  const clinician = occurrence.instructions.trim();
  if (!template && !clinician) return null;
  return (
    <Stack gap="sm">
      {template ? (
        <Paper withBorder radius="md" p="md">
          <Text fw={600} size="sm" c="dimmed">
            {occurrence.kind === 'journal' ? 'Today’s prompt' : 'What to do'}
          </Text>
          <Text size={occurrence.kind === 'journal' ? 'lg' : 'md'} style={{ whiteSpace: 'pre-wrap' }}>
            {template}
          </Text>
        </Paper>
      ) : null}
      {clinician ? (
        <Paper withBorder radius="md" p="md" data-testid="clinician-instructions">
          <Text fw={600} size="sm" c="dimmed">
            From your clinician
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{clinician}</Text>
        </Paper>
      ) : null}
    </Stack>
  );
}

/** A done item: what was sent (read-only), its score, and the clinician's feedback; or the decline. */
function DoneView({ occurrence, timeZone }: { occurrence: MyOccurrence; timeZone: string | undefined }) {
  const sentId = useId();
  const feedbackId = useId();
  const { submission, decline } = occurrence;

  if (decline) {
    return (
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Text fw={600}>You let your clinician know you couldn’t do this one.</Text>
          <Text>Reason: {declineReasonWords(decline.reason)}</Text>
          {decline.note ? <Text style={{ whiteSpace: 'pre-wrap' }}>“{decline.note}”</Text> : null}
          <Text size="sm" c="dimmed">
            {decline.discussedAt
              ? 'You talked this through with your clinician.'
              : 'Your clinician will talk it through with you.'}
          </Text>
        </Stack>
      </Paper>
    );
  }

  if (!submission) {
    return (
      <Paper withBorder radius="md" p="md">
        <Text>{statusWords(occurrence)}. This one can no longer be sent.</Text>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Stack component="section" gap="sm" aria-labelledby={sentId}>
        <Title order={2} size="h3" id={sentId}>
          What you sent
        </Title>
        <Text size="sm" c="dimmed">
          Sent {instantWords(submission.submittedAt, timeZone)}
          {submission.talkNextSession ? ' · You asked to talk about this next session' : ''}
        </Text>
        {submission.score ? (
          <Text>
            {MEASURE_WORDS[submission.score.measure].name} score: {submission.score.total} out of{' '}
            {MEASURE_WORDS[submission.score.measure].max} ({bandWords(submission.score.band).toLowerCase()})
          </Text>
        ) : null}
        <Paper withBorder radius="md" p="md">
          <AnswersView fields={occurrence.fields} answers={submission.answers} />
        </Paper>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby={feedbackId}>
        <Title order={2} size="h3" id={feedbackId}>
          From your clinician
        </Title>
        {occurrence.feedback.length === 0 ? (
          <Text c="dimmed">
            {occurrence.status === 'reviewed'
              ? 'Your clinician has read this.'
              : 'Your clinician will read this before your next session.'}
          </Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {occurrence.feedback.map((note) => (
              <Paper component="li" key={note.id} withBorder radius="md" p="md">
                <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {note.author}, {instantWords(note.createdAt, timeZone)}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
