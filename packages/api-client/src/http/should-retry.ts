import { isApiError } from './api-error';

const MAX_RETRIES = 2;

/** Retry what may pass on a second try (network, 5xx); a 4xx or a contract mismatch will not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return true;
  return error.kind === 'network' || error.status >= 500;
}
