import type { InviteStaffRequest, UpdateStaffRequest } from '@interlude/contracts';
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
import { auditEventKeys, invitationKeys, sessionKeys, staffKeys } from '../query-keys';
import type { StaffListQuery } from './staff-api';

/** The filters of the staff list; the cursor and page size belong to the pagination. */
export type StaffFilters = Omit<StaffListQuery, 'cursor' | 'limit'>;

export const STAFF_PAGE_SIZE = 25;

export const staffListQueryOptions = (client: ApiClient, clinicId: string, filters: StaffFilters = {}) =>
  infiniteQueryOptions({
    queryKey: staffKeys.list(clinicId, filters),
    queryFn: ({ signal, pageParam }) =>
      client.listStaff(clinicId, { ...filters, limit: STAFF_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

/** Staff of the clinic, a page at a time ("Load more"); the previous rows stay while filters change. */
export function useStaffList(clinicId: string, filters: StaffFilters = {}) {
  return useInfiniteQuery({
    ...staffListQueryOptions(useApiClient(), clinicId, filters),
    placeholderData: keepPreviousData,
  });
}

export const invitationsQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: invitationKeys.lists(clinicId),
    queryFn: ({ signal }) => client.listInvitations(clinicId, signal),
  });

export function useInvitations(clinicId: string) {
  return useQuery(invitationsQueryOptions(useApiClient(), clinicId));
}

export function useInviteStaff(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteStaffRequest) => client.inviteStaff(clinicId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationKeys.all(clinicId) }),
        queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
      ]),
  });
}

export interface UpdateStaffVariables {
  membershipId: string;
  body: UpdateStaffRequest;
}

/** Changes roles or status. `me` is refreshed too: an admin may have changed their own roles. */
export function useUpdateStaff(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, body }: UpdateStaffVariables) =>
      client.updateStaff(clinicId, membershipId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: staffKeys.all(clinicId) }),
        queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.me() }),
      ]),
  });
}

function useInvitationAction(clinicId: string, action: 'resendInvitation' | 'revokeInvitation') {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => client[action](clinicId, invitationId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationKeys.all(clinicId) }),
        queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
      ]),
  });
}

/** A new link, valid for 7 days from now; the old one stops working. */
export const useResendInvitation = (clinicId: string) => useInvitationAction(clinicId, 'resendInvitation');
export const useRevokeInvitation = (clinicId: string) => useInvitationAction(clinicId, 'revokeInvitation');
