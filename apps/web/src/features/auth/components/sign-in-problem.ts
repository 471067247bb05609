import { isApiError } from '@interlude/api-client';
import type { FormProblem } from '../../../lib/forms/contract-form';
import { waitMessage } from './retry-after';

/** Why sign-in failed, in words for the alert above the button, or null if the fields already say it. */
export function signInProblem(error: unknown): FormProblem | null {
  if (isApiError(error) && error.code === 'invalid_credentials') {
    return {
      title: 'That email and password do not match',
      detail: 'Check both and try again. If you have forgotten your password, you can reset it.',
      messages: [],
      markedFields: 0,
    };
  }
  if (isApiError(error) && error.status === 429) {
    return {
      title: 'Too many attempts',
      detail: [error.detail, waitMessage(error.retryAfterSeconds)].filter(Boolean).join(' '),
      messages: [],
      markedFields: 0,
    };
  }
  return null;
}
