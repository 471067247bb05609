import { type QueryClient, useQuery } from '@tanstack/react-query';
import { replaceSession } from './session-cache';

/** Why nobody is signed in any more, so the sign-in screen can say so calmly. */
export type SessionEndReason = 'session-ended' | 'signed-out';

/** Kept in the cache beside `me`; a new sign-in drops it with everything else of the old session. */
const sessionEndKey = ['session', 'end-reason'] as const;

/**
 * The session is over (idle timeout, 12 hours, signed out here or elsewhere, access withdrawn): forget
 * the person and their data in the cache. The app's session guard then opens its sign-in screen with
 * the reason; public pages simply stay. Shared by the staff app and the portal.
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
