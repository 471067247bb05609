import { portalHomeQueryOptions, portalKeys, sessionKeys, useApiClient } from '@interlude/api-client';
import type { PortalHome } from '@interlude/contracts';
import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PortalSession } from '../session/portal-session';
import { loadPortalHome, savePortalHome } from './portal-home-storage';

/**
 * The portal's first answer, starting from the copy kept in this browser (if any) and always asked
 * for again; when that fails (network down) the kept copy stays on screen.
 */
export function useClientPortalHome({ clinicId, userId }: Pick<PortalSession, 'clinicId' | 'userId'>) {
  const client = useApiClient();
  return useQuery({
    ...portalHomeQueryOptions(client, clinicId),
    initialData: () => loadPortalHome(clinicId, userId),
    // The kept copy may be old: treat it as stale so it is checked at once.
    initialDataUpdatedAt: 0,
  });
}

/** Writes every fresh answer (and every change to it, e.g. an added coping strategy) to this browser. */
export function usePersistPortalHome({ clinicId, userId }: Pick<PortalSession, 'clinicId' | 'userId'>): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const hash = hashKey(portalKeys.home(clinicId));
    return cache.subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryHash !== hash)
        return;
      // A late answer for a session that has ended since must not be written back.
      if (cache.get(hash) !== event.query || queryClient.getQueryData(sessionKeys.me()) == null) return;
      const home = event.query.state.data as PortalHome | undefined;
      if (home) savePortalHome(clinicId, userId, home);
    });
  }, [queryClient, clinicId, userId]);
}
