import { useMe } from '@interlude/api-client';
import { PageHeader } from '@interlude/ui';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { notifySuccess } from '../../../lib/notify';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { MfaEnrolment } from '../components/MfaEnrolment';

/** `/account`: the signed-in person's own details, password and two-step sign-in. */
export function AccountPage() {
  const me = useMe().data;
  const [enrolling, setEnrolling] = useState(false);
  if (!me) return null;

  const mfaOn = me.user.mfaEnabled && !enrolling;

  return (
    <Stack gap="xl" maw={720}>
      <title>My account · Interlude</title>
      <PageHeader title="My account" />

      <Paper withBorder p="lg" component="section" aria-labelledby="account-details">
        <Title order={2} size="h3" id="account-details" mb="sm">
          Your details
        </Title>
        <Stack gap={4}>
          <Text>
            <Text span fw={600}>
              Name:
            </Text>{' '}
            {me.user.name}
          </Text>
          <Text>
            <Text span fw={600}>
              Email:
            </Text>{' '}
            {me.user.email}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="account-password">
        <Title order={2} size="h3" id="account-password" mb="sm">
          Password
        </Title>
        <ChangePasswordForm />
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="account-mfa">
        <Group gap="sm" mb="sm">
          <Title order={2} size="h3" id="account-mfa">
            Two-step sign-in
          </Title>
          <Badge variant="light" color={me.user.mfaEnabled ? 'harbor' : 'gray'}>
            {me.user.mfaEnabled ? 'On' : 'Off'}
          </Badge>
        </Group>
        {mfaOn ? (
          <Text>You’ll be asked for a code from your authenticator app each time you sign in.</Text>
        ) : (
          <MfaEnrolment
            headingOrder={3}
            onStarted={() => setEnrolling(true)}
            onDone={() => {
              setEnrolling(false);
              notifySuccess('Two-step sign-in is on.');
            }}
          />
        )}
      </Paper>
    </Stack>
  );
}
