import { meOf, useMe } from '@interlude/api-client';
import type { SessionResponse } from '@interlude/contracts';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { destinationAfterSignIn, type SignInReason } from '../../session/session-paths';
import { SignInForm } from '../components/SignInForm';

const NOTICES: Record<SignInReason, string> = {
  'session-ended': 'Your session ended. Please sign in again.',
  'signed-out': 'You have signed out.',
  'password-reset': 'Your password has been changed. Sign in with your new password.',
};

const isReason = (value: string | null): value is SignInReason => value !== null && value in NOTICES;

export function SignInPage() {
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const next = params.get('next');
  const me = useMe().data;
  const navigate = useNavigate();

  // Already signed in (e.g. a second tab): straight on.
  if (me) return <Navigate to={destinationAfterSignIn(me, next)} replace />;

  const signedIn = (session: SessionResponse) =>
    void navigate(destinationAfterSignIn(meOf(session), next), { replace: true });

  return (
    <Stack gap="lg">
      <title>Sign in · Interlude</title>
      <Title order={1}>Sign in</Title>
      {isReason(reason) ? (
        <Alert role="status" variant="light" color="harbor">
          {NOTICES[reason]}
        </Alert>
      ) : null}
      <SignInForm onSignedIn={signedIn} />
      <Stack gap={4}>
        <Anchor component={Link} to="/forgot-password">
          Forgot your password?
        </Anchor>
        <Text size="sm">
          New to Interlude?{' '}
          <Anchor component={Link} to="/sign-up">
            Create an account for your clinic
          </Anchor>
        </Text>
      </Stack>
    </Stack>
  );
}
