import type { Me, SessionResponse } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { isSystemKey, sessionKeys } from '../query-keys';

const isMeKey = (queryKey: readonly unknown[]) =>
  queryKey.length === sessionKeys.me().length &&
  sessionKeys.me().every((part, index) => queryKey[index] === part);

/**
 * Puts a new person (or nobody) in the cache and drops everything the previous person could see, so no
 * clinic data outlives its session on a shared computer. The `me` entry is updated in place rather than
 * removed, so screens watching it follow along.
 */
export function replaceSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({
    predicate: (query) => !isSystemKey(query.queryKey) && !isMeKey(query.queryKey),
  });
  queryClient.setQueryData<Me | null>(sessionKeys.me(), me);
}

/** The `Me` part of a sign-in answer; the bearer token is for API clients and is never kept by a browser. */
export function meOf(session: SessionResponse): Me {
  const { token: _token, ...me } = session;
  return me;
}
