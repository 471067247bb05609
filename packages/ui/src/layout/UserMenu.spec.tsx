import { Menu } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { UserMenu } from './UserMenu';

describe('UserMenu', () => {
  it('opens a menu of the given items from a button named after the person', async () => {
    const onSignOut = jest.fn();
    renderWithTheme(
      <UserMenu name="Ana Admin">
        <Menu.Item component="a" href="/account">
          My account
        </Menu.Item>
        <Menu.Item onClick={onSignOut}>Sign out</Menu.Item>
      </UserMenu>,
    );

    const button = screen.getByRole('button', { name: 'Account menu for Ana Admin' });
    expect(button).toHaveTextContent('Ana Admin');
    fireEvent.click(button);

    expect(await screen.findByRole('menuitem', { name: 'My account' })).toHaveAttribute('href', '/account');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
