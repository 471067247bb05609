import { Button, Group, Stack, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import classes from './ChartWithTable.module.css';

export interface ChartWithTableProps {
  /** What the chart shows, e.g. "weekly completion"; names the toggle. */
  subject: string;
  /** A sentence summing the chart up, read before it. */
  summary?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart and its text alternative. The table is always in the page for screen readers (visually hidden
 * under the chart); "Show as a table" swaps what is seen, for anyone who prefers the numbers.
 */
export function ChartWithTable({ subject, summary, chart, table }: ChartWithTableProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        {summary ?? <span />}
        <Button
          variant="subtle"
          size="compact-sm"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {asTable ? `Show ${subject} as a chart` : `Show ${subject} as a table`}
        </Button>
      </Group>
      {asTable ? (
        table
      ) : (
        <>
          <figure style={{ margin: 0 }} aria-hidden="true">
            {chart}
          </figure>
          <VisuallyHidden component="div" className={classes.hiddenTable}>
            {table}
          </VisuallyHidden>
        </>
      )}
    </Stack>
  );
}
