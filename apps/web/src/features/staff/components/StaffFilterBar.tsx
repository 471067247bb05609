import type { StaffFilters } from '@interlude/api-client';
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { ROLE_LABELS, STAFF_ROLES } from '../../../lib/roles';

export interface StaffFilterBarProps {
  filters: StaffFilters;
  onChange: (filters: StaffFilters) => void;
}

const ALL = 'all';

const roleOptions = [
  { value: ALL, label: 'All roles' },
  ...STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

const statusOptions = [
  { value: ALL, label: 'Everyone' },
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

/** Search waits for a pause in typing, so the list does not reload on every key. */
export function StaffFilterBar({ filters, onChange }: StaffFilterBarProps) {
  const [search, setSearch] = useState(filters.q ?? '');
  const applySearch = useDebouncedCallback(
    (q: string) => onChange({ ...filters, q: q.trim() || undefined }),
    300,
  );

  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter staff">
      <TextInput
        label="Search"
        placeholder="Name or email"
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label="Role"
        data={roleOptions}
        value={filters.role ?? ALL}
        allowDeselect={false}
        onChange={(value) =>
          onChange({ ...filters, role: value && value !== ALL ? (value as StaffFilters['role']) : undefined })
        }
        w={180}
      />
      <Select
        label="Status"
        data={statusOptions}
        value={filters.status ?? ALL}
        allowDeselect={false}
        onChange={(value) =>
          onChange({
            ...filters,
            status: value && value !== ALL ? (value as StaffFilters['status']) : undefined,
          })
        }
        w={180}
      />
    </Group>
  );
}
