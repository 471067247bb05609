import type { StaffFilters } from '@interlude/api-client';
import { StaffQuerySchema } from '@interlude/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

const RoleParam = StaffQuerySchema.shape.role;
const StatusParam = StaffQuerySchema.shape.status;

/** The staff list's filters live in the URL (`?q=&role=&status=`): shareable, and Back undoes a change. */
export function useStaffFilters(): [StaffFilters, (filters: StaffFilters) => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<StaffFilters>(() => {
    const role = RoleParam.safeParse(params.get('role') ?? undefined);
    const status = StatusParam.safeParse(params.get('status') ?? undefined);
    return withoutEmpty({
      q: params.get('q')?.trim() || undefined,
      role: role.success ? role.data : undefined,
      status: status.success ? status.data : undefined,
    });
  }, [params]);

  const setFilters = useCallback(
    (next: StaffFilters) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(withoutEmpty(next))) search.set(key, String(value));
      setParams(search, { replace: true });
    },
    [setParams],
  );

  return [filters, setFilters];
}

export const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

export const hasFilters = (filters: StaffFilters): boolean => Object.keys(withoutEmpty(filters)).length > 0;
