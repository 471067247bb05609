import { useMe } from '@interlude/api-client';
import { useState } from 'react';
import { loadLastPortalHome } from '../../offline/portal-home-storage';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import type { PortalSession } from '../../session/portal-session';
import { NeedHelpNowButton } from './NeedHelpNowButton';

/** In the signed-in shell: the dialog reads the portal's first answer (cached, kept offline). */
export function SignedInHelpButton({ session }: { session: PortalSession }) {
  const home = useClientPortalHome(session).data;
  return <NeedHelpNowButton home={home} signedIn />;
}

/**
 * Before sign-in: only guidance, unless the session could not be checked (e.g. no network after a
 * reload), when the copy kept for the last signed-in client is shown. Once the server says nobody is
 * signed in, that copy is gone (see `RootRoute`).
 */
export function PublicHelpButton() {
  const me = useMe();
  const [kept] = useState(loadLastPortalHome);
  return <NeedHelpNowButton home={me.data === null ? undefined : kept} />;
}
