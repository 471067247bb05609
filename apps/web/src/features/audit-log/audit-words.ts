import type { AuditOutcome } from '@interlude/contracts';

/** Audit actions in the clinic's words; an action not listed here is still shown, in generated words. */
export const ACTION_WORDS: Record<string, string> = {
  'auth.signed_in': 'Signed in',
  'auth.signed_out': 'Signed out',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.password_reset_requested': 'Asked for a password reset link',
  'auth.password_reset': 'Reset their password',
  'auth.password_changed': 'Changed their password',
  'auth.mfa_enabled': 'Turned on two-step sign-in',
  'clinic.signed_up': 'Created the clinic',
  'clinic.settings_changed': 'Changed the clinic settings',
  'invitation.created': 'Invited a staff member',
  'invitation.resent': 'Resent an invitation',
  'invitation.revoked': 'Revoked an invitation',
  'invitation.accepted': 'Accepted an invitation',
  'staff.roles_changed': 'Changed a staff member’s roles',
  'staff.deactivated': 'Deactivated a staff member',
  'staff.reactivated': 'Reactivated a staff member',
  'access.denied': 'Was refused access',
  'demo.seeded': 'Filled the demo with sample data',
};

const RESOURCE_WORDS: Record<string, string> = {
  session: 'Sign-in session',
  user: 'Account',
  clinic: 'Clinic',
  membership: 'Staff member',
  staff: 'Staff member',
  invitation: 'Invitation',
  audit_event: 'Audit log',
};

export const OUTCOME_WORDS: Record<AuditOutcome, string> = {
  success: 'Succeeded',
  failure: 'Failed',
  denied: 'Refused',
};

/** "staff.roles_changed" → "Staff: roles changed", for actions added after this list. */
const sentence = (words: string) => {
  const text = words.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export function describeAction(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const [area, ...rest] = action.split('.');
  return rest.length > 0 ? `${sentence(area)}: ${rest.join(' ').replace(/[_-]+/g, ' ')}` : sentence(area);
}

export function describeResource(resourceType: string): string {
  return RESOURCE_WORDS[resourceType] ?? sentence(resourceType);
}
