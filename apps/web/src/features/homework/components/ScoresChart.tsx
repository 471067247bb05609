import { useClientScores } from '@interlude/api-client';
import type { Score } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState } from '@interlude/ui';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { bandLabel, MEASURE_LABEL } from '../homework-words';

export interface ScoresChartProps {
  clinicId: string;
  clientId: string;
  clientName: string;
  timeZone: string;
}

/** Shared band shading: both questionnaires use 5, 10 and 15 as their thresholds (PHQ-9 adds 20). */
const BANDS = [
  { from: 0, to: 5, label: 'Minimal', fill: '#e9f5ee' },
  { from: 5, to: 10, label: 'Mild', fill: '#f3f6e4' },
  { from: 10, to: 15, label: 'Moderate', fill: '#fbf3e0' },
  { from: 15, to: 20, label: 'Moderately severe (PHQ-9) / severe (GAD-7)', fill: '#fbeadf' },
  { from: 20, to: 27, label: 'Severe (PHQ-9)', fill: '#f8e1e1' },
];

const COLOURS = { phq9: '#1c5d7a', gad7: '#8a4f9e' } as const;

interface Point {
  at: number;
  phq9?: number;
  gad7?: number;
}

function chartData(scores: Score[]): Point[] {
  return scores.map((score) => ({ at: new Date(score.scoredAt).getTime(), [score.measure]: score.total }));
}

/** PHQ-9 and GAD-7 totals over time: a line chart with band shading, and the same data as a table. */
export function ScoresChart({ clinicId, clientId, clientName, timeZone }: ScoresChartProps) {
  const scores = useClientScores(clinicId, clientId);
  if (scores.isPending) return <LoadingState label="Loading the scores" lines={5} />;
  if (scores.isError) {
    return (
      <ErrorState
        headingOrder={3}
        title="Could not load the scores"
        description={describeFailure(scores.error).detail}
        onRetry={() => void scores.refetch()}
        retrying={scores.isFetching}
      />
    );
  }
  const items = scores.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        headingOrder={3}
        title="No scores yet"
        description={`Assign a PHQ-9 or GAD-7 questionnaire and ${clientName}’s totals will be charted here.`}
      />
    );
  }
  const measures = (['phq9', 'gad7'] as const).filter((m) => items.some((s) => s.measure === m));
  const day = (ms: number) => formatDate(new Date(ms).toISOString(), timeZone);
  const latest = (measure: 'phq9' | 'gad7') => [...items].reverse().find((s) => s.measure === measure);

  return (
    <Stack gap="md">
      <Text size="sm">
        {measures
          .map((m) => {
            const last = latest(m);
            return last
              ? `Latest ${MEASURE_LABEL[m]}: ${last.total} (${bandLabel(last.band).toLowerCase()})`
              : '';
          })
          .join(' · ')}
      </Text>
      <figure style={{ margin: 0 }} aria-hidden="true">
        <LineChart
          responsive
          style={{ width: '100%', height: 300 }}
          data={chartData(items)}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          {BANDS.map((band) => (
            <ReferenceArea
              key={band.label}
              y1={band.from}
              y2={band.to}
              fill={band.fill}
              fillOpacity={0.8}
              ifOverflow="hidden"
              label={{ value: band.label, position: 'insideTopRight', fontSize: 11, fill: '#555' }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={day}
          />
          <YAxis domain={[0, 27]} ticks={[0, 5, 10, 15, 20, 27]} allowDecimals={false} width={32} />
          <Tooltip labelFormatter={(value) => day(Number(value))} />
          <Legend />
          {measures.map((measure) => (
            <Line
              key={measure}
              type="monotone"
              dataKey={measure}
              name={MEASURE_LABEL[measure]}
              stroke={COLOURS[measure]}
              strokeWidth={2}
              strokeDasharray={measure === 'gad7' ? '6 3' : undefined}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </figure>
      <Table.ScrollContainer minWidth={420}>
        <Table striped>
          <caption>
            <VisuallyHidden>Questionnaire scores, oldest first</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Questionnaire</Table.Th>
              <Table.Th scope="col">Total</Table.Th>
              <Table.Th scope="col">Band</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((score) => (
              <Table.Tr key={score.id}>
                <Table.Th scope="row" fw="normal">
                  <time dateTime={score.scoredAt}>{formatDate(score.scoredAt, timeZone)}</time>
                </Table.Th>
                <Table.Td>{MEASURE_LABEL[score.measure]}</Table.Td>
                <Table.Td>{score.total}</Table.Td>
                <Table.Td>{bandLabel(score.band)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
