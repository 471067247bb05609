import {
  type AddSafetyPlanEntryRequest,
  type PortalHome,
  PortalHomeSchema,
  type SafetyPlan,
  SafetyPlanSchema,
} from '@interlude/contracts';
import type { HttpTransport } from '../http/http-transport';

const mePath = (clinicId: string) => `/v1/clinics/${encodeURIComponent(clinicId)}/me`;

/** The client's own view, for the portal: `/api/v1/clinics/{clinicId}/me/…` (client role only). */
export interface PortalApi {
  /** `GET /me/portal`: clinic, client and safety plan in one answer. */
  getPortalHome(clinicId: string, signal?: AbortSignal): Promise<PortalHome>;
  /** `GET /me/safety-plan`. */
  getOwnSafetyPlan(clinicId: string, signal?: AbortSignal): Promise<SafetyPlan>;
  /** `POST /me/safety-plan/entries`: adds a coping strategy or distraction; answers with the new plan. */
  addOwnSafetyPlanEntry(clinicId: string, body: AddSafetyPlanEntryRequest): Promise<SafetyPlan>;
}

export function createPortalApi(http: HttpTransport): PortalApi {
  return {
    getPortalHome: (clinicId, signal) =>
      http.json(PortalHomeSchema, `${mePath(clinicId)}/portal`, { signal }),
    getOwnSafetyPlan: (clinicId, signal) =>
      http.json(SafetyPlanSchema, `${mePath(clinicId)}/safety-plan`, { signal }),
    addOwnSafetyPlanEntry: (clinicId, body) =>
      http.json(SafetyPlanSchema, `${mePath(clinicId)}/safety-plan/entries`, { method: 'POST', json: body }),
  };
}
