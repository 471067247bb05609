import { staffKeys, useApiClient } from '@interlude/api-client';
import { useQuery } from '@tanstack/react-query';

/** Active clinicians of the clinic, for pickers (admins only: the staff list is theirs). */
export function useClinicianOptions(clinicId: string, enabled = true) {
  const client = useApiClient();
  const query = { role: 'clinician', status: 'active', limit: 100 } as const;
  return useQuery({
    queryKey: staffKeys.list(clinicId, { ...query, purpose: 'options' }),
    queryFn: ({ signal }) => client.listStaff(clinicId, query, signal),
    enabled,
    select: (page) => page.items.map((member) => ({ value: member.membershipId, label: member.name })),
  });
}
