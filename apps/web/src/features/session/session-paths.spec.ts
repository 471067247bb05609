import type { Me, Membership } from '@interlude/contracts';
import { destinationAfterSignIn, homePathFor, isPublicPath, safeNextPath, signInPath } from './session-paths';

const membership = (clinicId: string, overrides: Partial<Membership> = {}): Membership => ({
  id: `m-${clinicId}`,
  clinicId,
  clinicName: `Clinic ${clinicId}`,
  roles: ['clinician'],
  status: 'active',
  ...overrides,
});

const person = (memberships: Membership[], mfaEnrollmentRequired = false): Me => ({
  user: { id: 'u-1', email: 'ana@example.org', name: 'Ana', mfaEnabled: false },
  memberships,
  mfaEnrollmentRequired,
});

describe('homePathFor', () => {
  it('opens the only clinic directly', () => {
    expect(homePathFor(person([membership('c1')]))).toBe('/clinics/c1');
  });

  it('asks which clinic when there are several active staff memberships', () => {
    expect(homePathFor(person([membership('c1'), membership('c2')]))).toBe('/clinics');
  });

  it('ignores deactivated and client-only memberships', () => {
    const me = person([
      membership('c1'),
      membership('c2', { status: 'deactivated' }),
      membership('c3', { roles: ['client'] }),
    ]);
    expect(homePathFor(me)).toBe('/clinics/c1');
  });

  it('goes to MFA set-up first when a clinic requires it', () => {
    expect(homePathFor(person([membership('c1')], true))).toBe('/account/mfa');
  });
});

describe('destinationAfterSignIn', () => {
  it('returns to the page the session ended on', () => {
    expect(destinationAfterSignIn(person([membership('c1')]), '/clinics/c1/staff?q=ana')).toBe(
      '/clinics/c1/staff?q=ana',
    );
  });

  it('puts MFA set-up before the page asked for', () => {
    expect(destinationAfterSignIn(person([membership('c1')], true), '/clinics/c1/staff')).toBe(
      '/account/mfa',
    );
  });
});

describe('safeNextPath', () => {
  it.each([
    ['https://evil.example/', null],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['/sign-in?next=/x', null],
    ['/account', '/account'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInPath and isPublicPath', () => {
  it('carry the reason and where to return', () => {
    expect(signInPath('session-ended', '/clinics/c1/audit')).toBe(
      '/sign-in?reason=session-ended&next=%2Fclinics%2Fc1%2Faudit',
    );
    expect(isPublicPath('/invitations/abc')).toBe(true);
    expect(isPublicPath('/clinics/c1')).toBe(false);
  });
});
