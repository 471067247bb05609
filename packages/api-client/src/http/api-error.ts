import type { FieldError, Problem } from '@interlude/contracts';

/**
 * `problem`: the server answered with an error status (RFC 9457 body when it sent one);
 * `network`: no answer at all; `invalid-response`: an answer that does not match the contract.
 */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** A problem body, plus the `code` the API adds to errors a client acts on (e.g. `mfa_required`). */
export type ProblemDetails = Problem & { code?: string };

export interface ApiErrorOptions {
  cause?: unknown;
  /** From a 429's `Retry-After` header. */
  retryAfterSeconds?: number;
}

/** Every failure of the API client, carrying the problem details so screens can say what happened. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** What the client acts on: `mfa_required`, `invalid_credentials`, `session_expired`, … */
  readonly code: string | undefined;
  readonly errors: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly problem: ProblemDetails;

  constructor(kind: ApiErrorKind, problem: ProblemDetails, options: ApiErrorOptions = {}) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.problem = problem;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static network(cause: unknown): ApiError {
    return new ApiError(
      'network',
      {
        type: 'about:blank',
        title: 'Could not reach the server',
        status: 0,
        detail: 'Check your connection and try again.',
      },
      { cause },
    );
  }

  static invalidResponse(status: number, detail: string, cause?: unknown): ApiError {
    return new ApiError(
      'invalid-response',
      { type: 'about:blank', title: 'Unexpected response from the server', status, detail },
      { cause },
    );
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Codes of a 401 that answer a sign-in attempt (wrong password or code), not a session that ended. */
const CREDENTIAL_CODES = new Set(['invalid_credentials', 'mfa_required', 'mfa_invalid']);

/**
 * True when a request failed because the session is over (idle timeout, 12-hour limit, sign-out in
 * another tab, password change): any 401 except the answer to a wrong password or code.
 */
export function isSessionEnded(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.kind === 'problem' &&
    error.status === 401 &&
    !(error.code !== undefined && CREDENTIAL_CODES.has(error.code))
  );
}

/** True when the API refuses everything but the MFA set-up until this person enrols (clinic requires it). */
export const isMfaEnrolmentRequired = (error: unknown): boolean =>
  isApiError(error) && error.status === 403 && error.code === 'mfa_enrolment_required';
