import { isSessionEnded, shouldRetry } from '@interlude/api-client';
import { type DefaultOptions, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

export interface QueryClientHandlers {
  /** A request found the session over (401: timed out, signed out elsewhere, access revoked). */
  onSessionEnded?: (queryClient: QueryClient) => void;
  defaultOptions?: DefaultOptions;
}

/** A mutation that deals with a 401 itself (sign-out) says so with `meta: { handlesSessionEnd: true }`. */
export function createQueryClient({ onSessionEnded, defaultOptions }: QueryClientHandlers = {}): QueryClient {
  const react = (error: unknown) => {
    if (isSessionEnded(error)) onSessionEnded?.(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: react }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.handlesSessionEnd) react(error);
      },
    }),
    defaultOptions: {
      ...defaultOptions,
      queries: { retry: shouldRetry, ...defaultOptions?.queries },
    },
  });
  return queryClient;
}
