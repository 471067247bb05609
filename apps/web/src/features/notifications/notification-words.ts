import type { NotificationKind } from '@interlude/contracts';

/**
 * Where a notification leads, if it is a path inside this app (`/clinics/…`). Anything else — another
 * origin, `//host`, `/\host` — is not followed: the notification is then shown without a link.
 */
export function inAppPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

/** Risk alerts stand out (calmly); everything else looks alike. */
export const isRiskAlert = (kind: NotificationKind): boolean => kind === 'risk_alert.created';
