import { HOMEWORK_KINDS, type HomeworkKind } from '@interlude/contracts';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { KIND_LABEL } from '../../templates/template-words';
import { datesReversed, hasNarrowingFilters, type ReportFilterValues } from '../hooks/useReportFilters';

const ALL = 'all';

export interface Option {
  value: string;
  label: string;
}

export interface ReportFiltersProps {
  values: ReportFilterValues;
  onChange: (values: ReportFilterValues) => void;
  /** The period the reports show when no dates are chosen (the API's default: the last 12 weeks). */
  period?: { from: string; to: string };
  /** Clinicians to choose from; left out, there is no clinician filter (clinicians, managers). */
  clinicians?: Option[];
  /** Programs to choose from; left out, there is no program filter. */
  programs?: Option[];
  timeZone: string;
}

/** Options with "All …" first, and the chosen one kept even when it is no longer listed. */
function withAll(all: string, options: Option[], chosen: string | undefined, unknown: string): Option[] {
  const list = [{ value: ALL, label: all }, ...options];
  if (chosen && !options.some((o) => o.value === chosen)) list.push({ value: chosen, label: unknown });
  return list;
}

/** The reports' filters; every change goes to the URL, so a filtered view can be bookmarked or shared. */
export function ReportFilters({
  values,
  onChange,
  period,
  clinicians,
  programs,
  timeZone,
}: ReportFiltersProps) {
  const set = (patch: Partial<ReportFilterValues>) => onChange({ ...values, ...patch });
  const pick = (value: string | null) => (value && value !== ALL ? value : undefined);

  return (
    <Group gap="md" align="flex-start" wrap="wrap" role="search" aria-label="Report filters">
      <TextInput
        label="From"
        description={`Days in ${timeZone}`}
        type="date"
        value={values.from ?? period?.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value || undefined })}
        w={180}
      />
      <TextInput
        label="To"
        description="Included"
        type="date"
        value={values.to ?? period?.to ?? ''}
        error={datesReversed(values) ? 'Choose a day on or after “From”' : undefined}
        onChange={(event) => set({ to: event.currentTarget.value || undefined })}
        w={180}
      />
      {clinicians ? (
        <Select
          label="Clinician"
          data={withAll('All clinicians', clinicians, values.clinicianId, 'Clinician no longer listed')}
          value={values.clinicianId ?? ALL}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No clinician matches"
          onChange={(value) => set({ clinicianId: pick(value) })}
          w={{ base: '100%', sm: 240 }}
        />
      ) : null}
      {programs ? (
        <Select
          label="Program"
          data={withAll('All programs', programs, values.programId, 'Program no longer listed')}
          value={values.programId ?? ALL}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No program matches"
          onChange={(value) => set({ programId: pick(value) })}
          w={{ base: '100%', sm: 240 }}
        />
      ) : null}
      <Select
        label="Kind of homework"
        description="Engagement only"
        data={[
          { value: ALL, label: 'All kinds' },
          ...HOMEWORK_KINDS.map((kind) => ({ value: kind, label: KIND_LABEL[kind] })),
        ]}
        value={values.kind ?? ALL}
        allowDeselect={false}
        onChange={(value) => set({ kind: pick(value) as HomeworkKind | undefined })}
        w={{ base: '100%', sm: 220 }}
      />
      {hasNarrowingFilters(values) ? (
        <Button
          variant="subtle"
          mt={{ base: 0, sm: 46 }}
          onClick={() => onChange({ groupBy: values.groupBy, measure: values.measure })}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
