import { useSaveDraft } from '@interlude/api-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetKeptDraft, keepDraft } from '../offline/homework-draft-storage';
import type { Answers } from './fields/answers';

export const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'kept' | 'restored';

export const AUTOSAVE_WORDS: Record<AutosaveStatus, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  kept: 'Saved on this device. It will be sent when you are back online.',
  restored: 'We brought back what you wrote on this device.',
};

interface Where {
  clinicId: string;
  userId: string;
  occurrenceId: string;
}

/**
 * Autosaves a draft: every change is kept in this browser at once, and sent to the server a second after
 * the client stops typing (and when they leave the screen, or come back online after a failed save).
 */
export function useDraftAutosave(
  { clinicId, userId, occurrenceId }: Where,
  initial: AutosaveStatus = 'idle',
) {
  const { mutate } = useSaveDraft(clinicId, occurrenceId);
  const [status, setStatus] = useState<AutosaveStatus>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Answers | null>(null);
  const unsent = useRef<Answers | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const answers = pending.current;
    if (!answers) return;
    pending.current = null;
    setStatus('saving');
    mutate(answers, {
      onSuccess: () => {
        if (unsent.current === answers) unsent.current = null;
        if (!pending.current) setStatus('saved');
      },
      onError: () => {
        unsent.current = answers;
        setStatus('kept');
      },
    });
  }, [mutate]);

  /** Called on every change. */
  const change = useCallback(
    (answers: Answers, talkNextSession: boolean) => {
      keepDraft(clinicId, userId, occurrenceId, { answers, talkNextSession, savedAt: Date.now() });
      pending.current = answers;
      unsent.current = answers;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [clinicId, userId, occurrenceId, flush],
  );

  /** Stops any save still to come (the homework was sent or declined) and forgets the copy kept here. */
  const finish = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    unsent.current = null;
    forgetKeptDraft(clinicId, userId, occurrenceId);
  }, [clinicId, userId, occurrenceId]);

  // Back online after a failed save: send what was kept.
  useEffect(() => {
    const online = () => {
      if (unsent.current && !pending.current) {
        pending.current = unsent.current;
        flush();
      }
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  // Leaving the screen with a save still waiting: send it now.
  useEffect(() => () => flush(), [flush]);

  return { status, change, finish, flushNow: flush };
}
