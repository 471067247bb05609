import type { Me, PortalHome, SessionResponse } from '@interlude/contracts';

export const CLINIC_ID = '0190a5b4-0000-7000-8000-000000000001';
export const CLIENT_ID = '0190a5b4-0000-7000-8000-000000000002';
export const USER_ID = '0190a5b4-0000-7000-8000-000000000003';

export const clientMe: Me = {
  user: { id: USER_ID, email: 'sam@example.org', name: 'Samantha Reyes', mfaEnabled: false },
  memberships: [
    {
      id: '0190a5b4-0000-7000-8000-000000000004',
      clinicId: CLINIC_ID,
      clinicName: 'Harbour Therapy',
      roles: ['client'],
      status: 'active',
    },
  ],
  mfaEnrollmentRequired: false,
} as Me;

export const clientSession: SessionResponse = { ...clientMe, token: 'not-kept' };

export function portalHome(
  overrides: { client?: Partial<PortalHome['client']>; clinic?: Partial<PortalHome['clinic']> } = {},
): PortalHome {
  return {
    clinic: {
      id: CLINIC_ID,
      name: 'Harbour Therapy',
      homeworkTerm: 'practice',
      crisisResources: [
        { name: 'Samaritans', phone: '116 123', description: 'Free, any time, day or night.' },
        { name: 'Harbour out-of-hours line', phone: '+44 (0)20 7946-0000' },
      ],
      ...overrides.clinic,
    },
    client: {
      id: CLIENT_ID,
      name: 'Samantha Reyes',
      preferredName: 'Sam',
      nextSessionAt: '2026-12-03T15:00:00.000Z',
      timezone: 'Europe/London',
      clinicians: ['Dr Ada Okafor'],
      ...overrides.client,
    },
    safetyPlan: {
      clientId: CLIENT_ID,
      version: 3,
      updatedAt: '2026-11-20T10:00:00.000Z',
      updatedBy: 'Dr Ada Okafor',
      warningSigns: ['Not sleeping', 'Cancelling plans'],
      copingStrategies: [{ text: 'Walk by the river', addedBy: 'clinician' }],
      distractions: [{ text: 'The library café', addedBy: 'client' }],
      peopleToAsk: [{ name: 'Jo (sister)', phone: '07700 900123' }],
      professionals: [{ name: 'Dr Ada Okafor', phone: '020 7946 0001', note: 'Weekdays 9 to 5' }],
      environmentSafety: ['Keep medication with Jo'],
      reasonsForLiving: ['My niece'],
    },
  };
}
