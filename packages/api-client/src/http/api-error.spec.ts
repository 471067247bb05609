import { ApiError, isMfaEnrolmentRequired, isSessionEnded } from './api-error';

const problem = (status: number, code?: string) =>
  new ApiError('problem', { type: 'about:blank', title: 'x', status, code });

describe('isSessionEnded', () => {
  it('is true for a 401 that says the session expired, or says nothing more', () => {
    expect(isSessionEnded(problem(401, 'session_expired'))).toBe(true);
    expect(isSessionEnded(problem(401, 'unauthenticated'))).toBe(true);
    expect(isSessionEnded(problem(401))).toBe(true);
  });

  it('is false for the answers to a wrong password or code', () => {
    expect(isSessionEnded(problem(401, 'invalid_credentials'))).toBe(false);
    expect(isSessionEnded(problem(401, 'mfa_required'))).toBe(false);
    expect(isSessionEnded(problem(401, 'mfa_invalid'))).toBe(false);
  });

  it('is false for other failures', () => {
    expect(isSessionEnded(problem(403, 'role_required'))).toBe(false);
    expect(isSessionEnded(ApiError.network(new TypeError('fetch failed')))).toBe(false);
    expect(isSessionEnded(new Error('boom'))).toBe(false);
  });
});

describe('isMfaEnrolmentRequired', () => {
  it('recognises the 403 that asks for MFA set-up first', () => {
    expect(isMfaEnrolmentRequired(problem(403, 'mfa_enrolment_required'))).toBe(true);
    expect(isMfaEnrolmentRequired(problem(403, 'role_required'))).toBe(false);
  });
});
