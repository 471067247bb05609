import type { Me, Membership } from '@interlude/contracts';

export const SIGN_IN_PATH = '/sign-in';
export const HOME_PATH = '/';
export const SAFETY_PLAN_PATH = '/safety-plan';
export const ABOUT_PATH = '/about';
export const HOMEWORK_PATH = '/homework';
export const PROGRESS_PATH = '/progress';
export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';
/** The link at the bottom of every reminder email: `/unsubscribe?token=…` (no session needed). */
export const UNSUBSCRIBE_PATH = '/unsubscribe';
/** One piece of homework: `/homework/{occurrenceId}`. */
export const homeworkItemPath = (occurrenceId: string) =>
  `${HOMEWORK_PATH}/${encodeURIComponent(occurrenceId)}`;
/** Forgotten passwords are reset in the staff app's screens (outside the portal's basename). */
export const FORGOT_PASSWORD_URL = '/forgot-password';

export type SignInReason = 'session-ended' | 'signed-out';

export function signInPath(reason?: SignInReason, next?: string): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next && next !== HOME_PATH) params.set('next', next);
  const search = params.toString();
  return search ? `${SIGN_IN_PATH}?${search}` : SIGN_IN_PATH;
}

/** A `next` path inside the portal (never another origin) and not a public screen; else home. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return HOME_PATH;
  if (next.startsWith(SIGN_IN_PATH) || next.startsWith('/invitations/') || next.startsWith(UNSUBSCRIBE_PATH))
    return HOME_PATH;
  return next;
}

/** The clinic where this person is an active client; the portal shows that clinic. */
export const clientMembership = (me: Me): Membership | undefined =>
  me.memberships.find((m) => m.status === 'active' && m.roles.includes('client'));
