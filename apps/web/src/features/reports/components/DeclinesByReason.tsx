import type { EngagementCells } from '@interlude/contracts';
import { Table, VisuallyHidden } from '@mantine/core';
import { DECLINE_REASONS, formatPercent, shareOf } from '../report-words';
import { CellValue, NoValue } from './CellValue';

/** How many declines gave each reason, and its share of all declines. */
export function DeclinesByReason({ totals, threshold }: { totals: EngagementCells; threshold: number }) {
  const byReason = totals.declinedByReason;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table>
        <caption>
          <VisuallyHidden>Declines by reason</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Declines</Table.Th>
            <Table.Th scope="col">Share</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DECLINE_REASONS.map(({ key, label }) => {
            const share = shareOf(byReason[key], totals.declined);
            return (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw="normal">
                  {label}
                </Table.Th>
                <Table.Td>
                  <CellValue cell={byReason[key] ?? { value: 0, suppressed: false }} threshold={threshold} />
                </Table.Td>
                <Table.Td>{share === null ? <NoValue /> : formatPercent(share)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
