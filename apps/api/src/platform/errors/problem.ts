import { STATUS_CODES } from 'node:http';
import type { FieldError, Problem } from '@interlude/contracts';

/** An error the API answers with a problem-details body; services throw it for expected failures. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; title?: string; [key: string]: unknown } = {},
  ) {
    super(detail ?? STATUS_CODES[status] ?? 'Error');
  }
}

export function problem(status: number, detail?: string, extra: Record<string, unknown> = {}): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

/** A validation failure naming each field. */
export function invalid(errors: FieldError[], detail = 'The request is not valid.'): ProblemException {
  return new ProblemException(400, detail, { errors });
}

export const notFound = (what = 'resource') => new ProblemException(404, `No such ${what}.`);
