import type { CaseloadEngagement } from '@interlude/contracts';
import { Anchor, Badge, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import { RISK_FILL } from '../../review/risk-color';
import { clinicPath } from '../../session/session-paths';

type Column =
  | 'name'
  | 'nextSession'
  | 'completion'
  | 'overdue'
  | 'lastActivity'
  | 'openDeclines'
  | 'openRiskAlerts';

const COLUMNS: { key: Column; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Client' },
  { key: 'nextSession', label: 'Next session' },
  { key: 'completion', label: 'Completed (4 weeks)', numeric: true },
  { key: 'overdue', label: 'Overdue', numeric: true },
  { key: 'lastActivity', label: 'Last activity' },
  { key: 'openDeclines', label: 'Open declines', numeric: true },
  { key: 'openRiskAlerts', label: 'Open risk alerts', numeric: true },
];

/** The value a column sorts by; null sorts last whichever way. */
function sortValue(row: CaseloadEngagement, column: Column): string | number | null {
  switch (column) {
    case 'name':
      return row.client.name.toLocaleLowerCase();
    case 'nextSession':
      return row.client.nextSessionAt;
    case 'completion':
      return row.completionRate;
    case 'overdue':
      return row.overdue;
    case 'lastActivity':
      return row.lastActivityAt;
    case 'openDeclines':
      return row.openDeclines;
    case 'openRiskAlerts':
      return row.openRiskAlerts;
  }
}

export function sortCaseload(
  rows: CaseloadEngagement[],
  column: Column,
  direction: 'ascending' | 'descending',
): CaseloadEngagement[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null && y === null) return a.client.name.localeCompare(b.client.name);
    if (x === null) return 1;
    if (y === null) return -1;
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.client.name.localeCompare(b.client.name);
  });
}

/** "75 % (6 of 8)"; "Nothing due" when nothing was due in the last four weeks. */
export const completionText = (row: CaseloadEngagement): string =>
  row.completionRate === null || row.due === 0
    ? 'Nothing due'
    : `${Math.round(row.completionRate * 100)} % (${row.submitted} of ${row.due})`;

export interface CaseloadTableProps {
  clinicId: string;
  rows: CaseloadEngagement[];
  timeZone: string;
}

/** Engagement at a glance, sortable by every column (the sort is announced through aria-sort). */
export function CaseloadTable({ clinicId, rows, timeZone }: CaseloadTableProps) {
  const [sort, setSort] = useState<{ column: Column; direction: 'ascending' | 'descending' }>({
    column: 'name',
    direction: 'ascending',
  });
  const sorted = sortCaseload(rows, sort.column, sort.direction);

  const toggle = (column: Column) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'name' || column === 'nextSession' ? 'ascending' : 'descending' },
    );

  const when = (iso: string | null, empty: string) =>
    iso ? (
      <time dateTime={iso}>{formatSessionTime(iso, timeZone)}</time>
    ) : (
      <Text span c="dimmed" inherit>
        {empty}
      </Text>
    );

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>
            Caseload engagement, sorted by {COLUMNS.find((c) => c.key === sort.column)?.label}
          </VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => {
              const active = sort.column === column.key;
              return (
                <Table.Th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <UnstyledButton
                    onClick={() => toggle(column.key)}
                    fw={600}
                    fz="sm"
                    style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.client.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={clinicPath(clinicId, `clients/${row.client.id}`)} fw={600}>
                  {row.client.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{when(row.client.nextSessionAt, 'Not booked')}</Table.Td>
              <Table.Td>{completionText(row)}</Table.Td>
              <Table.Td>
                {row.overdue > 0 ? (
                  <Badge variant="light" color="yellow" c="dark.8">
                    {row.overdue}
                  </Badge>
                ) : (
                  '0'
                )}
              </Table.Td>
              <Table.Td>{when(row.lastActivityAt, 'None yet')}</Table.Td>
              <Table.Td>{row.openDeclines}</Table.Td>
              <Table.Td>
                {row.openRiskAlerts > 0 ? (
                  <Badge variant="filled" color={RISK_FILL}>
                    {row.openRiskAlerts}
                  </Badge>
                ) : (
                  '0'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
