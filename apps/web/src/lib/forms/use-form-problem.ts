import { useCallback, useRef, useState } from 'react';
import type { FormProblem } from './contract-form';

/**
 * The form-level problem shown above a submit button. When no field was marked, focus moves to the
 * alert so the person hears and sees what happened; when fields were marked, focus stays on the first.
 */
export function useFormProblem() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const report = useCallback((found: FormProblem | null) => {
    setProblem(found);
    if (found && found.markedFields === 0) requestAnimationFrame(() => alertRef.current?.focus());
  }, []);

  return { problem, alertRef, report };
}
