import type { EngagementCells, EngagementReport } from '@interlude/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { Breakdown } from '../hooks/useReportFilters';
import { BREAKDOWN_LABEL, type CellFormat, suppressedWhy } from '../report-words';
import { CellValue } from './CellValue';

const COLUMNS: { key: keyof Omit<EngagementCells, 'declinedByReason'>; label: string; format: CellFormat }[] =
  [
    { key: 'clients', label: 'Clients', format: 'count' },
    { key: 'due', label: 'Due', format: 'count' },
    { key: 'completionRate', label: 'Completion rate', format: 'percent' },
    { key: 'onTimeRate', label: 'On-time rate', format: 'percent' },
    { key: 'declined', label: 'Declined', format: 'count' },
    { key: 'missed', label: 'Missed', format: 'count' },
    { key: 'medianHoursLate', label: 'Median hours late', format: 'hours' },
    { key: 'activeClients', label: 'Active clients', format: 'count' },
  ];

export interface EngagementBreakdownProps {
  report: EngagementReport;
  breakdown: Breakdown;
}

/** Engagement per clinician, program or kind, with the clinic's (or caseload's) total last. */
export function EngagementBreakdown({ report, breakdown }: EngagementBreakdownProps) {
  const { groups, totals, threshold } = report;
  const anySuppressed = [...groups.map((g) => g.cells), totals].some((cells) =>
    COLUMNS.some((column) => cells[column.key].suppressed),
  );
  const row = (cells: EngagementCells) =>
    COLUMNS.map((column) => (
      <Table.Td key={column.key}>
        <CellValue cell={cells[column.key]} format={column.format} threshold={threshold} />
      </Table.Td>
    ));

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" striped>
          <caption style={{ captionSide: 'bottom', textAlign: 'left' }}>
            <Text size="sm" c="dimmed" mt="xs">
              Engagement by {BREAKDOWN_LABEL[breakdown].toLowerCase()}.
              {anySuppressed ? (
                <VisuallyHidden>{` “Suppressed”: ${suppressedWhy(threshold).toLowerCase()}.`}</VisuallyHidden>
              ) : null}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{BREAKDOWN_LABEL[breakdown]}</Table.Th>
              {COLUMNS.map((column) => (
                <Table.Th key={column.key} scope="col">
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Table.Tr key={group.key}>
                <Table.Th scope="row" fw="normal">
                  {group.label}
                </Table.Th>
                {row(group.cells)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">All</Table.Th>
              {row(totals)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {groups.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing to break down in this period.
        </Text>
      ) : null}
    </>
  );
}
