import { isSessionEnded, useMe, useSessionEndReason } from '@interlude/api-client';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MFA_SETUP_PATH, signInPath } from '../session-paths';
import { SessionError, SessionLoading } from './SessionProblem';

/**
 * Pages for signed-in people. Nobody signed in: the sign-in screen, which returns here afterwards.
 * A clinic requires MFA and this person has none yet: MFA set-up, before anything else.
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const endReason = useSessionEndReason();

  // A person already known stays on the page even if a later check of the session failed to arrive.
  if (me.data) {
    if (me.data.mfaEnrollmentRequired && location.pathname !== MFA_SETUP_PATH) {
      return <Navigate to={MFA_SETUP_PATH} replace />;
    }
    return <Outlet />;
  }
  // A session that just ended is being handled (sign-in screen); keep the skeleton until then.
  if (me.isPending || (me.isError && isSessionEnded(me.error))) return <SessionLoading />;
  if (me.isError) {
    return <SessionError error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  }
  // After a deliberate sign-out there is nowhere to return to; otherwise come back here after sign-in.
  const next = endReason === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
  return <Navigate to={signInPath(endReason ?? undefined, next)} replace />;
}
