import type { EngagementCells } from '@interlude/contracts';
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { type CellFormat, FORMATTERS, suppressedWhy } from '../report-words';
import { NoValue } from './CellValue';

const TILES: {
  key: keyof Omit<EngagementCells, 'declinedByReason'>;
  label: string;
  format: CellFormat;
  hint: string;
}[] = [
  { key: 'clients', label: 'Clients', format: 'count', hint: 'With homework due in the period' },
  { key: 'due', label: 'Due', format: 'count', hint: 'Homework due in the period' },
  { key: 'completionRate', label: 'Completion rate', format: 'percent', hint: 'Submitted ÷ due' },
  { key: 'onTimeRate', label: 'On-time rate', format: 'percent', hint: 'Submitted by the due time ÷ due' },
  { key: 'declined', label: 'Declined', format: 'count', hint: 'Declined by the client, with a reason' },
  { key: 'missed', label: 'Missed', format: 'count', hint: 'Not done and not declined' },
  { key: 'medianHoursLate', label: 'Median hours late', format: 'hours', hint: 'Over late submissions' },
  { key: 'activeClients', label: 'Active clients', format: 'count', hint: 'Submitted in the last 7 days' },
];

function Tile({
  label,
  hint,
  children,
  note,
}: {
  label: string;
  hint: string;
  children: React.ReactNode;
  note?: string;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={id}>
      <Stack gap={2}>
        <Text id={id} size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={600} lh={1.2}>
          {children}
        </Text>
        <Text size="xs" c="dimmed">
          {note ?? hint}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The period's headline figures; a suppressed one says so, and why, in place of the number. */
export function KpiTiles({ totals, threshold }: { totals: EngagementCells; threshold: number }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
      {TILES.map((tile) => {
        const cell = totals[tile.key];
        if (cell.suppressed) {
          return (
            <Tile key={tile.key} label={tile.label} hint={tile.hint} note={suppressedWhy(threshold)}>
              <Text span inherit c="dimmed" fz={20}>
                Suppressed
              </Text>
            </Tile>
          );
        }
        return (
          <Tile key={tile.key} label={tile.label} hint={tile.hint}>
            {cell.value === null ? <NoValue /> : FORMATTERS[tile.format](cell.value)}
          </Tile>
        );
      })}
    </SimpleGrid>
  );
}
