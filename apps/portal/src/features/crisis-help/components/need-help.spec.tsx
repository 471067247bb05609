import { ApiError } from '@interlude/api-client';
import type { PortalHome } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const offline = () => Promise.reject(ApiError.network(new TypeError('Failed to fetch')));

async function openHelp() {
  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' }));
  return screen.findByRole('dialog', { name: 'Need help now?' });
}

describe('"Need help now?"', () => {
  it('shows the clinic’s crisis lines and the safety plan essentials, with tap-to-call links', async () => {
    renderRoute('/', {
      apiClient: {
        getMe: () => Promise.resolve(clientMe),
        getPortalHome: () => Promise.resolve(portalHome()),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });

    const dialog = await openHelp();
    expect(dialog).toHaveTextContent('If you are in immediate danger, call your local emergency number.');
    const crisis = within(dialog).getByRole('region', { name: 'Crisis lines' });
    expect(within(crisis).getByRole('link', { name: 'Call Samaritans on 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    expect(
      within(crisis).getByRole('link', { name: 'Call Harbour out-of-hours line on +44 (0)20 7946-0000' }),
    ).toHaveAttribute('href', 'tel:+442079460000');
    expect(crisis).toHaveTextContent('Free, any time, day or night.');
    const people = within(dialog).getByRole('region', { name: 'People I can contact' });
    expect(within(people).getByRole('link', { name: 'Call Jo (sister) on 07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(within(dialog).getByRole('region', { name: 'Things I can do to feel better' })).toHaveTextContent(
      'Walk by the river',
    );
    expect(within(dialog).getByRole('region', { name: 'My reasons for living' })).toHaveTextContent(
      'My niece',
    );

    fireEvent.click(within(dialog).getByRole('link', { name: 'See my whole safety plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument();
  });

  it('still shows the plan and crisis lines kept from the first load when a later fetch fails', async () => {
    const first = renderRoute('/', {
      apiClient: {
        getMe: () => Promise.resolve(clientMe),
        getPortalHome: () => Promise.resolve(portalHome()),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });
    await waitFor(() => expect(window.localStorage.length).toBeGreaterThan(0));
    first.unmount();

    // Back later (a reload, a new cache) with the network gone for the portal's data.
    const getPortalHome = jest.fn<Promise<PortalHome>, [string, AbortSignal?]>(offline);
    renderRoute('/', { apiClient: { getMe: () => Promise.resolve(clientMe), getPortalHome } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    await waitFor(() => expect(getPortalHome).toHaveBeenCalledWith(CLINIC_ID, expect.anything()));
    expect(await screen.findByText('You seem to be offline')).toBeInTheDocument();
    const dialog = await openHelp();
    expect(within(dialog).getByRole('link', { name: 'Call Samaritans on 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
  });

  it('keeps the data in memory when a refetch fails mid-session', async () => {
    const getPortalHome = jest
      .fn<Promise<PortalHome>, [string, AbortSignal?]>()
      .mockResolvedValueOnce(portalHome())
      .mockImplementation(offline);
    const { queryClient } = renderRoute('/', {
      apiClient: { getMe: () => Promise.resolve(clientMe), getPortalHome },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });

    await queryClient.refetchQueries();
    expect(await screen.findByText('You seem to be offline')).toBeInTheDocument();
    expect(getPortalHome).toHaveBeenCalledTimes(2);
    const dialog = await openHelp();
    expect(within(dialog).getByRole('link', { name: 'Call Samaritans on 116 123' })).toBeInTheDocument();
  });

  it('shows the kept copy before sign-in only while the session cannot be checked (offline reload)', async () => {
    const first = renderRoute('/', {
      apiClient: {
        getMe: () => Promise.resolve(clientMe),
        getPortalHome: () => Promise.resolve(portalHome()),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });
    await waitFor(() => expect(window.localStorage.length).toBeGreaterThan(0));
    first.unmount();

    renderRoute('/', { apiClient: { getMe: offline } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Could not check your session' }),
    ).toBeInTheDocument();
    const dialog = await openHelp();
    expect(within(dialog).getByRole('link', { name: 'Call Samaritans on 116 123' })).toBeInTheDocument();
  });

  it('forgets the kept copy on sign-out', async () => {
    const signOut = jest.fn().mockResolvedValue(undefined);
    renderRoute('/', {
      apiClient: {
        getMe: () => Promise.resolve(clientMe),
        getPortalHome: () => Promise.resolve(portalHome()),
        signOut,
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });
    await waitFor(() => expect(window.localStorage.length).toBeGreaterThan(0));

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You have signed out.');
    expect(window.localStorage.length).toBe(0);
    const dialog = await openHelp();
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  });
});
