import { type ApiClient, ApiError } from '@interlude/api-client';
import type { NotificationSettings } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome } from '../../../test-utils/fixtures';
import { notificationList } from '../../../test-utils/notification-fixtures';
import { problem, renderRoute } from '../../../test-utils/render-route';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  listNotifications: () => Promise.resolve(notificationList([])),
  ...api,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Notification settings', () => {
  it('shows the email choice and what is true whatever it is, in the clinic’s words', async () => {
    renderRoute('/settings/notifications', {
      apiClient: signedIn({ getNotificationSettings: () => Promise.resolve({ emailReminders: true }) }),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Notification settings' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('switch', { name: 'Email me reminders' })).toBeChecked();
    const about = screen.getByRole('region', { name: 'Good to know' });
    expect(about).toHaveTextContent(
      'Reminders always show here in the portal, under Notifications, whatever you choose for email.',
    );
    expect(about).toHaveTextContent(
      'Reminders never say what your practice is about, only that something is due and when.',
    );
    expect(about).toHaveTextContent(
      'Harbour Therapy sets quiet hours. A reminder that falls in them waits until they are over.',
    );
    expect(within(about).getByRole('link', { name: 'Notifications' })).toHaveAttribute(
      'href',
      '/portal/notifications',
    );
  });

  it('turns email reminders off at once, saves {emailReminders:false}, and confirms quietly', async () => {
    const saved = deferred<NotificationSettings>();
    const updateNotificationSettings = jest
      .fn<Promise<NotificationSettings>, [string, NotificationSettings]>()
      .mockReturnValue(saved.promise);
    renderRoute('/settings/notifications', {
      apiClient: signedIn({
        getNotificationSettings: () => Promise.resolve({ emailReminders: true }),
        updateNotificationSettings,
      }),
    });

    const toggle = await screen.findByRole('switch', { name: 'Email me reminders' });
    fireEvent.click(toggle);

    await waitFor(() =>
      expect(updateNotificationSettings).toHaveBeenCalledWith(CLINIC_ID, { emailReminders: false }),
    );
    expect(toggle).not.toBeChecked();

    saved.resolve({ emailReminders: false });
    expect(
      await screen.findByText(
        'Saved. We will not email you reminders. They will still show here in the portal.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the switch back and says so when saving fails', async () => {
    const updateNotificationSettings = jest
      .fn<Promise<NotificationSettings>, [string, NotificationSettings]>()
      .mockRejectedValue(ApiError.network(new TypeError('fetch failed')));
    renderRoute('/settings/notifications', {
      apiClient: signedIn({
        getNotificationSettings: () => Promise.resolve({ emailReminders: false }),
        updateNotificationSettings,
      }),
    });

    const toggle = await screen.findByRole('switch', { name: 'Email me reminders' });
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);

    const alert = await screen.findByRole('alert');
    expect(updateNotificationSettings).toHaveBeenCalledWith(CLINIC_ID, { emailReminders: true });
    expect(alert).toHaveTextContent('Your choice was not saved');
    expect(alert).toHaveTextContent('Check your connection, then try again. Email reminders are still off.');
    expect(toggle).not.toBeChecked();
    expect(screen.queryByText(/^Saved\./)).not.toBeInTheDocument();
  });

  it('explains when the settings cannot be loaded, and tries again', async () => {
    const getNotificationSettings = jest
      .fn<Promise<NotificationSettings>, [string, AbortSignal?]>()
      .mockRejectedValueOnce(problem(503))
      .mockResolvedValueOnce({ emailReminders: true });
    renderRoute('/settings/notifications', { apiClient: signedIn({ getNotificationSettings }) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your settings');
    expect(alert).toHaveTextContent('Please try again in a moment.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('switch', { name: 'Email me reminders' })).toBeChecked();
  });

  it('is reached from the navigation (Settings) and from the notifications page', async () => {
    const { router } = renderRoute('/notifications', {
      apiClient: signedIn({ getNotificationSettings: () => Promise.resolve({ emailReminders: true }) }),
    });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/portal/settings/notifications',
    );
    fireEvent.click(await screen.findByRole('link', { name: 'Notification settings' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Notification settings' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/portal/settings/notifications');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });
});
