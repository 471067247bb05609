import {
  type CaseloadHistoryEntry,
  CaseloadHistoryEntrySchema,
  type Client,
  type ClientQuerySchema,
  ClientSchema,
  type ClinicianList,
  ClinicianListSchema,
  type CreateClientRequest,
  pageOf,
  type TransferClientsRequest,
  type UpdateClientRequest,
} from '@interlude/contracts';
import { z } from 'zod';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';
import type { Page } from '../pagination';

/** What the client list accepts (`limit` defaults to 25 and `sort` to `name` on the server). */
export type ClientListQuery = Omit<z.input<typeof ClientQuerySchema>, 'limit'> & { limit?: number };

const ClientPageSchema = pageOf(ClientSchema);
const TransferResultSchema = z.object({ transferred: z.number().int() });
const CaseloadHistorySchema = z.object({ items: z.array(CaseloadHistoryEntrySchema) });

/** Client records: admins see the whole clinic, clinicians their caseload; anyone else gets 404. */
export interface ClientsApi {
  /** `GET /clinics/{clinicId}/clients`: one page, with `nextCursor` for the next. */
  listClients(clinicId: string, query?: ClientListQuery, signal?: AbortSignal): Promise<Page<Client>>;
  /** `POST /clinics/{clinicId}/clients`. */
  createClient(clinicId: string, body: CreateClientRequest): Promise<Client>;
  /** `GET /clinics/{clinicId}/clients/{clientId}`. */
  getClient(clinicId: string, clientId: string, signal?: AbortSignal): Promise<Client>;
  /** `PATCH /clinics/{clinicId}/clients/{clientId}`: only the fields sent change. */
  updateClient(clinicId: string, clientId: string, body: UpdateClientRequest): Promise<Client>;
  /** `POST /clinics/{clinicId}/clients/transfer` (admins): a new primary clinician for each client. */
  transferClients(clinicId: string, body: TransferClientsRequest): Promise<{ transferred: number }>;
  /** `GET /clinics/{clinicId}/clients/{clientId}/caseload-history`: who held the client when. */
  getCaseloadHistory(
    clinicId: string,
    clientId: string,
    signal?: AbortSignal,
  ): Promise<{ items: CaseloadHistoryEntry[] }>;
  /** `GET /clinics/{clinicId}/clinicians` (admins and clinicians): the active clinicians, by name. */
  listClinicians(clinicId: string, signal?: AbortSignal): Promise<ClinicianList>;
  /** `POST /clinics/{clinicId}/clients/{clientId}/portal-invitation`: emails (or re-sends) the link. */
  inviteClientToPortal(clinicId: string, clientId: string): Promise<Client>;
  /** `POST /clinics/{clinicId}/clients/{clientId}/portal-access/revoke`: the client's sessions end at once. */
  revokePortalAccess(clinicId: string, clientId: string): Promise<Client>;
}

export const clientPath = (clinicId: string, clientId: string) =>
  `${clinicPath(clinicId)}/clients/${encodeURIComponent(clientId)}`;

export function createClientsApi(http: HttpTransport): ClientsApi {
  return {
    listClients: (clinicId, query = {}, signal) =>
      http.json(ClientPageSchema, `${clinicPath(clinicId)}/clients`, { query: { ...query }, signal }),
    createClient: (clinicId, body) =>
      http.json(ClientSchema, `${clinicPath(clinicId)}/clients`, { method: 'POST', json: body }),
    listClinicians: (clinicId, signal) =>
      http.json(ClinicianListSchema, `${clinicPath(clinicId)}/clinicians`, { signal }),
    getClient: (clinicId, clientId, signal) =>
      http.json(ClientSchema, clientPath(clinicId, clientId), { signal }),
    updateClient: (clinicId, clientId, body) =>
      http.json(ClientSchema, clientPath(clinicId, clientId), { method: 'PATCH', json: body }),
    transferClients: (clinicId, body) =>
      http.json(TransferResultSchema, `${clinicPath(clinicId)}/clients/transfer`, {
        method: 'POST',
        json: body,
      }),
    getCaseloadHistory: (clinicId, clientId, signal) =>
      http.json(CaseloadHistorySchema, `${clientPath(clinicId, clientId)}/caseload-history`, { signal }),
    inviteClientToPortal: (clinicId, clientId) =>
      http.json(ClientSchema, `${clientPath(clinicId, clientId)}/portal-invitation`, { method: 'POST' }),
    revokePortalAccess: (clinicId, clientId) =>
      http.json(ClientSchema, `${clientPath(clinicId, clientId)}/portal-access/revoke`, { method: 'POST' }),
  };
}
