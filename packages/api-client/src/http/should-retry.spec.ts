import { ApiError } from './api-error';
import { shouldRetry } from './should-retry';

const problem = (status: number) => new ApiError('problem', { type: 'about:blank', title: 'x', status });

describe('shouldRetry', () => {
  it('retries network failures and server errors, at most twice', () => {
    expect(shouldRetry(0, ApiError.network(new TypeError('fetch failed')))).toBe(true);
    expect(shouldRetry(1, problem(502))).toBe(true);
    expect(shouldRetry(2, problem(502))).toBe(false);
  });

  it('does not retry client errors or contract mismatches', () => {
    expect(shouldRetry(0, problem(404))).toBe(false);
    expect(shouldRetry(0, ApiError.invalidResponse(200, 'mode: invalid'))).toBe(false);
  });
});
