import type { ApiClient } from '@interlude/api-client';
import { endSession, sessionKeys } from '@interlude/api-client';
import { createFakeApiClient } from '@interlude/api-client/testing';
import type { Me } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';

export interface RenderRouteOptions {
  /** Seeds the cache, e.g. `(client) => client.setQueryData(key, data)`; seeded data never refetches. */
  seed?: (queryClient: QueryClient) => void;
  /** The API methods the screen may call; any other call fails the screen with "Unexpected API call". */
  apiClient?: Partial<ApiClient>;
  /** Who is signed in (null: nobody); when left out, `getMe` must be given or the session check fails. */
  me?: Me | null;
}

/** Renders the app's real routes at `path`, with a fresh cache and no network. */
export function renderRoute(
  path: string,
  { seed, apiClient, me }: RenderRouteOptions = {},
): RenderResult & { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({
    onSessionEnded: (client) => endSession(client),
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  if (me !== undefined) queryClient.setQueryData(sessionKeys.me(), me);
  seed?.(queryClient);

  const result = render(
    <AppProviders queryClient={queryClient} apiClient={createFakeApiClient(apiClient)} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, queryClient, router };
}
