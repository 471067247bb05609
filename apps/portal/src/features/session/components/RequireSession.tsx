import { isSessionEnded, useMe, useSignOut } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PublicFrame } from '../../../app/PublicFrame';
import { describeFailure } from '../../../lib/describe-failure';
import { PortalSessionContext } from '../portal-session';
import { endSession, useSessionEndReason } from '../session-end';
import { clientMembership, signInPath } from '../session-paths';

/**
 * The signed-in part of the portal. Nobody signed in (or the session ended): the sign-in screen, which
 * says why and returns here afterwards. Signed in without a client account here: say so plainly.
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const endReason = useSessionEndReason();

  if (me.data) {
    const membership = clientMembership(me.data);
    if (!membership) return <NotAClient />;
    return (
      <PortalSessionContext
        value={{ clinicId: membership.clinicId, clinicName: membership.clinicName, userId: me.data.user.id }}
      >
        <Outlet />
      </PortalSessionContext>
    );
  }
  if (me.isPending || (me.isError && isSessionEnded(me.error))) {
    return (
      <PublicFrame>
        <LoadingState label="Checking your session" lines={4} />
      </PublicFrame>
    );
  }
  if (me.isError) {
    return (
      <PublicFrame>
        <ErrorState
          headingOrder={1}
          title="Could not check your session"
          description={describeFailure(me.error).detail}
          guidance="Check your connection, then try again. “Need help now?” above still works."
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      </PublicFrame>
    );
  }
  const next = endReason === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
  return <Navigate to={signInPath(endReason ?? undefined, next)} replace />;
}

/** A staff member (or a client whose access has ended) signed in here. */
function NotAClient() {
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  return (
    <PublicFrame>
      <Stack gap="md">
        <title>No client portal · Interlude</title>
        <Title order={1}>There is no client portal for this account</Title>
        <Text>
          This is where clients see their activities and safety plan. If you work at a clinic, use the staff
          app instead.
        </Text>
        <Anchor href="/">Go to the staff app</Anchor>
        <Button
          variant="default"
          onClick={() =>
            signOut.mutate(undefined, { onSettled: () => endSession(queryClient, 'signed-out') })
          }
        >
          Sign out
        </Button>
      </Stack>
    </PublicFrame>
  );
}
