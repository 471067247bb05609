import type { EngagementReport } from '@interlude/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cellNumber, formatPercent, formatWeek } from '../report-words';
import { CellValue } from './CellValue';
import { ChartWithTable } from './ChartWithTable';

const COLOURS = { completion: '#1c5d7a', onTime: '#8a4f9e' };

type Week = EngagementReport['weekly'][number];

const percentOrNull = (n: number | null) => (n === null ? null : Math.round(n * 100));

/** Completion and on-time rate week by week (weeks start on Monday); suppressed weeks leave a gap. */
export function WeeklyTrend({ weekly, threshold }: { weekly: Week[]; threshold: number }) {
  const data = weekly.map((week) => ({
    week: formatWeek(week.weekStart),
    completion: percentOrNull(cellNumber(week.cells.completionRate)),
    onTime: percentOrNull(cellNumber(week.cells.onTimeRate)),
  }));
  const shown = weekly.filter((week) => cellNumber(week.cells.completionRate) !== null);
  const first = shown[0];
  const last = shown.at(-1);
  const summary =
    first && last && first !== last ? (
      <Text size="sm">
        Completion went from {formatPercent(cellNumber(first.cells.completionRate) ?? 0)} in the week of{' '}
        {formatWeek(first.weekStart)} to {formatPercent(cellNumber(last.cells.completionRate) ?? 0)} in the
        week of {formatWeek(last.weekStart)}.
      </Text>
    ) : undefined;

  return (
    <ChartWithTable
      subject="the weekly trend"
      summary={summary}
      chart={
        <LineChart
          // The chart is aria-hidden (its table is the text alternative): no tab stop inside.
          accessibilityLayer={false}
          responsive
          style={{ width: '100%', height: 280 }}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={56} />
          <Tooltip formatter={(value) => (value === null ? 'Suppressed' : `${value} %`)} />
          <Legend />
          <Line
            type="monotone"
            dataKey="completion"
            name="Completion rate"
            stroke={COLOURS.completion}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="onTime"
            name="On-time rate"
            stroke={COLOURS.onTime}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      }
      table={
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <caption>
              <VisuallyHidden>Weekly trend: completion and on-time rate by week</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Week of</Table.Th>
                <Table.Th scope="col">Due</Table.Th>
                <Table.Th scope="col">Completion rate</Table.Th>
                <Table.Th scope="col">On-time rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weekly.map((week) => (
                <Table.Tr key={week.weekStart}>
                  <Table.Th scope="row" fw="normal">
                    <time dateTime={week.weekStart}>{formatWeek(week.weekStart)}</time>
                  </Table.Th>
                  <Table.Td>
                    <CellValue cell={week.cells.due} threshold={threshold} />
                  </Table.Td>
                  <Table.Td>
                    <CellValue cell={week.cells.completionRate} format="percent" threshold={threshold} />
                  </Table.Td>
                  <Table.Td>
                    <CellValue cell={week.cells.onTimeRate} format="percent" threshold={threshold} />
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
