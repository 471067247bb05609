import type { ClinicSettings, UpdateClinicSettings } from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { auditEventKeys, clinicSettingsKeys, sessionKeys } from '../query-keys';

export const clinicSettingsQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: clinicSettingsKeys.all(clinicId),
    queryFn: ({ signal }) => client.getClinicSettings(clinicId, signal),
    staleTime: 5 * 60_000,
  });

export function useClinicSettings(clinicId: string) {
  return useQuery(clinicSettingsQueryOptions(useApiClient(), clinicId));
}

/** Saves settings; the clinic's name also appears in `me` (memberships), so that is refreshed too. */
export function useUpdateClinicSettings(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateClinicSettings) => client.updateClinicSettings(clinicId, body),
    onSuccess: (settings) => {
      queryClient.setQueryData<ClinicSettings>(clinicSettingsKeys.all(clinicId), settings);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.me() }),
        queryClient.invalidateQueries({ queryKey: auditEventKeys.all(clinicId) }),
      ]);
    },
  });
}
