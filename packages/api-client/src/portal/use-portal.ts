import type { AddSafetyPlanEntryRequest, PortalHome, SafetyPlan } from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { clinicScopedKeys } from '../query-keys';

const portalScope = clinicScopedKeys('portal');

/** The signed-in client's own data in one clinic; clinic-scoped like every other key. */
export const portalKeys = {
  all: portalScope.all,
  home: (clinicId: string) => [...portalScope.all(clinicId), 'home'] as const,
  safetyPlan: (clinicId: string) => [...portalScope.all(clinicId), 'safety-plan'] as const,
};

/** Kept for a day in memory: the safety plan and crisis lines must outlast a dropped network. */
export const PORTAL_HOME_GC_TIME_MS = 24 * 60 * 60_000;

export const portalHomeQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: portalKeys.home(clinicId),
    queryFn: ({ signal }) => client.getPortalHome(clinicId, signal),
    staleTime: 30_000,
    gcTime: PORTAL_HOME_GC_TIME_MS,
  });

export function usePortalHome(clinicId: string) {
  return useQuery(portalHomeQueryOptions(useApiClient(), clinicId));
}

export const ownSafetyPlanQueryOptions = (client: ApiClient, clinicId: string) =>
  queryOptions({
    queryKey: portalKeys.safetyPlan(clinicId),
    queryFn: ({ signal }) => client.getOwnSafetyPlan(clinicId, signal),
    staleTime: 30_000,
  });

export function useOwnSafetyPlan(clinicId: string) {
  return useQuery(ownSafetyPlanQueryOptions(useApiClient(), clinicId));
}

const withPlan = (home: PortalHome | undefined, plan: SafetyPlan) =>
  home ? { ...home, safetyPlan: plan } : home;

/**
 * Adds the client's own coping strategy or distraction. The entry shows at once (optimistic); the
 * server's plan replaces it when it answers, and the previous plan comes back if it refuses.
 */
export function useAddOwnSafetyPlanEntry(clinicId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const homeKey = portalKeys.home(clinicId);
  return useMutation({
    mutationFn: (body: AddSafetyPlanEntryRequest) => client.addOwnSafetyPlanEntry(clinicId, body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: homeKey });
      const previous = queryClient.getQueryData<PortalHome>(homeKey);
      if (previous) {
        const plan = previous.safetyPlan;
        queryClient.setQueryData<PortalHome>(homeKey, {
          ...previous,
          safetyPlan: {
            ...plan,
            [body.section]: [...plan[body.section], { text: body.text, addedBy: 'client' }],
          },
        });
      }
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData<PortalHome>(homeKey, context.previous);
    },
    onSuccess: (plan) => {
      queryClient.setQueryData<PortalHome>(homeKey, (home) => withPlan(home, plan));
      queryClient.setQueryData<SafetyPlan>(portalKeys.safetyPlan(clinicId), plan);
    },
  });
}
