import type {
  Client,
  CreateClientRequest,
  TransferClientsRequest,
  UpdateClientRequest,
} from '@interlude/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { nextPageCursor } from '../pagination';
import { auditEventKeys, clinicScopedKeys } from '../query-keys';
import type { ClientListQuery } from './clients-api';

/** Client records of a clinic; every key starts with the clinic id. */
export const clientKeys = {
  ...clinicScopedKeys('clients'),
  history: (clinicId: string, clientId: string) =>
    [...clinicScopedKeys('clients').detail(clinicId, clientId), 'caseload-history'] as const,
};

/** The clinic's active clinicians (names for pickers). */
export const clinicianKeys = clinicScopedKeys('clinicians');

/** The filters and sort of the client list; the cursor and page size belong to the pagination. */
export type ClientFilters = Omit<ClientListQuery, 'cursor' | 'limit'>;

export const CLIENT_PAGE_SIZE = 25;

export const clientListQueryOptions = (client: ApiClient, clinicId: string, filters: ClientFilters = {}) =>
  infiniteQueryOptions({
    queryKey: clientKeys.list(clinicId, filters),
    queryFn: ({ signal, pageParam }) =>
      client.listClients(clinicId, { ...filters, limit: CLIENT_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

/** The caseload (clinicians) or the clinic's clients (admins), a page at a time ("Load more"). */
export function useClientList(clinicId: string, filters: ClientFilters = {}) {
  return useInfiniteQuery({
    ...clientListQueryOptions(useApiClient(), clinicId, filters),
    placeholderData: keepPreviousData,
  });
}

export const clientQueryOptions = (client: ApiClient, clinicId: string, clientId: string) =>
  queryOptions({
    queryKey: clientKeys.detail(clinicId, clientId),
    queryFn: ({ signal }) => client.getClient(clinicId, clientId, signal),
  });

export function useClient(clinicId: string, clientId: string) {
  return useQuery(clientQueryOptions(useApiClient(), clinicId, clientId));
}

export const caseloadHistoryQueryOptions = (client: ApiClient, clinicId: string, clientId: string) =>
  queryOptions({
    queryKey: clientKeys.history(clinicId, clientId),
    queryFn: ({ signal }) => client.getCaseloadHistory(clinicId, clientId, signal),
  });

export function useCaseloadHistory(clinicId: string, clientId: string) {
  return useQuery(caseloadHistoryQueryOptions(useApiClient(), clinicId, clientId));
}

/** After any change: the record itself is replaced, lists and history are refetched, the audit log too. */
function useClientChanged(clinicId: string) {
  const queryClient = useQueryClient();
  return (client?: Client) => {
    if (client) queryClient.setQueryData(clientKeys.detail(clinicId, client.id), client);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: clientKeys.lists(clinicId) }),
      client
        ? queryClient.invalidateQueries({ queryKey: clientKeys.history(clinicId, client.id) })
        : queryClient.invalidateQueries({ queryKey: clientKeys.all(clinicId) }),
      queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
    ]);
  };
}

export function useCreateClient(clinicId: string) {
  const client = useApiClient();
  const changed = useClientChanged(clinicId);
  return useMutation({
    mutationFn: (body: CreateClientRequest) => client.createClient(clinicId, body),
    onSuccess: (created) => changed(created),
  });
}

/** Edits, discharges (`status: 'discharged'`) or reactivates a client. */
export function useUpdateClient(clinicId: string, clientId: string) {
  const client = useApiClient();
  const changed = useClientChanged(clinicId);
  return useMutation({
    mutationFn: (body: UpdateClientRequest) => client.updateClient(clinicId, clientId, body),
    onSuccess: (updated) => changed(updated),
  });
}

/** Admins: gives the clients a new primary clinician. */
export function useTransferClients(clinicId: string) {
  const client = useApiClient();
  const changed = useClientChanged(clinicId);
  return useMutation({
    mutationFn: (body: TransferClientsRequest) => client.transferClients(clinicId, body),
    onSuccess: () => changed(),
  });
}

/** Invites the client to the portal, or re-sends the link (a new one; the old stops working). */
export function useInviteClientToPortal(clinicId: string, clientId: string) {
  const client = useApiClient();
  const changed = useClientChanged(clinicId);
  return useMutation({
    mutationFn: () => client.inviteClientToPortal(clinicId, clientId),
    onSuccess: (updated) => changed(updated),
  });
}

/** Ends the client's portal access; their open sessions end at once. */
export function useRevokePortalAccess(clinicId: string, clientId: string) {
  const client = useApiClient();
  const changed = useClientChanged(clinicId);
  return useMutation({
    mutationFn: () => client.revokePortalAccess(clinicId, clientId),
    onSuccess: (updated) => changed(updated),
  });
}
