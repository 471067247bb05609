import type { OutcomesReport } from '@interlude/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { BAND_LABEL, BAND_ORDER, suppressedWhy } from '../report-words';
import { CellValue } from './CellValue';
import { ChartWithTable } from './ChartWithTable';
import { CountAndShare, MeanChange, OUTCOMES, outcomePercent } from './outcome-parts';

const CHARTED = OUTCOMES.filter((o) => o.key !== 'reliableRecovery');

/** Does homework help? Outcomes of clients grouped by how much of their homework they completed. */
export function OutcomesByBand({ report }: { report: OutcomesReport }) {
  const { threshold } = report;
  const groups = [...report.groups].sort(
    (a, b) => (BAND_ORDER.indexOf(a.key) + 1 || 99) - (BAND_ORDER.indexOf(b.key) + 1 || 99),
  );
  const bandLabel = (group: (typeof groups)[number]) => BAND_LABEL[group.key] ?? group.label;
  const data = groups.map((group) => ({
    band: bandLabel(group).replace(' completion', ''),
    ...Object.fromEntries(CHARTED.map((o) => [o.key, outcomePercent(group.cells, o.key)])),
  }));
  const anySuppressed = groups.some((group) => Object.values(group.cells).some((cell) => cell.suppressed));

  if (groups.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No completion bands to compare in this period.
      </Text>
    );
  }

  return (
    <ChartWithTable
      subject="outcomes by completion"
      chart={
        <BarChart
          // The chart is aria-hidden (its table is the text alternative): no tab stop inside.
          accessibilityLayer={false}
          responsive
          style={{ width: '100%', height: 300 }}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="band" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={56} />
          <Tooltip formatter={(value) => (value === null ? 'Suppressed' : `${value} %`)} />
          <Legend />
          {CHARTED.map((outcome) => (
            <Bar
              key={outcome.key}
              dataKey={outcome.key}
              name={outcome.label}
              fill={outcome.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm">
            <caption style={{ captionSide: 'bottom', textAlign: 'left' }}>
              <Text size="sm" c="dimmed" mt="xs">
                Outcomes by homework completion band. Shares of improvement, no change and deterioration are
                of the band’s clients; recovery shares are of those at caseness at the start.
                {anySuppressed ? (
                  <VisuallyHidden>{` “Suppressed”: ${suppressedWhy(threshold).toLowerCase()}.`}</VisuallyHidden>
                ) : null}
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Homework completion</Table.Th>
                <Table.Th scope="col">Clients</Table.Th>
                {OUTCOMES.map((outcome) => (
                  <Table.Th key={outcome.key} scope="col">
                    {outcome.label}
                  </Table.Th>
                ))}
                <Table.Th scope="col">Mean score, first → last</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => (
                <Table.Tr key={group.key}>
                  <Table.Th scope="row" fw="normal">
                    {bandLabel(group)}
                  </Table.Th>
                  <Table.Td>
                    <CellValue cell={group.cells.clients} threshold={threshold} />
                  </Table.Td>
                  {OUTCOMES.map((outcome) => (
                    <Table.Td key={outcome.key}>
                      <CountAndShare
                        cell={group.cells[outcome.key]}
                        base={group.cells[outcome.of]}
                        threshold={threshold}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <MeanChange cells={group.cells} threshold={threshold} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
