/**
 * @jest-environment node
 */
import type { SafetyPlan } from '@interlude/contracts';
import { createApiClient } from '../api-client';
import { ApiError } from '../http/api-error';
import { CSRF_HEADER } from '../http/http-transport';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const clientId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d60';

const plan: SafetyPlan = {
  clientId,
  version: 3,
  updatedAt: '2026-07-01T12:00:00.000Z',
  updatedBy: 'Cal Clinician',
  warningSigns: ['Not sleeping'],
  copingStrategies: [{ text: 'Walk the dog', addedBy: 'client' }],
  distractions: [],
  peopleToAsk: [],
  professionals: [{ name: 'Samaritans', phone: '116 123' }],
  environmentSafety: [],
  reasonsForLiving: ['My sister'],
};
const { clientId: _c, version: _v, updatedAt: _u, updatedBy: _b, ...content } = plan;

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  return jest.fn(
    async (_input: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
  );
}

describe('the safety plan API', () => {
  it('returns the plan with its ETag', async () => {
    const fetch = fakeFetch(200, plan, { etag: '"3"' });
    const result = await createApiClient({ fetch }).getSafetyPlan(clinicId, clientId);

    expect(result).toEqual({ plan, etag: '"3"' });
    expect(fetch.mock.calls[0][0]).toBe(`/api/v1/clinics/${clinicId}/clients/${clientId}/safety-plan`);
  });

  it('saves with If-Match and the CSRF header', async () => {
    const fetch = fakeFetch(200, { ...plan, version: 4 }, { etag: '"4"' });
    const result = await createApiClient({ fetch }).saveSafetyPlan(clinicId, clientId, content, '"3"');

    const init = fetch.mock.calls[0][1] as RequestInit;
    expect(init.method).toBe('PUT');
    expect(init.headers).toMatchObject({ 'if-match': '"3"', [CSRF_HEADER]: '1' });
    expect(JSON.parse(String(init.body))).toEqual(content);
    expect(result.etag).toBe('"4"');
  });

  it('turns a stale save into a 412 ApiError with code stale_version', async () => {
    const fetch = fakeFetch(412, {
      type: 'about:blank',
      title: 'Precondition Failed',
      status: 412,
      code: 'stale_version',
    });
    const error = await createApiClient({ fetch })
      .saveSafetyPlan(clinicId, clientId, content, '"2"')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: 'stale_version' });
  });

  it('transfers clients with a POST to /clients/transfer', async () => {
    const fetch = fakeFetch(200, { transferred: 2 });
    const body = { clientIds: [clientId], toClinicianId: clinicId };
    await expect(createApiClient({ fetch }).transferClients(clinicId, body)).resolves.toEqual({
      transferred: 2,
    });
    expect(fetch.mock.calls[0][0]).toBe(`/api/v1/clinics/${clinicId}/clients/transfer`);
    expect((fetch.mock.calls[0][1] as RequestInit).method).toBe('POST');
  });
});
