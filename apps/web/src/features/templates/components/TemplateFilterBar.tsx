import type { TemplateFilters } from '@interlude/api-client';
import type { HomeworkKind } from '@interlude/contracts';
import { Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { kindOptions } from '../template-words';

export interface TemplateFilterBarProps {
  filters: TemplateFilters;
  onChange: (filters: TemplateFilters) => void;
}

const ALL = 'all';

/** Search waits for a pause in typing, so the list does not reload on every key. */
export function TemplateFilterBar({ filters, onChange }: TemplateFilterBarProps) {
  const [search, setSearch] = useState(filters.q ?? '');
  const applySearch = useDebouncedCallback(
    (q: string) => onChange({ ...filters, q: q.trim() || undefined }),
    300,
  );

  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter templates">
      <TextInput
        label="Search"
        placeholder="Title"
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 260 }}
      />
      <NativeSelect
        label="Kind"
        data={[{ value: ALL, label: 'All kinds' }, ...kindOptions()]}
        value={filters.kind ?? ALL}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ ...filters, kind: value === ALL ? undefined : (value as HomeworkKind) });
        }}
        w={220}
      />
      <Switch
        label="Show archived templates"
        checked={filters.status === 'archived'}
        onChange={(event) =>
          onChange({ ...filters, status: event.currentTarget.checked ? 'archived' : 'active' })
        }
        mb={8}
      />
    </Group>
  );
}
