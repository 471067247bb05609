import { type ApiClient, ApiError } from '@interlude/api-client';
import { createFakeApiClient } from '@interlude/api-client/testing';
import type { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { endSession } from '../features/session/session-end';

export interface RenderRouteOptions {
  /** Seeds the cache, e.g. `(client) => client.setQueryData(key, data)`; seeded data never refetches. */
  seed?: (queryClient: QueryClient) => void;
  /** The API; `getMe` answers 401 (nobody signed in) unless given. */
  apiClient?: Partial<ApiClient>;
}

/** Where the portal is served in production; tests mount it there too. */
export const PORTAL_BASENAME = '/portal';

export const problem = (status: number, code?: string) =>
  new ApiError('problem', {
    type: 'about:blank',
    title: `HTTP ${status}`,
    status,
    ...(code ? { code } : {}),
  });

/** Renders the app's real routes at `path` (below the basename), with a fresh cache and no network. */
export function renderRoute(
  path: string,
  { seed, apiClient }: RenderRouteOptions = {},
): RenderResult & { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = createQueryClient({
    onSessionEnded: (client) => endSession(client),
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  seed?.(queryClient);
  const client = createFakeApiClient({ getMe: () => Promise.reject(problem(401)), ...apiClient });
  const router = createMemoryRouter(routes, {
    basename: PORTAL_BASENAME,
    initialEntries: [`${PORTAL_BASENAME}${path}`],
  });

  const result = render(
    <AppProviders queryClient={queryClient} apiClient={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, queryClient, router };
}
