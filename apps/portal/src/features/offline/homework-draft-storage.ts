/**
 * A copy of each homework draft kept in this browser as the client types, so nothing is lost when the
 * network drops or the page reloads. Keyed by clinic, person and occurrence; removed once the homework is
 * sent or declined, and with the portal's other kept data when the session ends (`clearPortalHomes`).
 */
export const DRAFT_PREFIX = 'interlude:homework-draft:';

export interface KeptDraft {
  answers: Record<string, unknown>;
  talkNextSession?: boolean;
  /** When it was typed (ms since epoch). */
  savedAt: number;
}

const keyFor = (clinicId: string, userId: string, occurrenceId: string) =>
  `${DRAFT_PREFIX}${clinicId}:${userId}:${occurrenceId}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function keepDraft(clinicId: string, userId: string, occurrenceId: string, draft: KeptDraft): void {
  try {
    storage()?.setItem(keyFor(clinicId, userId, occurrenceId), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage off: the server copy still autosaves.
  }
}

export function loadKeptDraft(clinicId: string, userId: string, occurrenceId: string): KeptDraft | undefined {
  try {
    const raw = storage()?.getItem(keyFor(clinicId, userId, occurrenceId));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<KeptDraft> | null;
    if (!parsed || typeof parsed.answers !== 'object' || parsed.answers === null) return undefined;
    if (typeof parsed.savedAt !== 'number') return undefined;
    return {
      answers: parsed.answers as Record<string, unknown>,
      talkNextSession: parsed.talkNextSession === true,
      savedAt: parsed.savedAt,
    };
  } catch {
    return undefined;
  }
}

export function forgetKeptDraft(clinicId: string, userId: string, occurrenceId: string): void {
  try {
    storage()?.removeItem(keyFor(clinicId, userId, occurrenceId));
  } catch {
    // Nothing to do.
  }
}
