import { Menu, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './UserMenu.module.css';

export interface UserMenuProps {
  /** The signed-in person's name, shown on the button. */
  name: string;
  /** Menu items, e.g. `<Menu.Item component={Link} to="/account">My account</Menu.Item>`. */
  children: ReactNode;
}

/** The signed-in person's menu in the header ("My account", "Sign out"); arrow keys move between items. */
export function UserMenu({ name, children }: UserMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={220}>
      <Menu.Target>
        <UnstyledButton className={classes.button} aria-label={`Account menu for ${name}`}>
          <span className={classes.name}>{name}</span>
          <span aria-hidden="true" className={classes.chevron}>
            ▾
          </span>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
