import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { nextPageCursor } from '../pagination';
import { auditEventKeys } from '../query-keys';
import type { AuditEventsQuery } from './audit-api';

export type AuditEventFilters = Omit<AuditEventsQuery, 'cursor' | 'limit'>;

export const AUDIT_PAGE_SIZE = 50;

export const auditEventsQueryOptions = (
  client: ApiClient,
  clinicId: string,
  filters: AuditEventFilters = {},
) =>
  infiniteQueryOptions({
    queryKey: auditEventKeys.list(clinicId, filters),
    queryFn: ({ signal, pageParam }) =>
      client.listAuditEvents(clinicId, { ...filters, limit: AUDIT_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageCursor,
  });

export function useAuditEvents(clinicId: string, filters: AuditEventFilters = {}) {
  return useInfiniteQuery({
    ...auditEventsQueryOptions(useApiClient(), clinicId, filters),
    placeholderData: keepPreviousData,
  });
}
