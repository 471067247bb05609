import {
  type SafetyPlan,
  type SafetyPlanContent,
  SafetyPlanSchema,
  type SafetyPlanVersion,
  SafetyPlanVersionSchema,
} from '@interlude/contracts';
import { z } from 'zod';
import { clientPath } from '../clients/clients-api';
import type { HttpTransport } from '../http/http-transport';
import { parseBody, problemError } from '../http/http-transport';

/** A safety plan with the ETag of its version: a save sends it back as `If-Match`. */
export interface VersionedSafetyPlan {
  plan: SafetyPlan;
  etag: string;
}

const VersionListSchema = z.object({ items: z.array(SafetyPlanVersionSchema) });

/** A client's Stanley–Brown safety plan, versioned: a stale save answers 412 `stale_version`. */
export interface SafetyPlansApi {
  /** `GET …/clients/{clientId}/safety-plan`: the current version and its ETag. */
  getSafetyPlan(clinicId: string, clientId: string, signal?: AbortSignal): Promise<VersionedSafetyPlan>;
  /** `PUT …/clients/{clientId}/safety-plan` with `If-Match: <etag of the version edited>`. */
  saveSafetyPlan(
    clinicId: string,
    clientId: string,
    content: SafetyPlanContent,
    etag: string,
  ): Promise<VersionedSafetyPlan>;
  /** `GET …/clients/{clientId}/safety-plan/versions`: newest first. */
  listSafetyPlanVersions(
    clinicId: string,
    clientId: string,
    signal?: AbortSignal,
  ): Promise<{ items: SafetyPlanVersion[] }>;
  /** `GET …/clients/{clientId}/safety-plan/versions/{version}`: an older version as it was. */
  getSafetyPlanVersion(
    clinicId: string,
    clientId: string,
    version: number,
    signal?: AbortSignal,
  ): Promise<SafetyPlan>;
}

const etagOf = (headers: Headers, plan: SafetyPlan) => headers.get('etag') ?? `"${plan.version}"`;

export function createSafetyPlansApi(http: HttpTransport): SafetyPlansApi {
  const planPath = (clinicId: string, clientId: string) => `${clientPath(clinicId, clientId)}/safety-plan`;
  return {
    async getSafetyPlan(clinicId, clientId, signal) {
      const response = await http.send(planPath(clinicId, clientId), { signal });
      if (!response.ok) throw problemError(response);
      const plan = parseBody(SafetyPlanSchema, response);
      return { plan, etag: etagOf(response.headers, plan) };
    },
    async saveSafetyPlan(clinicId, clientId, content, etag) {
      const response = await http.send(planPath(clinicId, clientId), {
        method: 'PUT',
        json: content,
        headers: { 'if-match': etag },
      });
      if (!response.ok) throw problemError(response);
      const plan = parseBody(SafetyPlanSchema, response);
      return { plan, etag: etagOf(response.headers, plan) };
    },
    listSafetyPlanVersions: (clinicId, clientId, signal) =>
      http.json(VersionListSchema, `${planPath(clinicId, clientId)}/versions`, { signal }),
    getSafetyPlanVersion: (clinicId, clientId, version, signal) =>
      http.json(SafetyPlanSchema, `${planPath(clinicId, clientId)}/versions/${version}`, { signal }),
  };
}
