import { AppShellLayout } from '@interlude/ui';
import { Outlet } from 'react-router';
import { AppNavLink } from './AppNavLink';

export function RootLayout() {
  return (
    <AppShellLayout navigation={<AppNavLink to="/" label="System status" />}>
      <Outlet />
    </AppShellLayout>
  );
}
