import { AppShellLayout } from '@interlude/ui';
import { Outlet } from 'react-router';
import { NeedHelpNowButton } from '../features/crisis-help/components/NeedHelpNowButton';
import { AppNavLink } from './AppNavLink';

export function RootLayout() {
  return (
    <AppShellLayout navigation={<AppNavLink to="/" label="Home" />} headerActions={<NeedHelpNowButton />}>
      <Outlet />
    </AppShellLayout>
  );
}
