import type { Me } from '@interlude/contracts';
import { isActiveStaffMembership } from '../../lib/roles';

export const SIGN_IN_PATH = '/sign-in';
export const MFA_SETUP_PATH = '/account/mfa';
export const CHOOSE_CLINIC_PATH = '/clinics';

export const clinicPath = (clinicId: string, page = '') => `/clinics/${clinicId}${page ? `/${page}` : ''}`;

/** Why the sign-in screen is shown, so it can say so calmly. */
export type SignInReason = 'session-ended' | 'signed-out' | 'password-reset';

/** Pages anyone may see; a session that ends while one is open does not send the person away from it. */
const PUBLIC_PREFIXES = [
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/invitations/',
  '/status',
  '/demo/',
];

export const isPublicPath = (pathname: string): boolean =>
  pathname === '/' || PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix));

export function signInPath(reason?: SignInReason, next?: string): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next) params.set('next', next);
  const search = params.toString();
  return search ? `${SIGN_IN_PATH}?${search}` : SIGN_IN_PATH;
}

/**
 * A `next` path to return to after sign-in, if it is safe: a path inside this app (never another
 * origin, `//host` or `/\host`) and not a sign-in screen itself.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (isPublicPath(next.split(/[?#]/)[0])) return null;
  return next;
}

export const activeStaffMemberships = (me: Me) => me.memberships.filter(isActiveStaffMembership);

/** Where a signed-in person starts: MFA set-up if a clinic requires it, their clinic, or the clinic picker. */
export function homePathFor(me: Me): string {
  if (me.mfaEnrollmentRequired) return MFA_SETUP_PATH;
  const clinics = activeStaffMemberships(me);
  return clinics.length === 1 ? clinicPath(clinics[0].clinicId) : CHOOSE_CLINIC_PATH;
}

/** After sign-in: MFA set-up first when required, then the page the person was sent away from, else home. */
export function destinationAfterSignIn(me: Me, next?: string | null): string {
  if (me.mfaEnrollmentRequired) return MFA_SETUP_PATH;
  return safeNextPath(next) ?? homePathFor(me);
}
