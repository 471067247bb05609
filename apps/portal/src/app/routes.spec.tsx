import { ApiError, systemKeys } from '@interlude/api-client';
import type { Readiness } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderRoute } from '../test-utils/render-route';

const readiness: Readiness = {
  status: 'ready',
  version: '0.1.0',
  mode: 'standard',
  checks: { database: 'up', queue: 'up' },
};

const seedReadiness = (data: Readiness) => ({
  seed: (queryClient: QueryClient) => queryClient.setQueryData(systemKeys.readiness(), data),
});

function serviceRows() {
  return screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('portal routes', () => {
  it('welcomes the client and shows the service status from the cache', async () => {
    renderRoute(
      '/',
      seedReadiness({ ...readiness, status: 'unavailable', checks: { database: 'up', queue: 'down' } }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Service status' })).toHaveTextContent('Something is down');
    expect(serviceRows()).toEqual([
      ['Database', 'Working'],
      ['Background jobs', 'Not reachable'],
    ]);
  });

  it('explains a failed check and retries it', async () => {
    const getReadiness = jest
      .fn<Promise<Readiness>, [AbortSignal?]>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockResolvedValueOnce(readiness);
    renderRoute('/', { apiClient: { getReadiness } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach Interlude just now.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('All systems working')).toBeInTheDocument();
  });

  it('keeps "Need help now?" in the header, opening emergency guidance', async () => {
    renderRoute('/', seedReadiness(readiness));

    const help = within(await screen.findByRole('banner')).getByRole('button', { name: 'Need help now?' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    fireEvent.click(help);
    const dialog = await screen.findByRole('dialog', { name: 'Need help now?' });
    expect(dialog).toHaveTextContent('If you are in immediate danger, call your local emergency number.');
    expect(dialog).toHaveTextContent('crisis lines and your safety plan will appear here');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps "Need help now?" on the not-found page too, with a link home', async () => {
    renderRoute('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/portal');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' })).toBeVisible();
  });
});
