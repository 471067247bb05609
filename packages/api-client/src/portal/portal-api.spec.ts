/**
 * @jest-environment node
 */
import { createApiClient } from '../api-client';
import { CSRF_HEADER } from '../http/http-transport';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const clientId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d13';

const plan = {
  clientId,
  version: 2,
  updatedAt: null,
  updatedBy: null,
  warningSigns: [],
  copingStrategies: [{ text: 'Walk', addedBy: 'client' }],
  distractions: [],
  peopleToAsk: [],
  professionals: [],
  environmentSafety: [],
  reasonsForLiving: [],
};

function clientAnswering(status: number, body: unknown) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  return { fetch, api: createApiClient({ fetch }) };
}

describe('portal API', () => {
  it('reads the portal home under the clinic’s /me', async () => {
    const home = {
      clinic: { id: clinicId, name: 'Riverside', homeworkTerm: 'practice', crisisResources: [] },
      client: {
        id: clientId,
        name: 'Sam',
        preferredName: null,
        nextSessionAt: null,
        timezone: 'UTC',
        clinicians: [],
      },
      safetyPlan: plan,
    };
    const { fetch, api } = clientAnswering(200, home);

    await expect(api.getPortalHome(clinicId)).resolves.toEqual(home);
    expect(fetch.mock.calls[0][0]).toBe(`/api/v1/clinics/${clinicId}/me/portal`);
  });

  it('posts an entry with the CSRF header and returns the new plan', async () => {
    const { fetch, api } = clientAnswering(201, plan);

    await expect(
      api.addOwnSafetyPlanEntry(clinicId, { section: 'copingStrategies', text: 'Walk' }),
    ).resolves.toEqual(plan);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`/api/v1/clinics/${clinicId}/me/safety-plan/entries`);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toHaveProperty([CSRF_HEADER], '1');
    expect(JSON.parse(String(init?.body))).toEqual({ section: 'copingStrategies', text: 'Walk' });
  });
});
