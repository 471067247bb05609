import { createContext, useContext } from 'react';

/** The signed-in client and the clinic whose portal they are in. */
export interface PortalSession {
  clinicId: string;
  clinicName: string;
  userId: string;
}

export const PortalSessionContext = createContext<PortalSession | null>(null);

/** For screens inside the signed-in part of the portal (below `RequireSession`). */
export function usePortalSession(): PortalSession {
  const session = useContext(PortalSessionContext);
  if (!session) throw new Error('usePortalSession is used outside RequireSession.');
  return session;
}

export const useOptionalPortalSession = (): PortalSession | null => useContext(PortalSessionContext);
