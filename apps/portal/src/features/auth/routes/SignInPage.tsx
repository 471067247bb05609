import { useMe } from '@interlude/api-client';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { clearPortalHomes } from '../../offline/portal-home-storage';
import { FORGOT_PASSWORD_URL, type SignInReason, safeNextPath } from '../../session/session-paths';
import { SignInForm } from '../components/SignInForm';

const NOTICES: Record<SignInReason, string> = {
  'session-ended': 'You have been signed out, to keep your information safe. Please sign in again.',
  'signed-out': 'You have signed out.',
};

const isReason = (value: string | null): value is SignInReason => value !== null && value in NOTICES;

/** `/sign-in`: the same account as everywhere in Interlude. */
export function SignInPage() {
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const next = safeNextPath(params.get('next'));
  const me = useMe().data;
  const navigate = useNavigate();

  if (me) return <Navigate to={next} replace />;

  return (
    <Stack gap="lg">
      <title>Sign in · Interlude</title>
      <Title order={1}>Sign in</Title>
      {isReason(reason) ? (
        <Alert role="status" variant="light" color="gray">
          {NOTICES[reason]}
        </Alert>
      ) : null}
      <SignInForm
        onSignedIn={() => {
          // Anything kept on this device for someone else goes; this person's copy is written once loaded.
          clearPortalHomes();
          void navigate(next, { replace: true });
        }}
      />
      <Stack gap={4}>
        <Anchor href={FORGOT_PASSWORD_URL}>Forgot your password?</Anchor>
        <Text size="sm" c="dimmed">
          New here? Your clinic will email you an invitation to set up your account.
        </Text>
      </Stack>
    </Stack>
  );
}
