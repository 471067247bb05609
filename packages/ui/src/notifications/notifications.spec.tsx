import { fireEvent, screen, within } from '@testing-library/react';
import type { MouseEvent } from 'react';
import type { RouterLinkProps } from '../routing/router-link';
import { renderWithTheme } from '../testing/render-with-theme';
import { badgeCount, NotificationBellLink, unreadNotificationsLabel } from './NotificationBellLink';
import { NotificationListView, type NotificationListViewItem } from './NotificationListView';

/** Stands in for the app's router link: an anchor that does not leave the test's page. */
function TestLink({ to, onClick, ...props }: RouterLinkProps) {
  return (
    <a
      href={to}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        onClick?.(event);
      }}
      {...props}
    />
  );
}

describe('NotificationBellLink', () => {
  it('is a link named with the count in words; the badge only shows it', () => {
    renderWithTheme(<NotificationBellLink linkComponent={TestLink} to="/notifications" count={3} />);

    const bell = screen.getByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).not.toHaveAttribute('aria-current');
    expect(screen.getByText('3').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('marks the current page, and shows no badge at 0 or while the count is unknown', () => {
    const { rerender } = renderWithTheme(
      <NotificationBellLink linkComponent={TestLink} to="/n" count={0} current />,
    );
    const bell = screen.getByRole('link', { name: 'Notifications, none unread' });
    expect(bell).toHaveAttribute('aria-current', 'page');
    expect(bell.parentElement).toHaveTextContent(/^$/);

    rerender(<NotificationBellLink linkComponent={TestLink} to="/n" count={undefined} />);
    expect(screen.getByRole('link', { name: 'Notifications' }).parentElement).toHaveTextContent(/^$/);
  });

  it('takes other words for its name', () => {
    renderWithTheme(<NotificationBellLink linkComponent={TestLink} to="/n" count={2} label="Inbox, 2 new" />);

    expect(screen.getByRole('link', { name: 'Inbox, 2 new' })).toBeInTheDocument();
  });

  it('names the count in words, and keeps the badge short', () => {
    expect(unreadNotificationsLabel(undefined)).toBe('Notifications');
    expect(unreadNotificationsLabel(0)).toBe('Notifications, none unread');
    expect(unreadNotificationsLabel(3)).toBe('Notifications, 3 unread');
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(120)).toBe('99+');
  });
});

const item = (n: number, overrides: Partial<NotificationListViewItem & { to: string | null }> = {}) => ({
  id: `n${n}`,
  title: `Title ${n}`,
  body: `Body ${n}`,
  createdAt: '2026-07-01T08:00:00.000Z',
  readAt: null,
  to: `/somewhere/${n}`,
  ...overrides,
});

describe('NotificationListView', () => {
  const unreadWithLink = item(1);
  const readWithLink = item(2, { readAt: '2026-07-01T09:00:00.000Z' });
  const unreadWithoutLink = item(3, { to: null });
  const items = [unreadWithLink, readWithLink, unreadWithoutLink];
  const common = {
    items,
    linkComponent: TestLink,
    linkTo: (one: (typeof items)[number]) => one.to,
    timeAgo: () => '5 minutes ago',
    exactTime: () => '1 Jul 2026, 10:00',
  };

  it('lists them in order with what they say, when, and which are unread (in words)', () => {
    renderWithTheme(
      <NotificationListView {...common} label="Notifications, newest first" onRead={jest.fn()} />,
    );

    const rows = within(screen.getByRole('list', { name: 'Notifications, newest first' })).getAllByRole(
      'listitem',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Unread');
    expect(rows[0]).toHaveTextContent('Body 1');
    expect(rows[1]).not.toHaveTextContent('Unread');
    expect(rows[1]).toHaveAttribute('data-row-index', '1');
    expect(rows[1]).toHaveAttribute('data-notification-id', 'n2');
    const time = within(rows[0]).getByText('5 minutes ago');
    expect(time).toHaveAttribute('datetime', '2026-07-01T08:00:00.000Z');
    expect(time).toHaveAttribute('title', '1 Jul 2026, 10:00');
  });

  it('compact: the title is the link, and following an unread one marks it read', () => {
    const onRead = jest.fn();
    renderWithTheme(<NotificationListView {...common} label="Notifications" onRead={onRead} />);

    const link = screen.getByRole('link', { name: 'Title 1' });
    expect(link).toHaveAttribute('href', '/somewhere/1');
    expect(link).toHaveAttribute('data-row-focus');
    fireEvent.click(link);
    expect(onRead).toHaveBeenCalledWith(unreadWithLink);

    fireEvent.click(screen.getByRole('link', { name: 'Title 2' }));
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('touch: the whole notification is one link', () => {
    const onRead = jest.fn();
    renderWithTheme(
      <NotificationListView {...common} layout="touch" label="Notifications" onRead={onRead} />,
    );

    const link = screen.getByRole('link', { name: /Title 1/ });
    expect(link).toHaveTextContent('UnreadTitle 1Body 15 minutes ago');
    fireEvent.click(link);
    expect(onRead).toHaveBeenCalledWith(unreadWithLink);
  });

  it.each(['compact', 'touch'] as const)(
    '%s: offers "Mark as read" for an unread one with nowhere to go, in the words given',
    (layout) => {
      const onRead = jest.fn();
      renderWithTheme(
        <NotificationListView
          {...common}
          layout={layout}
          label="Notifications"
          onRead={onRead}
          markingId="n1"
          words={{ markAsRead: 'Read it', markAsReadLabel: (title) => `I have read “${title}”` }}
        />,
      );

      expect(screen.getAllByRole('button')).toHaveLength(1);
      fireEvent.click(screen.getByRole('button', { name: 'I have read “Title 3”' }));
      expect(onRead).toHaveBeenCalledWith(unreadWithoutLink);
      expect(screen.getByText('Read it')).toBeInTheDocument();
      expect(screen.getByText('Title 3').closest('[data-row-focus]')).not.toBeNull();
    },
  );

  it('gives the ones that should stand out a coloured edge', () => {
    renderWithTheme(
      <NotificationListView
        {...common}
        label="Notifications"
        onRead={jest.fn()}
        accentColor={(one) => (one.id === 'n2' ? 'rgb(194, 65, 12)' : undefined)}
      />,
    );

    const [first, second] = screen.getAllByRole('listitem');
    expect(second).toHaveStyle({ borderLeft: '4px solid rgb(194, 65, 12)' });
    expect(first.style.borderLeft).toBe('');
  });
});
