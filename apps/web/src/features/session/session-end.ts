import { replaceSession } from '@interlude/api-client';
import { type QueryClient, useQuery } from '@tanstack/react-query';

/** Why nobody is signed in any more, so the sign-in screen can say so. */
export type SessionEndReason = 'session-ended' | 'signed-out';

/** Kept in the cache beside `me`; a new sign-in drops it with everything else of the old session. */
const sessionEndKey = ['session', 'end-reason'] as const;

/**
 * The session is over (idle timeout, 12 hours, signed out here or elsewhere): forget the person and
 * their clinic data. The session guard of the page on screen then opens the sign-in screen with the
 * reason; public pages (sign-in itself, status) simply stay.
 */
export function endSession(queryClient: QueryClient, reason: SessionEndReason = 'session-ended'): void {
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
