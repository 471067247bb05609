import { clinicianKeys, useApiClient } from '@interlude/api-client';
import { useQuery } from '@tanstack/react-query';

/** Active clinicians of the clinic, for pickers (admins and clinicians may list them). */
export function useClinicianOptions(clinicId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: clinicianKeys.all(clinicId),
    queryFn: ({ signal }) => client.listClinicians(clinicId, signal),
    enabled,
    select: (list) => list.items.map((member) => ({ value: member.membershipId, label: member.name })),
  });
}
