import { useTemplateList } from '@interlude/api-client';
import { HOMEWORK_KINDS, type HomeworkKind } from '@interlude/contracts';
import { useEffect, useMemo } from 'react';
import { KIND_LABEL } from '../template-words';

export interface TemplateOption {
  value: string;
  label: string;
  kind: HomeworkKind;
}

/** A library is tens of templates, not thousands: this many pages at most fill the picker. */
const MAX_PAGES = 10;

/**
 * Every active template, for a picker grouped by kind. `extra` adds templates a saved program still
 * uses although they are archived, so the picker can show them by name.
 */
export function useTemplateOptions(clinicId: string, extra: TemplateOption[] = []) {
  const list = useTemplateList(clinicId, { status: 'active' });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = list;
  const pages = list.data?.pages.length ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, pages, fetchNextPage]);

  const extraKey = JSON.stringify(extra);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `extra` is compared by its content (extraKey)
  const options = useMemo(() => {
    const all: TemplateOption[] = (list.data?.pages ?? []).flatMap((page) =>
      page.items.map((template) => ({ value: template.id, label: template.title, kind: template.kind })),
    );
    const known = new Set(all.map((option) => option.value));
    for (const option of extra) if (!known.has(option.value)) all.push(option);
    return all;
  }, [list.data, extraKey]);

  const grouped = useMemo(
    () =>
      HOMEWORK_KINDS.map((kind) => ({
        group: KIND_LABEL[kind],
        items: options
          .filter((option) => option.kind === kind)
          .map(({ value, label }) => ({ value, label }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      })).filter((group) => group.items.length > 0),
    [options],
  );

  return {
    options,
    grouped,
    isPending: list.isPending,
    isError: list.isError && !list.data,
    error: list.error,
    refetch: list.refetch,
    isFetching: list.isFetching,
  };
}
