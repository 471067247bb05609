import type { ApiClient } from '@interlude/api-client';
import { createFakeApiClient } from '@interlude/api-client/testing';
import { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';

export interface RenderRouteOptions {
  /** Seeds the cache, e.g. `(client) => client.setQueryData(key, data)`; seeded data never refetches. */
  seed?: (queryClient: QueryClient) => void;
  apiClient?: Partial<ApiClient>;
}

/** Where the portal is served in production; tests mount it there too. */
export const PORTAL_BASENAME = '/portal';

/** Renders the app's real routes at `path` (below the basename), with a fresh cache and no network. */
export function renderRoute(
  path: string,
  { seed, apiClient }: RenderRouteOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seed?.(queryClient);
  const client = createFakeApiClient(apiClient);
  const router = createMemoryRouter(routes, {
    basename: PORTAL_BASENAME,
    initialEntries: [`${PORTAL_BASENAME}${path}`],
  });

  const result = render(
    <AppProviders queryClient={queryClient} apiClient={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, queryClient };
}
