import type { StaffMember } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { auditEventKeys, clinicSettingsKeys, invitationKeys, staffKeys } from '../query-keys';
import { createFakeApiClient } from '../testing/fake-api-client';
import { useInviteStaff, useStaffList, useUpdateStaff } from './use-staff';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const otherClinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d99';

const member = (n: number): StaffMember => ({
  membershipId: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d${String(n).padStart(2, '0')}`,
  userId: `0192f1a4-7c1e-7d2b-9a55-0c3f4f1e3d${String(n).padStart(2, '0')}`,
  name: `Person ${n}`,
  email: `person${n}@example.org`,
  roles: ['clinician'],
  status: 'active',
  mfaEnabled: false,
  lastSignInAt: null,
});

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { queryClient, wrapper };
}

describe('useStaffList', () => {
  it('asks for the next page with the cursor of the last one, keeping the filters', async () => {
    const listStaff = jest
      .fn()
      .mockResolvedValueOnce({ items: [member(1)], nextCursor: 'after-1' })
      .mockResolvedValueOnce({ items: [member(2)], nextCursor: null });
    const { wrapper } = setup({ listStaff });

    const { result } = renderHook(() => useStaffList(clinicId, { role: 'clinician' }), { wrapper });
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    await act(() => result.current.fetchNextPage());

    expect(listStaff.mock.calls.map(([id, query]) => [id, query])).toEqual([
      [clinicId, { role: 'clinician', limit: 25, cursor: undefined }],
      [clinicId, { role: 'clinician', limit: 25, cursor: 'after-1' }],
    ]);
    await waitFor(() =>
      expect(result.current.data?.pages.flatMap((page) => page.items).map((m) => m.name)).toEqual([
        'Person 1',
        'Person 2',
      ]),
    );
    expect(result.current.hasNextPage).toBe(false);
  });
});

describe('staff mutations', () => {
  it('invalidate their feature of their clinic only', async () => {
    const updateStaff = jest.fn().mockResolvedValue(member(1));
    const { queryClient, wrapper } = setup({ updateStaff });
    for (const id of [clinicId, otherClinicId]) {
      queryClient.setQueryData(staffKeys.list(id, {}), { pages: [], pageParams: [] });
      queryClient.setQueryData(auditEventKeys.list(id, {}), { pages: [], pageParams: [] });
      queryClient.setQueryData(clinicSettingsKeys.all(id), {});
    }

    const { result } = renderHook(() => useUpdateStaff(clinicId), { wrapper });
    await act(() =>
      result.current.mutateAsync({ membershipId: member(1).membershipId, body: { status: 'deactivated' } }),
    );

    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(staffKeys.list(clinicId, {}))).toBe(true);
    expect(invalidated(auditEventKeys.list(clinicId, {}))).toBe(true);
    expect(invalidated(clinicSettingsKeys.all(clinicId))).toBe(false);
    expect(invalidated(staffKeys.list(otherClinicId, {}))).toBe(false);
  });

  it('refresh the invitations after an invite', async () => {
    const inviteStaff = jest.fn().mockResolvedValue({});
    const { queryClient, wrapper } = setup({ inviteStaff });
    queryClient.setQueryData(invitationKeys.lists(clinicId), { items: [] });

    const { result } = renderHook(() => useInviteStaff(clinicId), { wrapper });
    await act(() =>
      result.current.mutateAsync({ email: 'new@example.org', name: 'New Person', roles: ['clinician'] }),
    );

    expect(inviteStaff).toHaveBeenCalledWith(clinicId, {
      email: 'new@example.org',
      name: 'New Person',
      roles: ['clinician'],
    });
    expect(queryClient.getQueryState(invitationKeys.lists(clinicId))?.isInvalidated).toBe(true);
  });
});
