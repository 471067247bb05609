import type { PortalHome, SubmitResult } from '@interlude/contracts';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { capitalise } from '../../../lib/format';
import { CrisisHelpDetails } from '../../crisis-help/components/CrisisHelpDetails';
import { HOMEWORK_PATH, PROGRESS_PATH, SAFETY_PLAN_PATH } from '../../session/session-paths';
import { bandWords, MEASURE_WORDS } from '../homework-words';
import { DECLINE_THANKS } from './DeclineForm';

/** A heading that takes focus when its screen replaces the last one, so a screen reader starts there. */
function ScreenHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Title order={1} ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}

function BackLinks({ term }: { term: string }) {
  return (
    <Group gap="lg">
      <Anchor component={Link} to={HOMEWORK_PATH} fw={600}>
        Back to my {term}
      </Anchor>
      <Anchor component={Link} to={PROGRESS_PATH}>
        See my progress
      </Anchor>
    </Group>
  );
}

/** After sending: calm, with the score in words for a questionnaire. */
export function SentScreen({ result, term }: { result: SubmitResult; term: string }) {
  const score = result.score;
  return (
    <Stack gap="lg" data-testid="homework-sent">
      <title>{`Sent to your clinician · Interlude`}</title>
      <ScreenHeading>Sent to your clinician</ScreenHeading>
      <Text size="lg">Thank you. Your clinician will read it before your next session.</Text>
      {score ? (
        <Paper withBorder radius="md" p="md">
          <Text>
            Your {MEASURE_WORDS[score.measure].name} score is {score.total} out of{' '}
            {MEASURE_WORDS[score.measure].max}: {bandWords(score.band).toLowerCase()}.
          </Text>
          <Text size="sm" c="dimmed">
            Scores are one way to see how things are going. You can talk them through with your clinician.
          </Text>
        </Paper>
      ) : null}
      <BackLinks term={term} />
    </Stack>
  );
}

/**
 * Shown at once after an answer that says things may be very hard (PHQ-9 item 9 above 0): the clinic's
 * crisis lines as tap-to-call links and the essentials of the client's safety plan, before anything else.
 */
export function SafetyCheckScreen({
  home,
  onContinue,
}: {
  home: PortalHome | undefined;
  onContinue: () => void;
}) {
  return (
    <Stack gap="lg" data-testid="homework-safety-check">
      <title>{`You don’t have to face this alone · Interlude`}</title>
      <ScreenHeading>You don’t have to face this alone</ScreenHeading>
      <Text size="lg">
        Thank you for answering honestly. Some of your answers tell us things may be really hard right now.
        Your clinician will see your answers. If you need support before then, these can help.
      </Text>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-red-0)">
        <Text fw={600}>If you are in immediate danger, call your local emergency number.</Text>
      </Paper>
      {home ? (
        <Stack gap="lg">
          <CrisisHelpDetails home={home} headingOrder={2} />
        </Stack>
      ) : (
        <Text>Your clinic’s crisis lines are in “Need help now?” at the top of the screen.</Text>
      )}
      <Group gap="md">
        <Button component={Link} to={SAFETY_PLAN_PATH} size="md">
          Open my safety plan
        </Button>
        <Button variant="default" size="md" onClick={onContinue}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}

/** After declining: respectful, no judgement. */
export function DeclinedScreen({ term, wholeAssignment }: { term: string; wholeAssignment: boolean }) {
  return (
    <Stack gap="lg" data-testid="homework-declined">
      <title>{`Thanks for telling us · Interlude`}</title>
      <ScreenHeading>Thanks for telling us</ScreenHeading>
      <Text size="lg">{DECLINE_THANKS}</Text>
      {wholeAssignment ? (
        <Text>This won’t appear in your {term} again unless you and your clinician decide so.</Text>
      ) : null}
      <Anchor component={Link} to={HOMEWORK_PATH} fw={600}>
        Back to my {term}
      </Anchor>
    </Stack>
  );
}

export const termTitle = (home: PortalHome | undefined) =>
  capitalise(home?.clinic.homeworkTerm ?? 'homework');
export const termWord = (home: PortalHome | undefined) => home?.clinic.homeworkTerm ?? 'homework';
