/** Where the portal is served; the router adds it to every path. */
const PORTAL_PREFIX = '/portal';

/**
 * Where a notification leads, if it is a path inside the portal (`/homework/…`; a full `/portal/homework/…`
 * is taken as the same). Anything else (another origin, `//host`, `/\host`) is not followed: the
 * notification is then shown with "Mark as read" instead of a link.
 */
export function portalLink(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  if (link === PORTAL_PREFIX || link.startsWith(`${PORTAL_PREFIX}/`))
    return link.slice(PORTAL_PREFIX.length) || '/';
  return link;
}

/** "1 notification", "3 notifications". */
export const notificationCount = (count: number): string =>
  `${count} ${count === 1 ? 'notification' : 'notifications'}`;
