import type { SafetyPlanContent } from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { isApiError } from '../http/api-error';
import { auditEventKeys, clinicScopedKeys } from '../query-keys';
import type { VersionedSafetyPlan } from './safety-plans-api';

const keys = clinicScopedKeys('safety-plans');

/** Safety plans, by client: the current version, the version list and each older version. */
export const safetyPlanKeys = {
  all: keys.all,
  client: (clinicId: string, clientId: string) => keys.detail(clinicId, clientId),
  current: (clinicId: string, clientId: string) => [...keys.detail(clinicId, clientId), 'current'] as const,
  versions: (clinicId: string, clientId: string) => [...keys.detail(clinicId, clientId), 'versions'] as const,
  version: (clinicId: string, clientId: string, version: number) =>
    [...keys.detail(clinicId, clientId), 'versions', version] as const,
};

export const safetyPlanQueryOptions = (client: ApiClient, clinicId: string, clientId: string) =>
  queryOptions({
    queryKey: safetyPlanKeys.current(clinicId, clientId),
    queryFn: ({ signal }) => client.getSafetyPlan(clinicId, clientId, signal),
  });

export function useSafetyPlan(clinicId: string, clientId: string) {
  return useQuery(safetyPlanQueryOptions(useApiClient(), clinicId, clientId));
}

export function useSafetyPlanVersions(clinicId: string, clientId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: safetyPlanKeys.versions(clinicId, clientId),
    queryFn: ({ signal }) => client.listSafetyPlanVersions(clinicId, clientId, signal),
    enabled,
  });
}

/** An older version never changes, so it is kept as long as the page is open. */
export function useSafetyPlanVersion(clinicId: string, clientId: string, version: number | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: safetyPlanKeys.version(clinicId, clientId, version ?? 0),
    queryFn: ({ signal }) => client.getSafetyPlanVersion(clinicId, clientId, version ?? 0, signal),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface SaveSafetyPlanVariables {
  content: SafetyPlanContent;
  /** The ETag of the version that was edited (sent as `If-Match`). */
  etag: string;
}

/** True when someone saved a newer version since this one was loaded (412 `stale_version`). */
export const isStaleVersion = (error: unknown): boolean => isApiError(error) && error.status === 412;

/**
 * Saves a new version. A stale save (412) changes nothing in the cache: the screen keeps the edits and
 * asks before reloading, so nothing is lost silently.
 */
export function useSaveSafetyPlan(clinicId: string, clientId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ content, etag }: SaveSafetyPlanVariables) =>
      client.saveSafetyPlan(clinicId, clientId, content, etag),
    onSuccess: (saved: VersionedSafetyPlan) => {
      queryClient.setQueryData(safetyPlanKeys.current(clinicId, clientId), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: safetyPlanKeys.versions(clinicId, clientId), exact: true }),
        queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
      ]);
    },
  });
}
