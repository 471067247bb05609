import { isApiError, useUnsubscribeFromReminders } from '@interlude/api-client';
import { UnsubscribeRequestSchema } from '@interlude/contracts';
import { SubmitButton } from '@interlude/ui';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { NOTIFICATION_SETTINGS_PATH, signInPath } from '../../session/session-paths';

/** Signing in from here goes straight to the switch that turns email reminders on or off. */
const SIGN_IN_TO_SETTINGS = signInPath(undefined, NOTIFICATION_SETTINGS_PATH);

/** The link was refused (unknown, malformed, or for a client who has gone): not worth trying again. */
const isRefusedLink = (error: unknown): boolean =>
  isApiError(error) &&
  error.kind === 'problem' &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 429;

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

/**
 * `/unsubscribe?token=…`, the link at the bottom of every reminder email; no sign-in needed. Nothing
 * changes until the button is pressed, so a mail scanner that opens links ahead of the reader does not
 * turn anyone's reminders off.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const unsubscribe = useUnsubscribeFromReminders();

  if (!UnsubscribeRequestSchema.safeParse({ token }).success) {
    return (
      <Stack gap="md">
        <title>Link incomplete · Interlude</title>
        <Title order={1}>This link is incomplete</Title>
        <Text>
          To stop reminder emails, open the link at the bottom of a reminder email again. Some email apps
          break long links; if that happens, copy the whole link into your browser.
        </Text>
        <Text>You can also sign in and turn email reminders off under Settings.</Text>
        <Anchor component={Link} to={SIGN_IN_TO_SETTINGS} fw={600}>
          Sign in
        </Anchor>
      </Stack>
    );
  }

  if (unsubscribe.isSuccess) {
    return (
      <Stack gap="md">
        <title>Email reminders stopped · Interlude</title>
        <ScreenHeading>Email reminders stopped</ScreenHeading>
        <Text>
          You will no longer get reminder emails from {unsubscribe.data.clinicName}. You can turn them back on
          in the portal under Settings.
        </Text>
        <Text c="dimmed">Reminders still show in the portal when you sign in.</Text>
        <Anchor component={Link} to={SIGN_IN_TO_SETTINGS} fw={600}>
          Sign in to the portal
        </Anchor>
      </Stack>
    );
  }

  if (unsubscribe.isError && isRefusedLink(unsubscribe.error)) {
    return (
      <Stack gap="md">
        <title>Link not valid · Interlude</title>
        <ScreenHeading>This link is not valid any more</ScreenHeading>
        <Text>
          It may be from an old email, or it may have been copied only in part. You can still stop reminder
          emails: sign in, then turn them off under Settings.
        </Text>
        <Anchor component={Link} to={SIGN_IN_TO_SETTINGS} fw={600}>
          Sign in
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <title>Stop email reminders · Interlude</title>
      <Title order={1}>Stop email reminders?</Title>
      <Text>
        You will stop getting reminder emails. Reminders will still show in the portal when you sign in, and
        you can turn the emails back on there at any time.
      </Text>
      {unsubscribe.isError ? (
        <Alert role="alert" color="red" variant="light" title="That did not work">
          {describeFailure(unsubscribe.error).detail}
        </Alert>
      ) : null}
      <SubmitButton
        type="button"
        busy={unsubscribe.isPending}
        onClick={() => unsubscribe.mutate(token)}
        fullWidth
      >
        Stop email reminders
      </SubmitButton>
    </Stack>
  );
}
