import { clinicScopedKeys, isSystemKey, sessionKeys, staffKeys, systemKeys } from './query-keys';

describe('query keys', () => {
  it('keeps system keys under "system"', () => {
    expect(systemKeys.readiness()).toEqual(['system', 'readiness']);
    expect(systemKeys.readiness().slice(0, 1)).toEqual(systemKeys.all());
  });

  it('starts every clinic-scoped key with the clinic id, then the feature', () => {
    const assignmentKeys = clinicScopedKeys('assignments');
    const clinicId = '7b0c8f8e-1d2a-4f43-9a55-0c3f4f1e2d10';

    expect(assignmentKeys.all(clinicId)).toEqual([clinicId, 'assignments']);
    expect(assignmentKeys.list(clinicId, { limit: 25 })).toEqual([
      clinicId,
      'assignments',
      'list',
      { limit: 25 },
    ]);
    expect(assignmentKeys.detail(clinicId, 'a-1')).toEqual([clinicId, 'assignments', 'detail', 'a-1']);
    expect(assignmentKeys.lists(clinicId)).toEqual(assignmentKeys.list(clinicId, {}).slice(0, 3));
  });

  it('keeps the person under "session" and tells system keys apart', () => {
    expect(sessionKeys.me()).toEqual(['session', 'me']);
    expect(isSystemKey(systemKeys.readiness())).toBe(true);
    expect(isSystemKey(sessionKeys.me())).toBe(false);
    expect(isSystemKey(staffKeys.all('c-1'))).toBe(false);
  });
});
