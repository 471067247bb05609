import { useMe } from '@interlude/api-client';
import { Navigate } from 'react-router';
import { SessionError, SessionLoading } from '../components/SessionProblem';
import { homePathFor, SIGN_IN_PATH } from '../session-paths';

/** `/`: the sign-in screen for visitors, the clinic home (or the clinic picker) for signed-in staff. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <SessionLoading />;
  if (me.isError)
    return <SessionError error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  return <Navigate to={me.data ? homePathFor(me.data) : SIGN_IN_PATH} replace />;
}
