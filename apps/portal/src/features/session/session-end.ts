import { replaceSession } from '@interlude/api-client';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { clearPortalHomes } from '../offline/portal-home-storage';

/** Why nobody is signed in any more, so the sign-in screen can say so calmly. */
export type SessionEndReason = 'session-ended' | 'signed-out';

const sessionEndKey = ['session', 'end-reason'] as const;

/**
 * The session is over (timed out, signed out, access withdrawn): forget the person, their data in the
 * cache and the copy kept for offline use. The session guard then opens the sign-in screen.
 */
export function endSession(queryClient: QueryClient, reason: SessionEndReason = 'session-ended'): void {
  clearPortalHomes();
  replaceSession(queryClient, null);
  queryClient.setQueryData<SessionEndReason | null>(sessionEndKey, reason);
}

export function useSessionEndReason(): SessionEndReason | null {
  return useQuery<SessionEndReason | null>({
    queryKey: sessionEndKey,
    queryFn: () => null,
    initialData: null,
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}
