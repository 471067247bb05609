import { ApiError, systemKeys } from '@interlude/api-client';
import type { Readiness } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderRoute } from '../test-utils/render-route';

const readiness: Readiness = {
  status: 'ready',
  version: '0.1.0',
  mode: 'demo',
  checks: { database: 'up', queue: 'up' },
};

const seedReadiness = (data: Readiness) => ({
  seed: (queryClient: QueryClient) => queryClient.setQueryData(systemKeys.readiness(), data),
});

function serviceRows() {
  return screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('staff app routes', () => {
  it('shows the system status from the cache on the home route', async () => {
    renderRoute(
      '/',
      seedReadiness({ ...readiness, status: 'unavailable', checks: { database: 'down', queue: 'up' } }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(screen.getByText('Something is down')).toBeInTheDocument();
    expect(serviceRows()).toEqual([
      ['Database', 'Not reachable'],
      ['Background jobs', 'Working'],
    ]);
    expect(screen.getByText('Demo mode')).toBeInTheDocument();
  });

  it('says all systems work when every check is up', async () => {
    renderRoute('/', seedReadiness(readiness));

    expect(await screen.findByText('All systems working')).toBeInTheDocument();
  });

  it('shows a skeleton while the first check is running', async () => {
    renderRoute('/', { apiClient: { getReadiness: () => new Promise<Readiness>(() => undefined) } });

    const loading = await screen.findByRole('status');
    expect(loading).toHaveAttribute('aria-busy', 'true');
    expect(loading).toHaveTextContent('Checking the service');
  });

  it('explains a failed check and retries it', async () => {
    const getReadiness = jest
      .fn<Promise<Readiness>, [AbortSignal?]>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockResolvedValueOnce(readiness);
    renderRoute('/', { apiClient: { getReadiness } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check the status');
    expect(alert).toHaveTextContent('The Interlude server could not be reached.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('All systems working')).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledTimes(2);
  });

  it('renders a not-found page for an unknown route, inside the app shell', async () => {
    renderRoute('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('marks the current page in the navigation', async () => {
    renderRoute('/', seedReadiness(readiness));

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'System status' })).toHaveAttribute('aria-current', 'page');
  });
});
