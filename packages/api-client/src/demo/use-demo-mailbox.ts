import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { publicKeys } from '../query-keys';

/** New messages arrive while someone follows a link flow in another tab: look again every 10 seconds. */
export const DEMO_MAILBOX_REFETCH_INTERVAL_MS = 10_000;

export const demoMailboxQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: publicKeys.demoMailbox(),
    queryFn: ({ signal }) => client.getDemoMailbox(signal),
    refetchInterval: DEMO_MAILBOX_REFETCH_INTERVAL_MS,
  });

export function useDemoMailbox() {
  return useQuery(demoMailboxQueryOptions(useApiClient()));
}
