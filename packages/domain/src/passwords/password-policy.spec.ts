import { isCommonPassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('refuses passwords among the 10,000 most common, whatever their case', () => {
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('PASSWORD123')).toBe(true);
    expect(passwordProblem('qwertyuiop')).toMatch(/too common/);
  });

  it('accepts a long uncommon passphrase without composition rules', () => {
    expect(passwordProblem('river stones by the quiet bank')).toBeNull();
    expect(isCommonPassword('river stones by the quiet bank')).toBe(false);
  });

  it('counts characters, not bytes, at both limits', () => {
    expect(passwordProblem('ééééééééé')).toBe('Use at least 10 characters');
    expect(passwordProblem('éééééééééé')).toBeNull();
    expect(passwordProblem(`${'x'.repeat(128)}é`)).toBe('Use at most 128 characters');
    expect(passwordProblem('z'.repeat(7) + 'q'.repeat(121))).toBeNull();
  });
});
