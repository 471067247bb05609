import { type ApiClient, ApiError, portalKeys, sessionKeys, systemKeys } from '@interlude/api-client';
import type { Readiness } from '@interlude/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { savePortalHome } from '../features/offline/portal-home-storage';
import { CLINIC_ID, clientMe, portalHome, USER_ID } from '../test-utils/fixtures';
import { dueSoon, notificationList, overdue } from '../test-utils/notification-fixtures';
import { problem, renderRoute } from '../test-utils/render-route';

const readiness: Readiness = {
  status: 'ready',
  version: '0.1.0',
  mode: 'standard',
  checks: { database: 'up', queue: 'up' },
};

const signedIn = (api: Partial<ApiClient> = {}): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

describe('portal routes', () => {
  it('sends a signed-out visitor to sign-in, with "Need help now?" still in the header', async () => {
    const { router } = renderRoute('/safety-plan');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/portal/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fsafety-plan');

    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' }));
    const dialog = await screen.findByRole('dialog', { name: 'Need help now?' });
    expect(dialog).toHaveTextContent('If you are in immediate danger, call your local emergency number.');
    expect(dialog).toHaveTextContent(
      'Once you sign in, your clinic’s crisis lines and your safety plan will appear here.',
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps "Need help now?" on the not-found page too, with a link home', async () => {
    renderRoute('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/portal');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' })).toBeVisible();
  });

  it('returns to sign-in with a calm message when the session ends (401), and forgets the kept copy', async () => {
    savePortalHome(CLINIC_ID, USER_ID, portalHome());
    const getPortalHome = jest.fn<Promise<never>, [string, AbortSignal?]>().mockRejectedValue(problem(401));
    const { router, queryClient } = renderRoute('/', {
      seed: (client) => client.setQueryData(sessionKeys.me(), clientMe),
      apiClient: signedIn({ getPortalHome }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'You have been signed out, to keep your information safe. Please sign in again.',
    );
    expect(router.state.location.search).toBe('?reason=session-ended');
    expect(getPortalHome).toHaveBeenCalledWith(CLINIC_ID, expect.anything());
    expect(window.localStorage.length).toBe(0);
    expect(queryClient.getQueryData(portalKeys.home(CLINIC_ID))).toBeUndefined();
  });

  it('says plainly when a signed-in staff member opens the portal', async () => {
    renderRoute('/', {
      apiClient: {
        getMe: () =>
          Promise.resolve({
            ...clientMe,
            memberships: [{ ...clientMe.memberships[0], roles: ['clinician'] }],
          }),
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'There is no client portal for this account' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the staff app' })).toHaveAttribute('href', '/');
  });

  it('shows the service status on the About page', async () => {
    renderRoute('/about', {
      seed: (client) => client.setQueryData(systemKeys.readiness(), readiness),
      apiClient: signedIn(),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'About' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Service status' })).toHaveTextContent('All systems working');
  });

  it('explains a failed status check on the About page and retries it', async () => {
    const getReadiness = jest
      .fn<Promise<Readiness>, [AbortSignal?]>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockResolvedValueOnce(readiness);
    renderRoute('/about', { apiClient: signedIn({ getReadiness }) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach Interlude just now.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('All systems working')).toBeInTheDocument();
  });

  it('shows the unread count by the bell in the header, and links notifications and settings in the navigation', async () => {
    const listNotifications = jest.fn().mockResolvedValue(notificationList([dueSoon(1), overdue(2)]));
    renderRoute('/', { apiClient: signedIn({ listNotifications }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    const bell = await within(screen.getByRole('banner')).findByRole('link', {
      name: 'Notifications, 2 unread',
    });
    expect(bell).toHaveAttribute('href', '/portal/notifications');
    expect(listNotifications).toHaveBeenCalledWith(CLINIC_ID, { limit: 1 }, expect.anything());
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toHaveAttribute(
      'href',
      '/portal/notifications',
    );
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/portal/settings/notifications',
    );
  });

  it('keeps the bell, without a number, when the count cannot be fetched', async () => {
    renderRoute('/about', {
      seed: (client) => client.setQueryData(systemKeys.readiness(), readiness),
      apiClient: signedIn({ listNotifications: () => Promise.reject(problem(503)) }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'About' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Notifications' })).toBeVisible();
  });

  it('opens the unsubscribe link from an email without a session', async () => {
    const { router } = renderRoute(
      '/unsubscribe?token=0190a5b4-0000-7000-8000-000000000001.kq3V8nZcR2x7LwYp',
    );

    expect(await screen.findByRole('button', { name: 'Stop email reminders' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/portal/unsubscribe');
  });
});
