import {
  AddSafetyPlanEntryRequestSchema,
  ClientQuerySchema,
  CreateClientRequestSchema,
  LoginRequestSchema,
  SafetyPlanContentSchema,
  SignupRequestSchema,
  UpdateClinicSettingsSchema,
  UpdateStaffRequestSchema,
} from './index';

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('request contracts', () => {
  it('normalises email addresses and refuses unknown fields', () => {
    const ok = SignupRequestSchema.parse({
      clinicName: 'Harbour',
      timezone: 'UTC',
      name: 'Ada',
      email: '  Ada@Example.ORG ',
      password: 'long enough password',
    });
    expect(ok.email).toBe('ada@example.org');
    expect(paths(SignupRequestSchema.safeParse({ ...ok, isAdmin: true }))).toEqual(['']);
  });

  it('checks password length by the rule, not composition', () => {
    expect(
      paths(
        SignupRequestSchema.safeParse({
          clinicName: 'Harbour',
          timezone: 'UTC',
          name: 'A',
          email: 'a@b.org',
          password: 'short',
        }),
      ),
    ).toEqual(['password']);
    expect(LoginRequestSchema.safeParse({ email: 'a@b.org', password: 'x', totp: '12345' }).success).toBe(
      false,
    );
  });

  it('needs roles or status to change a staff member', () => {
    expect(UpdateStaffRequestSchema.safeParse({}).success).toBe(false);
    expect(UpdateStaffRequestSchema.safeParse({ status: 'deactivated' }).success).toBe(true);
    expect(paths(UpdateStaffRequestSchema.safeParse({ roles: ['client'] }))).toEqual(['roles.0']);
  });

  it('keeps clinic settings within their ranges', () => {
    expect(
      paths(UpdateClinicSettingsSchema.safeParse({ smallCellThreshold: 4, sessionTimeoutMinutes: 500 })),
    ).toEqual(['sessionTimeoutMinutes', 'smallCellThreshold']);
    expect(
      paths(UpdateClinicSettingsSchema.safeParse({ crisisResources: [{ name: 'Line', phone: 'call me' }] })),
    ).toEqual(['crisisResources.0.phone']);
  });

  it('validates client records and list queries', () => {
    expect(
      paths(CreateClientRequestSchema.safeParse({ name: 'A', dateOfBirth: '1990-02-30', tags: ['a,b'] })),
    ).toEqual(['dateOfBirth', 'tags.0']);
    expect(ClientQuerySchema.parse({ limit: '10' })).toMatchObject({ limit: 10, sort: 'name' });
    expect(ClientQuerySchema.safeParse({ limit: '101' }).success).toBe(false);
  });

  it('lets the client add only to their own coping strategies and distractions', () => {
    expect(AddSafetyPlanEntryRequestSchema.safeParse({ section: 'distractions', text: 'Walk' }).success).toBe(
      true,
    );
    expect(paths(AddSafetyPlanEntryRequestSchema.safeParse({ section: 'warningSigns', text: 'x' }))).toEqual([
      'section',
    ]);
    const plan = SafetyPlanContentSchema.parse({
      warningSigns: [],
      copingStrategies: [{ text: 'Breathe' }],
      distractions: [],
      peopleToAsk: [],
      professionals: [],
      environmentSafety: [],
      reasonsForLiving: [],
    });
    expect(plan.copingStrategies[0].addedBy).toBe('clinician');
  });
});
