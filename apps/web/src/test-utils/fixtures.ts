import type { ApiError } from '@interlude/api-client';
import { ApiError as ApiErrorClass } from '@interlude/api-client';
import type {
  AuditEvent,
  Client,
  ClinicSettings,
  FieldError,
  Me,
  Membership,
  Readiness,
  SafetyPlan,
  StaffMember,
} from '@interlude/contracts';

export const CLINIC_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
export const OTHER_CLINIC_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d20';
export const USER_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d30';

export const readiness: Readiness = {
  status: 'ready',
  version: '0.1.0',
  mode: 'standard',
  checks: { database: 'up', queue: 'up' },
};

export function membership(overrides: Partial<Membership> = {}): Membership {
  return {
    id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d40',
    clinicId: CLINIC_ID,
    clinicName: 'Riverside Counseling',
    roles: ['admin'],
    status: 'active',
    ...overrides,
  };
}

export function person(overrides: Partial<Me> = {}, memberships: Membership[] = [membership()]): Me {
  return {
    user: { id: USER_ID, email: 'ana@riverside.example', name: 'Ana Admin', mfaEnabled: false },
    memberships,
    mfaEnrollmentRequired: false,
    ...overrides,
  };
}

export const admin = () => person();
export const clinician = () =>
  person({ user: { id: USER_ID, email: 'cal@riverside.example', name: 'Cal Clinician', mfaEnabled: true } }, [
    membership({ roles: ['clinician'] }),
  ]);

export function staffMember(n: number, overrides: Partial<StaffMember> = {}): StaffMember {
  const suffix = String(n).padStart(2, '0');
  return {
    membershipId: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e41${suffix}`,
    userId: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e42${suffix}`,
    name: `Staff Member ${n}`,
    email: `staff${n}@riverside.example`,
    roles: ['clinician'],
    status: 'active',
    mfaEnabled: false,
    lastSignInAt: null,
    ...overrides,
  };
}

export function clinicSettings(overrides: Partial<ClinicSettings> = {}): ClinicSettings {
  return {
    id: CLINIC_ID,
    name: 'Riverside Counseling',
    timezone: 'Europe/London',
    homeworkTerm: 'homework',
    sessionTimeoutMinutes: 30,
    requireMfa: false,
    crisisResources: [{ name: 'Samaritans', phone: '116 123', description: 'Free, 24 hours a day' }],
    smallCellThreshold: 5,
    reminderHoursBefore: 24,
    overdueNudgeHoursAfter: 12,
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    outcomeThresholds: {
      phq9: { caseness: 10, reliableChange: 6 },
      gad7: { caseness: 8, reliableChange: 4 },
    },
    digestTime: '07:30',
    ...overrides,
  };
}

export function auditEvent(n: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e43${String(n).padStart(2, '0')}`,
    occurredAt: '2026-07-01T12:00:00.000Z',
    actor: { userId: USER_ID, name: 'Ana Admin' },
    action: 'auth.signed_in',
    resourceType: 'session',
    resourceId: null,
    outcome: 'success',
    requestId: null,
    ip: null,
    ...overrides,
  };
}

/** An RFC 9457 problem as the API client throws it. */
export function problem(
  status: number,
  extra: { code?: string; detail?: string; errors?: FieldError[]; retryAfterSeconds?: number } = {},
): ApiError {
  const { retryAfterSeconds, ...rest } = extra;
  return new ApiErrorClass(
    'problem',
    { type: 'about:blank', title: `Status ${status}`, status, ...rest },
    { retryAfterSeconds },
  );
}

export const CLINICIAN_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e4101';
export const OTHER_CLINICIAN_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e4102';

export function clientRecord(n: number, overrides: Partial<Client> = {}): Client {
  return {
    id: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e60${String(n).padStart(2, '0')}`,
    name: `Client ${n}`,
    preferredName: null,
    email: `client${n}@example.org`,
    phone: null,
    dateOfBirth: null,
    timezone: 'Europe/London',
    status: 'active',
    primaryClinician: { membershipId: CLINICIAN_ID, name: 'Cal Clinician' },
    additionalClinicians: [],
    nextSessionAt: null,
    tags: [],
    portalStatus: 'none',
    createdAt: '2026-06-01T12:00:00.000Z',
    updatedAt: '2026-06-01T12:00:00.000Z',
    ...overrides,
  };
}

export function safetyPlan(overrides: Partial<SafetyPlan> = {}): SafetyPlan {
  return {
    clientId: clientRecord(1).id,
    version: 3,
    updatedAt: '2026-07-01T12:00:00.000Z',
    updatedBy: 'Cal Clinician',
    warningSigns: ['Not sleeping'],
    copingStrategies: [
      { text: 'Walk the dog', addedBy: 'client' },
      { text: 'Breathing exercise', addedBy: 'clinician' },
    ],
    distractions: [],
    peopleToAsk: [{ name: 'My sister', phone: '07700 900123' }],
    professionals: [{ name: 'Samaritans', phone: '116 123', note: 'Free, 24 hours' }],
    environmentSafety: ['Keep medication with my sister'],
    reasonsForLiving: ['My children'],
    ...overrides,
  };
}
