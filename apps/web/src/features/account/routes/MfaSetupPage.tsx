import { useMe } from '@interlude/api-client';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../../lib/notify';
import { useSignOutAndLeave } from '../../session/api/useSignOutAndLeave';
import { homePathFor } from '../../session/session-paths';
import { MfaEnrolment } from '../components/MfaEnrolment';

/** `/account/mfa`: where a person goes first when a clinic of theirs requires two-step sign-in. */
export function MfaSetupPage() {
  const meQuery = useMe();
  const me = meQuery.data;
  const navigate = useNavigate();
  const { signOut } = useSignOutAndLeave();
  if (!me) return null;

  return (
    <Stack gap="lg">
      <title>Set up two-step sign-in · Interlude</title>
      <Stack gap={4}>
        <Title order={1}>Set up two-step sign-in</Title>
        {me.mfaEnrollmentRequired ? (
          <Text c="dimmed">
            Your clinic asks everyone on its staff to use two-step sign-in. It takes about two minutes.
          </Text>
        ) : null}
      </Stack>
      <MfaEnrolment
        headingOrder={2}
        onDone={async () => {
          notifySuccess('Two-step sign-in is on.');
          // `me` must say MFA is done before leaving, or the session guard would send the person back here.
          const fresh = (await meQuery.refetch()).data ?? me;
          void navigate(homePathFor(fresh), { replace: true });
        }}
      />
      <Text size="sm">
        Not now?{' '}
        <Anchor component="button" type="button" onClick={signOut}>
          Sign out
        </Anchor>
      </Text>
    </Stack>
  );
}
