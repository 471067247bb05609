import type { FieldError, Problem } from '@interlude/contracts';

/**
 * `problem`: the server answered with an error status (RFC 9457 body when it sent one);
 * `network`: no answer at all; `invalid-response`: an answer that does not match the contract.
 */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** Every failure of the API client, carrying the problem details so screens can say what happened. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly problem: Problem;

  constructor(kind: ApiErrorKind, problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.name = 'ApiError';
    this.kind = kind;
    this.problem = problem;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
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
