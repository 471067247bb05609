import { Group, Select, TextInput } from '@mantine/core';
import { ACTION_WORDS, describeAction, OUTCOME_WORDS } from '../audit-words';
import { type AuditFilterValues, datesReversed } from '../hooks/useAuditFilters';

export interface AuditFilterBarProps {
  values: AuditFilterValues;
  timeZone: string;
  onChange: (values: AuditFilterValues) => void;
}

const ALL = 'all';

export function AuditFilterBar({ values, timeZone, onChange }: AuditFilterBarProps) {
  const actions = Object.keys(ACTION_WORDS);
  if (values.action && !actions.includes(values.action)) actions.push(values.action);
  const actionOptions = [
    { value: ALL, label: 'All actions' },
    ...actions.map((action) => ({ value: action, label: describeAction(action) })),
  ];
  const outcomeOptions = [
    { value: ALL, label: 'Any outcome' },
    ...Object.entries(OUTCOME_WORDS).map(([value, label]) => ({ value, label })),
  ];

  return (
    <Group gap="md" align="flex-start" wrap="wrap" role="search" aria-label="Filter the audit log">
      <Select
        label="Action"
        data={actionOptions}
        value={values.action ?? ALL}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No action matches"
        onChange={(value) => onChange({ ...values, action: value && value !== ALL ? value : undefined })}
        w={{ base: '100%', sm: 300 }}
      />
      <Select
        label="Outcome"
        data={outcomeOptions}
        value={values.outcome ?? ALL}
        allowDeselect={false}
        onChange={(value) =>
          onChange({
            ...values,
            outcome: value && value !== ALL ? (value as AuditFilterValues['outcome']) : undefined,
          })
        }
        w={180}
      />
      <TextInput
        label="From"
        description={`Days in ${timeZone}`}
        type="date"
        value={values.from ?? ''}
        onChange={(event) => onChange({ ...values, from: event.currentTarget.value || undefined })}
        w={180}
      />
      <TextInput
        label="To"
        description="Included"
        type="date"
        value={values.to ?? ''}
        error={datesReversed(values) ? 'Choose a day on or after “From”' : undefined}
        onChange={(event) => onChange({ ...values, to: event.currentTarget.value || undefined })}
        w={180}
      />
    </Group>
  );
}
