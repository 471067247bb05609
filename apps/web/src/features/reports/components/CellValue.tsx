import type { ReportCell } from '@interlude/contracts';
import { Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { type CellFormat, FORMATTERS, suppressedWhy } from '../report-words';

export interface CellValueProps {
  cell: ReportCell | undefined;
  format?: CellFormat;
  /** The clinic's small-cell threshold, for the explanation of a suppressed cell. */
  threshold: number;
}

/**
 * "Suppressed", with why on hover or touch. Not a tab stop (many cells may be suppressed, some in
 * visually hidden tables): each report says once, in text, what "Suppressed" means.
 */
export function Suppressed({ threshold }: { threshold: number }) {
  return (
    <Tooltip
      label={suppressedWhy(threshold)}
      withArrow
      multiline
      w={240}
      events={{ hover: true, focus: false, touch: true }}
    >
      <Text
        span
        inherit
        c="dimmed"
        fs="italic"
        style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
      >
        Suppressed
      </Text>
    </Tooltip>
  );
}

/** A dash for "nothing to report" (e.g. no late submissions), said as "None" to screen readers. */
export function NoValue() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>None</VisuallyHidden>
    </>
  );
}

/** One report number: formatted, "Suppressed" under the small-cell rule, or a dash when empty. */
export function CellValue({ cell, format = 'count', threshold }: CellValueProps) {
  if (!cell) return <NoValue />;
  if (cell.suppressed) return <Suppressed threshold={threshold} />;
  if (cell.value === null) return <NoValue />;
  return <>{FORMATTERS[format](cell.value)}</>;
}
