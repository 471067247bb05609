import type { Me } from '@interlude/contracts';
import { UserMenu } from '@interlude/ui';
import { Menu } from '@mantine/core';
import { Link } from 'react-router';
import { useSignOutAndLeave } from '../features/session/api/useSignOutAndLeave';
import { CHOOSE_CLINIC_PATH } from '../features/session/session-paths';

export interface AccountMenuProps {
  me: Me;
  /** Offer "Switch clinic" to staff of more than one clinic. */
  canSwitchClinic: boolean;
}

export function AccountMenu({ me, canSwitchClinic }: AccountMenuProps) {
  const { signOut } = useSignOutAndLeave();
  return (
    <UserMenu name={me.user.name}>
      <Menu.Label>{me.user.email}</Menu.Label>
      <Menu.Item component={Link} to="/account">
        My account
      </Menu.Item>
      {canSwitchClinic ? (
        <Menu.Item component={Link} to={CHOOSE_CLINIC_PATH}>
          Switch clinic
        </Menu.Item>
      ) : null}
      <Menu.Divider />
      <Menu.Item onClick={signOut}>Sign out</Menu.Item>
    </UserMenu>
  );
}
