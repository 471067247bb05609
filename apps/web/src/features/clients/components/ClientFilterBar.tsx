import type { ClientFilters } from '@interlude/api-client';
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { ALL_STATUSES } from '../hooks/useClientFilters';

export interface ClientFilterBarProps {
  filters: ClientFilters;
  status: string;
  onChange: (filters: ClientFilters, status: string) => void;
  /** Admins filter by clinician; a clinician's list is their own caseload already. */
  clinicianOptions?: { value: string; label: string }[];
}

const ANY = 'any';

const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'discharged', label: 'Discharged' },
  { value: ALL_STATUSES, label: 'Active and discharged' },
];

const sortOptions = [
  { value: 'name', label: 'Name' },
  { value: 'nextSession', label: 'Next session' },
  { value: 'created', label: 'Newest first' },
];

/** Search and tag wait for a pause in typing, so the list does not reload on every key. */
export function ClientFilterBar({ filters, status, onChange, clinicianOptions }: ClientFilterBarProps) {
  const [search, setSearch] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const applySearch = useDebouncedCallback(
    (q: string) => onChange({ ...filters, q: q.trim() || undefined }, status),
    300,
  );
  const applyTag = useDebouncedCallback(
    (value: string) => onChange({ ...filters, tag: value.trim() || undefined }, status),
    300,
  );

  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter clients">
      <TextInput
        label="Search"
        placeholder="Name, preferred name or email"
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label="Status"
        data={statusOptions}
        value={status}
        allowDeselect={false}
        onChange={(value) => onChange(filters, value ?? 'active')}
        w={200}
      />
      {clinicianOptions ? (
        <Select
          label="Clinician"
          data={[{ value: ANY, label: 'Any clinician' }, ...clinicianOptions]}
          value={filters.clinicianId ?? ANY}
          allowDeselect={false}
          searchable
          onChange={(value) =>
            onChange({ ...filters, clinicianId: value && value !== ANY ? value : undefined }, status)
          }
          w={220}
        />
      ) : null}
      <TextInput
        label="Tag"
        placeholder="e.g. anxiety"
        value={tag}
        onChange={(event) => {
          setTag(event.currentTarget.value);
          applyTag(event.currentTarget.value);
        }}
        w={160}
      />
      <Select
        label="Sort by"
        data={sortOptions}
        value={filters.sort ?? 'name'}
        allowDeselect={false}
        onChange={(value) =>
          onChange(
            { ...filters, sort: value && value !== 'name' ? (value as ClientFilters['sort']) : undefined },
            status,
          )
        }
        w={180}
      />
    </Group>
  );
}
