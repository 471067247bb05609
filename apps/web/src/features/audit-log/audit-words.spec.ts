import { describeAction, describeResource } from './audit-words';

describe('audit words', () => {
  it('says known actions in plain words', () => {
    expect(describeAction('auth.signed_in')).toBe('Signed in');
    expect(describeAction('access.denied')).toBe('Was refused access');
  });

  it('still reads well for an action it does not know yet', () => {
    expect(describeAction('assignment.occurrence_missed')).toBe('Assignment: occurrence missed');
    expect(describeAction('export')).toBe('Export');
  });

  it('names resources in plain words', () => {
    expect(describeResource('membership')).toBe('Staff member');
    expect(describeResource('safety_plan')).toBe('Safety plan');
  });
});
