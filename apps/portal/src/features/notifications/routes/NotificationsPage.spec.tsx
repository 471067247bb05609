import { type ApiClient, ApiError } from '@interlude/api-client';
import type { Notification, NotificationList, NotificationListQuery } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome } from '../../../test-utils/fixtures';
import { JOURNAL_OCCURRENCE_ID } from '../../../test-utils/homework-fixtures';
import {
  dueSoon,
  feedback,
  minutesAgo,
  notificationList,
  overdue,
} from '../../../test-utils/notification-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

/** A small in-memory inbox behind `listNotifications` and the two "mark read" calls, like the API. */
function inbox(initial: Notification[]) {
  let items = initial;
  const unreadCount = () => items.filter((item) => item.readAt === null).length;
  const listNotifications = jest.fn(
    (_clinicId: string, query: Partial<NotificationListQuery>): Promise<NotificationList> =>
      Promise.resolve(notificationList(items.slice(0, query.limit ?? 20), { unreadCount: unreadCount() })),
  );
  const markNotificationRead = jest.fn((_clinicId: string, id: string) => {
    items = items.map((item) => (item.id === id ? { ...item, readAt: new Date().toISOString() } : item));
    return Promise.resolve({ unreadCount: unreadCount() });
  });
  const markAllNotificationsRead = jest.fn((_clinicId: string) => {
    items = items.map((item) => ({ ...item, readAt: item.readAt ?? new Date().toISOString() }));
    return Promise.resolve({ unreadCount: 0 });
  });
  return { listNotifications, markNotificationRead, markAllNotificationsRead };
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Notifications' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent);

describe('Notifications', () => {
  it('lists notifications newest first, with what they say, when, and which are unread', async () => {
    const api = inbox([dueSoon(1), overdue(2), feedback(3)]);
    renderRoute('/notifications', { apiClient: signedIn(api) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    await waitFor(() =>
      expect(rows()).toEqual([
        'UnreadDue soonSomething you planned with your clinician is due today at 18:00.5 minutes ago',
        'UnreadThere is still timeSomething was due yesterday at 18:00. You can still do it, or let your clinician know why not.3 hours ago',
        'Your clinician repliedThere is new feedback on something you sent.2 days ago',
      ]),
    );
    expect(screen.getByText('2 unread. Tap one to open what it is about.')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 notifications')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(api.listNotifications).toHaveBeenCalledWith(
      CLINIC_ID,
      { limit: 20, cursor: undefined },
      expect.anything(),
    );

    // The header's bell says the count in words, on every screen.
    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Notifications, 2 unread' }),
    ).toHaveAttribute('href', '/portal/notifications');
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/portal/settings/notifications',
    );
  });

  it('marks a notification read when it is tapped, and goes to what it is about', async () => {
    const api = inbox([dueSoon(1), overdue(2)]);
    const { router } = renderRoute('/notifications', { apiClient: signedIn(api) });

    const link = await screen.findByRole('link', { name: /Due soon/ });
    expect(link).toHaveAttribute('href', `/portal/homework/${JOURNAL_OCCURRENCE_ID}`);
    fireEvent.click(link);

    await waitFor(() => expect(api.markNotificationRead).toHaveBeenCalledWith(CLINIC_ID, dueSoon(1).id));
    expect(router.state.location.pathname).toBe(`/portal/homework/${JOURNAL_OCCURRENCE_ID}`);
    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument();
  });

  it('does not mark an already-read notification again', async () => {
    const api = inbox([feedback(3)]);
    const { router } = renderRoute('/notifications', { apiClient: signedIn(api) });

    fireEvent.click(await screen.findByRole('link', { name: /Your clinician replied/ }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/portal/homework/${JOURNAL_OCCURRENCE_ID}`),
    );
    expect(api.markNotificationRead).not.toHaveBeenCalled();
  });

  it('offers "Mark as read" for a notification with nowhere to go', async () => {
    const api = inbox([dueSoon(1, { link: null })]);
    renderRoute('/notifications', { apiClient: signedIn(api) });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark “Due soon” as read' }));

    await waitFor(() => expect(api.markNotificationRead).toHaveBeenCalledWith(CLINIC_ID, dueSoon(1).id));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark “Due soon” as read' })).toBeNull());
    expect(screen.queryByText('Unread')).not.toBeInTheDocument();
    expect(screen.getByText('Nothing unread. Tap one to open what it is about.')).toBeInTheDocument();
    // Focus stays with the notification once its button has gone.
    await waitFor(() => expect(screen.getByText('Due soon').closest('[data-row-focus]')).toHaveFocus());
  });

  it('marks everything read at once, with a quiet confirmation', async () => {
    const api = inbox([dueSoon(1), overdue(2), feedback(3)]);
    renderRoute('/notifications', { apiClient: signedIn(api) });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));

    await waitFor(() => expect(api.markAllNotificationsRead).toHaveBeenCalledWith(CLINIC_ID));
    expect(await screen.findByText('All your notifications are marked as read.')).toHaveAttribute(
      'role',
      'status',
    );
    await waitFor(() => expect(screen.queryByText('Unread')).not.toBeInTheDocument());
    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
    // Still focusable, but nothing to do now.
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('loads older notifications with "Load more", and moves focus to the first new one', async () => {
    const older = [feedback(3), feedback(4, { createdAt: minutesAgo(20 * 24 * 60), readAt: minutesAgo(60) })];
    const listNotifications = jest.fn(
      (_clinicId: string, query: Partial<NotificationListQuery>): Promise<NotificationList> => {
        if (query.limit === 1) return Promise.resolve(notificationList([dueSoon(1)], { unreadCount: 2 }));
        if (query.cursor === 'page-2') return Promise.resolve(notificationList(older, { unreadCount: 2 }));
        return Promise.resolve(notificationList([dueSoon(1), overdue(2)], { nextCursor: 'page-2' }));
      },
    );
    renderRoute('/notifications', { apiClient: signedIn({ listNotifications }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(listNotifications).toHaveBeenCalledWith(
      CLINIC_ID,
      { limit: 20, cursor: 'page-2' },
      expect.anything(),
    );
    expect(screen.getByText('Showing 4 notifications')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: /Your clinician replied/ })[0]).toHaveFocus(),
    );
  });

  it('says what will show up here when there is nothing yet, in the clinic’s word', async () => {
    renderRoute('/notifications', { apiClient: signedIn(inbox([])) });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'No notifications yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Reminders about your practice will show up here, and so will a note when your clinician replies.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notification settings' })).toBeInTheDocument();
    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
  });

  it('explains a failed load and tries again', async () => {
    const api = inbox([dueSoon(1)]);
    api.listNotifications
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')));
    renderRoute('/notifications', { apiClient: signedIn(api) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your notifications');
    expect(alert).toHaveTextContent('Check your connection, then try again.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: /Due soon/ })).toBeInTheDocument();
  });
});
