import type { TemplateFilters } from '@interlude/api-client';
import { HomeworkKindSchema } from '@interlude/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The library's filters live in the URL (`?kind=&q=&status=archived`); the default view is active templates. */
export function useTemplateFilters(): [TemplateFilters, (next: TemplateFilters) => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<TemplateFilters>(() => {
    const kind = HomeworkKindSchema.safeParse(params.get('kind'));
    const q = params.get('q')?.trim();
    return {
      ...(kind.success ? { kind: kind.data } : {}),
      status: params.get('status') === 'archived' ? 'archived' : 'active',
      ...(q ? { q } : {}),
    };
  }, [params]);

  const setFilters = useCallback(
    (next: TemplateFilters) => {
      const search = new URLSearchParams();
      if (next.kind) search.set('kind', next.kind);
      if (next.q?.trim()) search.set('q', next.q.trim());
      if (next.status === 'archived') search.set('status', 'archived');
      setParams(search, { replace: true });
    },
    [setParams],
  );

  return [filters, setFilters];
}

/** Anything beyond the default view (all kinds, active, no search). */
export const hasTemplateFilters = (filters: TemplateFilters): boolean =>
  Boolean(filters.kind || filters.q || filters.status === 'archived');
