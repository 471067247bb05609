import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

export interface TimezoneSelectProps extends Omit<SelectProps, 'data' | 'searchable'> {}

/** The browser's own time zone: the default for a new clinic. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every IANA zone the browser knows, plus `value` and the browser's zone if the list lacks them (e.g. "UTC"). */
export function timeZoneOptions(extra: (string | null | undefined)[] = []): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  for (const zone of [browserTimeZone(), ...extra]) if (zone) zones.add(zone);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** A searchable list of IANA time zones ("Europe/London"); type part of a city to narrow it. */
export function TimezoneSelect({ value, ...props }: TimezoneSelectProps) {
  const data = useMemo(() => timeZoneOptions([value]), [value]);
  return (
    <Select
      searchable
      data={data}
      value={value}
      limit={50}
      nothingFoundMessage="No time zone matches"
      allowDeselect={false}
      {...props}
    />
  );
}
