import { type PortalHome, PortalHomeSchema } from '@interlude/contracts';
import { DRAFT_PREFIX } from './homework-draft-storage';

/**
 * The portal's first answer (clinic, crisis lines, safety plan), kept in this browser while the client
 * is signed in, so "Need help now?" still works when the network drops or the page reloads offline.
 * Written only after sign-in; removed on sign-out, when the session ends and when someone else signs in.
 */
const PREFIX = 'interlude:portal-home:';
const LAST = `${PREFIX}last`;

const keyFor = (clinicId: string, userId: string) => `${PREFIX}${clinicId}:${userId}`;

interface Stored {
  savedAt: number;
  home: unknown;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Storage switched off (private mode, policy): the in-memory cache still works.
  }
}

export function savePortalHome(clinicId: string, userId: string, home: PortalHome): void {
  const store = storage();
  if (!store) return;
  try {
    const key = keyFor(clinicId, userId);
    store.setItem(key, JSON.stringify({ savedAt: Date.now(), home } satisfies Stored));
    store.setItem(LAST, key);
  } catch {
    // Quota exceeded: nothing to do; the in-memory cache still has it.
  }
}

function read(key: string | null): PortalHome | undefined {
  const store = storage();
  if (!store || !key) return undefined;
  try {
    const stored = JSON.parse(store.getItem(key) ?? 'null') as Stored | null;
    const parsed = PortalHomeSchema.safeParse(stored?.home);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const loadPortalHome = (clinicId: string, userId: string): PortalHome | undefined =>
  read(keyFor(clinicId, userId));

/** The last signed-in client's copy, for "Need help now?" when the session cannot be checked (offline). */
export const loadLastPortalHome = (): PortalHome | undefined => read(storage()?.getItem(LAST) ?? null);

export function clearPortalHomes(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
  // Homework drafts kept on this device are personal too: they go with the rest.
  for (const key of keys) if (key?.startsWith(PREFIX) || key?.startsWith(DRAFT_PREFIX)) store.removeItem(key);
}
