import { isApiError } from '@interlude/api-client';

/** A template or program of another clinic answers 404, the same as a missing one. */
export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404;
