import { useMe } from '@interlude/api-client';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { clearPortalHomes } from '../features/offline/portal-home-storage';

/** Asks who is signed in once, for every screen; when the server says nobody is, the offline copy goes. */
export function RootRoute() {
  const me = useMe().data;
  useEffect(() => {
    if (me === null) clearPortalHomes();
  }, [me]);
  return <Outlet />;
}
