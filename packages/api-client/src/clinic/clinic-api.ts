import { type ClinicSettings, ClinicSettingsSchema, type UpdateClinicSettings } from '@interlude/contracts';
import type { HttpTransport } from '../http/http-transport';

export const clinicPath = (clinicId: string) => `/v1/clinics/${encodeURIComponent(clinicId)}`;

/** The clinic itself: `/api/v1/clinics/{clinicId}`. */
export interface ClinicApi {
  /** `GET /clinics/{clinicId}`: any staff member of the clinic. */
  getClinicSettings(clinicId: string, signal?: AbortSignal): Promise<ClinicSettings>;
  /** `PATCH /clinics/{clinicId}`: admins; only the fields sent change. */
  updateClinicSettings(clinicId: string, body: UpdateClinicSettings): Promise<ClinicSettings>;
}

export function createClinicApi(http: HttpTransport): ClinicApi {
  return {
    getClinicSettings: (clinicId, signal) =>
      http.json(ClinicSettingsSchema, clinicPath(clinicId), { signal }),
    updateClinicSettings: (clinicId, body) =>
      http.json(ClinicSettingsSchema, clinicPath(clinicId), { method: 'PATCH', json: body }),
  };
}
