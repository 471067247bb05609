import { isApiError } from '@interlude/api-client';

/** Plain words for a failed request, for an alert or an error state. */
export function describeFailure(error: unknown): { title: string; detail: string } {
  if (isApiError(error) && error.kind === 'network') {
    return { title: 'Could not reach Interlude', detail: 'Check your connection, then try again.' };
  }
  if (isApiError(error) && error.status === 429) {
    return { title: 'Too many attempts', detail: 'Please wait a minute, then try again.' };
  }
  if (isApiError(error) && error.status >= 500) {
    return { title: 'Something went wrong on our side', detail: 'Please try again in a moment.' };
  }
  if (isApiError(error) && error.kind === 'problem') {
    return { title: 'That did not work', detail: error.detail ?? error.title };
  }
  return { title: 'Something went wrong', detail: 'Please try again.' };
}
