import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { systemKeys } from '../query-keys';

/** How often the status screens ask again, so a recovered dependency shows up without a reload. */
export const READINESS_REFETCH_INTERVAL_MS = 15_000;

export const readinessQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: systemKeys.readiness(),
    queryFn: ({ signal }) => client.getReadiness(signal),
    refetchInterval: READINESS_REFETCH_INTERVAL_MS,
  });

export function useReadiness() {
  return useQuery(readinessQueryOptions(useApiClient()));
}

/**
 * Whether the API runs as the demo (`mode: 'demo'`), from the same readiness answer but without polling:
 * the mode does not change while the server runs. Unknown (undefined) until the answer arrives.
 */
export function useServiceMode() {
  return useQuery({
    ...readinessQueryOptions(useApiClient()),
    refetchInterval: false,
    staleTime: Number.POSITIVE_INFINITY,
    select: (readiness) => readiness.mode,
  });
}
