import type { Me, Membership, Role } from '@interlude/contracts';
import { createContext, useContext } from 'react';

export interface CurrentClinic {
  clinicId: string;
  clinicName: string;
  membership: Membership;
  me: Me;
  hasRole: (...roles: Role[]) => boolean;
}

export const CurrentClinicContext = createContext<CurrentClinic | null>(null);

/** The clinic in the URL (`/clinics/:clinicId/…`) and the signed-in person's membership in it. */
export function useCurrentClinic(): CurrentClinic {
  const clinic = useContext(CurrentClinicContext);
  if (!clinic) throw new Error('useCurrentClinic must be used on a page under /clinics/:clinicId.');
  return clinic;
}
