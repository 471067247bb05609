import { endSession as endSharedSession, type SessionEndReason } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { clearPortalHomes } from '../offline/portal-home-storage';

export { type SessionEndReason, useSessionEndReason } from '@interlude/api-client';

/** As in the staff app, and the copy of the client's home kept for offline use goes too. */
export function endSession(queryClient: QueryClient, reason: SessionEndReason = 'session-ended'): void {
  clearPortalHomes();
  endSharedSession(queryClient, reason);
}
