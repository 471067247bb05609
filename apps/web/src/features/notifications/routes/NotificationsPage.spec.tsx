import { clinicSettingsKeys } from '@interlude/api-client';
import type { NotificationListQuery } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CLINIC_ID,
  clientRecord,
  clinician,
  clinicSettings,
  membership,
  person,
  problem,
} from '../../../test-utils/fixtures';
import {
  minutesAgo,
  notification,
  notificationId,
  notificationList,
} from '../../../test-utils/notification-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/notifications`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings());

const riskAlert = notification(1, { createdAt: minutesAgo(5) });
const digest = notification(2, {
  kind: 'digest.morning',
  title: 'Your morning summary',
  body: '3 responses to review · 1 prep task due.',
  link: `/clinics/${CLINIC_ID}`,
  createdAt: minutesAgo(3 * 60),
});
const oldDigest = notification(3, {
  kind: 'digest.morning',
  title: 'Your morning summary',
  body: 'Nothing waiting for you.',
  link: null,
  createdAt: minutesAgo(2 * 24 * 60),
  readAt: minutesAgo(2 * 24 * 60 - 30),
});

/** The bell asks for one item (`limit: 1`) and the page for a page: both get the first page here. */
const listOf = (...pages: ReturnType<typeof notificationList>[]) =>
  jest.fn((_clinicId: string, query: Partial<NotificationListQuery>) =>
    Promise.resolve(query.cursor ? (pages.find((page) => page.nextCursor === null) ?? pages[0]) : pages[0]),
  );

const list = () => screen.findByRole('list', { name: 'Notifications, newest first' });

describe('the notifications page', () => {
  it('lists notifications newest first, with their time and whether they are unread', async () => {
    const listNotifications = listOf(notificationList([riskAlert, digest, oldDigest]));
    renderRoute(path, { me: clinician(), seed, apiClient: { listNotifications } });

    const items = within(await list()).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Unread');
    expect(items[0]).toHaveTextContent('New risk alert');
    expect(items[0]).toHaveTextContent('A questionnaire answer raised a risk alert.');
    expect(items[0]).toHaveTextContent('5 minutes ago');
    expect(items[1]).toHaveTextContent('3 hours ago');
    expect(items[2]).toHaveTextContent('2 days ago');
    expect(items[2]).not.toHaveTextContent('Unread');
    expect(within(items[1]).getByRole('link', { name: 'Your morning summary' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}`,
    );
    expect(screen.getByText(/^2 unread\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications, 2 unread' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(listNotifications).toHaveBeenCalledWith(
      CLINIC_ID,
      { limit: 20, cursor: undefined },
      expect.anything(),
    );
  });

  it('marks a notification read and goes where it points', async () => {
    const markNotificationRead = jest.fn().mockResolvedValue({ unreadCount: 1 });
    const { router } = renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { listNotifications: listOf(notificationList([riskAlert, digest])), markNotificationRead },
    });

    fireEvent.click(within(await list()).getByRole('link', { name: 'New risk alert' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}/clients/${clientRecord(1).id}`),
    );
    expect(markNotificationRead).toHaveBeenCalledWith(CLINIC_ID, notificationId(1));
  });

  it('marks one without a link read where it is', async () => {
    const markNotificationRead = jest.fn().mockResolvedValue({ unreadCount: 0 });
    const unreadWithoutLink = { ...oldDigest, readAt: null };
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { listNotifications: listOf(notificationList([unreadWithoutLink])), markNotificationRead },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark “Your morning summary” as read' }));
    await waitFor(() => expect(markNotificationRead).toHaveBeenCalledWith(CLINIC_ID, notificationId(3)));
  });

  it('marks everything read, confirms, and shows the list again', async () => {
    const listNotifications = jest
      .fn()
      // The bell's first count and the page's first page.
      .mockResolvedValueOnce(notificationList([riskAlert, digest]))
      .mockResolvedValueOnce(notificationList([riskAlert, digest]))
      .mockResolvedValue(
        notificationList([
          { ...riskAlert, readAt: minutesAgo(0) },
          { ...digest, readAt: minutesAgo(0) },
        ]),
      );
    const markAllNotificationsRead = jest.fn().mockResolvedValue({ unreadCount: 0 });
    renderRoute(path, { me: clinician(), seed, apiClient: { listNotifications, markAllNotificationsRead } });

    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByText('All notifications are marked as read.')).toBeInTheDocument();
    expect(markAllNotificationsRead).toHaveBeenCalledWith(CLINIC_ID);
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: /Notifications/ })).queryByText('Unread')).toBeNull(),
    );
    expect(screen.getByRole('link', { name: 'Notifications, none unread' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('loads older notifications on request', async () => {
    const listNotifications = listOf(
      notificationList([riskAlert, digest], { nextCursor: 'older' }),
      notificationList([oldDigest], { unreadCount: 2 }),
    );
    renderRoute(path, { me: clinician(), seed, apiClient: { listNotifications } });

    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: /Notifications/ })).getAllByRole('listitem'),
      ).toHaveLength(3),
    );
    expect(listNotifications).toHaveBeenCalledWith(
      CLINIC_ID,
      { limit: 20, cursor: 'older' },
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says what will appear here when there is nothing', async () => {
    renderRoute(path, {
      me: person({}, [membership({ roles: ['manager'] })]),
      seed,
      apiClient: { listNotifications: listOf(notificationList([])) },
    });

    expect(await screen.findByRole('heading', { name: 'Nothing new' })).toBeInTheDocument();
    expect(screen.getByText('Risk alerts and your morning summary appear here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('explains a failed load and retries it', async () => {
    const page = jest
      .fn()
      .mockRejectedValueOnce(problem(503, { detail: 'The database is not reachable.' }))
      .mockResolvedValue(notificationList([riskAlert]));
    // The bell (one item) answers; the page's list fails once.
    const listNotifications = jest.fn((_clinicId: string, query: Partial<NotificationListQuery>) =>
      query.limit === 1 ? Promise.resolve(notificationList([riskAlert])) : page(),
    );
    renderRoute(path, { me: clinician(), seed, apiClient: { listNotifications } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your notifications');
    expect(alert).toHaveTextContent('The database is not reachable.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await list()).toHaveTextContent('New risk alert');
  });
});
