import type { OutcomesReport } from '@interlude/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { MEASURE_LABEL } from '../../templates/template-words';
import { ChartWithTable } from './ChartWithTable';
import { CountAndShare, MeanChange, OUTCOMES, outcomePercent } from './outcome-parts';

/** Reliable improvement, no reliable change, deterioration and recovery over the clients compared. */
export function OutcomesSummary({ report }: { report: OutcomesReport }) {
  const { totals, threshold } = report;
  const measure = MEASURE_LABEL[report.measure];
  const data = OUTCOMES.map((outcome) => ({
    label: outcome.label,
    percent: outcomePercent(totals, outcome.key),
    colour: outcome.colour,
  }));

  return (
    <ChartWithTable
      subject="the outcomes"
      chart={
        <BarChart
          // The chart is aria-hidden (its table is the text alternative): no tab stop inside.
          accessibilityLayer={false}
          responsive
          layout="vertical"
          style={{ width: '100%', height: 240 }}
          data={data}
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" />
          <YAxis type="category" dataKey="label" width={170} />
          <Bar dataKey="percent" isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.label} fill={entry.colour} />
            ))}
            <LabelList
              dataKey="percent"
              position="right"
              formatter={(value) => (value === null || value === undefined ? 'Suppressed' : `${value} %`)}
            />
          </Bar>
        </BarChart>
      }
      table={
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <caption>
              <VisuallyHidden>{measure} outcomes, first score compared with last</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">Clients (share)</Table.Th>
                <Table.Th scope="col">Share of</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {OUTCOMES.map((outcome) => (
                <Table.Tr key={outcome.key}>
                  <Table.Th scope="row" fw="normal">
                    {outcome.label}
                  </Table.Th>
                  <Table.Td>
                    <CountAndShare
                      cell={totals[outcome.key]}
                      base={totals[outcome.of]}
                      threshold={threshold}
                    />
                  </Table.Td>
                  <Table.Td>
                    {outcome.of === 'clients' ? 'Clients compared' : 'Clients at caseness at the start'}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row" fw="normal">
                  Mean score, first → last
                </Table.Th>
                <Table.Td colSpan={2}>
                  <MeanChange cells={totals} threshold={threshold} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
      summary={
        <Text size="sm" maw={640}>
          Reliable change is {report.reliableChange} points or more on the {measure}; recovery means starting
          at or above {report.caseness} (caseness) and ending below it. Recovery shares are of the clients at
          caseness at the start.
        </Text>
      }
    />
  );
}
