import { useNotificationSettings, useUpdateNotificationSettings } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Alert, Anchor, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { termWord } from '../../homework/components/OutcomeScreens';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { NOTIFICATIONS_PATH } from '../../session/session-paths';

const savedWords = (emailReminders: boolean) =>
  emailReminders
    ? 'Saved. We will email you reminders.'
    : 'Saved. We will not email you reminders. They will still show here in the portal.';

/**
 * `/settings/notifications`: the client's one choice, whether reminders also come by email. The switch
 * moves at once; a quiet status confirms the save, and if it fails the switch goes back and says so.
 */
export function NotificationSettingsPage() {
  const session = usePortalSession();
  const { clinicId, clinicName } = session;
  const term = termWord(useClientPortalHome(session).data);
  const settings = useNotificationSettings(clinicId);
  const update = useUpdateNotificationSettings(clinicId);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remindersHeadingId = useId();
  const aboutHeadingId = useId();

  const change = (emailReminders: boolean) => {
    setStatus('');
    setError(null);
    update.mutate(
      { emailReminders },
      {
        onSuccess: (saved) => setStatus(savedWords(saved.emailReminders)),
        onError: (failure) =>
          setError(
            `${describeFailure(failure).detail} Email reminders are still ${emailReminders ? 'off' : 'on'}.`,
          ),
      },
    );
  };

  return (
    <Stack gap="lg" maw={560}>
      <title>Notification settings · Interlude</title>
      <Stack gap={4}>
        <Title order={1}>Notification settings</Title>
        <Text c="dimmed">How we remind you about your {term}.</Text>
      </Stack>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={remindersHeadingId}>
        <Stack gap="md">
          <Title order={2} size="h3" id={remindersHeadingId}>
            Reminders
          </Title>
          {settings.data ? (
            <>
              <Switch
                size="md"
                label="Email me reminders"
                // Mantine's label wraps the description too; the name is the label alone (the description
                // is read as the description).
                aria-label="Email me reminders"
                description="An email when something is due soon, and when it is still waiting after it was due."
                checked={settings.data.emailReminders}
                onChange={(event) => change(event.currentTarget.checked)}
              />
              <Text role="status" size="sm" c="dimmed" aria-live="polite">
                {status}
              </Text>
              {error ? (
                <Alert role="alert" color="red" variant="light" title="Your choice was not saved">
                  {error}
                </Alert>
              ) : null}
            </>
          ) : settings.isError ? (
            <ErrorState
              headingOrder={3}
              title="Could not load your settings"
              description={describeFailure(settings.error).detail}
              guidance="Check your connection, then try again. “Need help now?” above still works."
              onRetry={() => void settings.refetch()}
              retrying={settings.isFetching}
            />
          ) : (
            <LoadingState label="Loading your settings" lines={2} />
          )}
        </Stack>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby={aboutHeadingId}>
        <Title order={2} size="h3" id={aboutHeadingId}>
          Good to know
        </Title>
        <List spacing="xs">
          <List.Item>
            Reminders always show here in the portal, under{' '}
            <Anchor component={Link} to={NOTIFICATIONS_PATH}>
              Notifications
            </Anchor>
            , whatever you choose for email.
          </List.Item>
          <List.Item>
            Reminders never say what your {term} is about, only that something is due and when.
          </List.Item>
          <List.Item>
            {clinicName} sets quiet hours. A reminder that falls in them waits until they are over.
          </List.Item>
        </List>
      </Stack>
    </Stack>
  );
}
