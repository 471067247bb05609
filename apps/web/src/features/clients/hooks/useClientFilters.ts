import type { ClientFilters } from '@interlude/api-client';
import { ClientQuerySchema } from '@interlude/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

const StatusParam = ClientQuerySchema.shape.status;
const SortParam = ClientQuerySchema.shape.sort;

/** `status=all` in the URL: active and discharged clients together. Without it, the list shows active ones. */
export const ALL_STATUSES = 'all';

export interface ClientListState {
  filters: ClientFilters;
  /** The status choice as the filter bar shows it: `active`, `discharged` or `all`. */
  status: string;
}

/** The client list's filters live in the URL (`?q=&status=&clinicianId=&tag=&sort=`). */
export function useClientFilters(): [ClientListState, (filters: ClientFilters, status: string) => void] {
  const [params, setParams] = useSearchParams();

  const state = useMemo<ClientListState>(() => {
    const rawStatus = params.get('status') ?? 'active';
    const status = StatusParam.safeParse(rawStatus);
    const sort = SortParam.safeParse(params.get('sort') ?? undefined);
    const filters = withoutEmpty<ClientFilters>({
      q: params.get('q')?.trim() || undefined,
      status: status.success ? status.data : undefined,
      clinicianId: params.get('clinicianId') || undefined,
      tag: params.get('tag')?.trim() || undefined,
      sort: sort.success && params.has('sort') ? sort.data : undefined,
    });
    return { filters, status: status.success && status.data ? status.data : ALL_STATUSES };
  }, [params]);

  const setFilters = useCallback(
    (next: ClientFilters, status: string) => {
      const search = new URLSearchParams();
      const { status: _ignored, ...rest } = withoutEmpty(next);
      for (const [key, value] of Object.entries(rest)) search.set(key, String(value));
      if (status !== 'active') search.set('status', status);
      setParams(search, { replace: true });
    },
    [setParams],
  );

  return [state, setFilters];
}

export const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Filters beyond the default view (active clients, by name). */
export const hasFilters = ({ filters, status }: ClientListState): boolean =>
  status !== 'active' || Boolean(filters.q || filters.clinicianId || filters.tag);
