import { useMyProgress } from '@interlude/api-client';
import type { MeasureCodeValue, MyProgress } from '@interlude/contracts';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Card, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { describeFailure } from '../../../lib/describe-failure';
import { bandWords, dayWords, MEASURE_WORDS } from '../../homework/homework-words';
import { usePortalSession } from '../../session/portal-session';

/** `/progress`: streak, the last four weeks, the mood trend and questionnaire scores — quietly, no trophies. */
export function ProgressPage() {
  const { clinicId } = usePortalSession();
  const query = useMyProgress(clinicId);
  return (
    <Stack gap="lg" maw={720}>
      <title>My progress · Interlude</title>
      <Title order={1}>My progress</Title>
      {query.data ? (
        <ProgressContent progress={query.data} />
      ) : query.isError ? (
        <ErrorState
          title="Could not load your progress"
          description={describeFailure(query.error).detail}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <LoadingState label="Loading your progress" lines={6} />
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

const dateLabel = (iso: string) => dayWords(iso.slice(0, 10));
const shortDate = (iso: string) => {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(date);
};

function ProgressContent({ progress }: { progress: MyProgress }) {
  const { streakDays, last28Days, moodTrend, scores } = progress;
  const share = last28Days.due > 0 ? Math.round((last28Days.submitted / last28Days.due) * 100) : 0;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Section title="Days in a row">
          <Text size="xl" fw={700} data-testid="progress-streak">
            {streakDays === 1 ? '1 day' : `${streakDays} days`}
          </Text>
          <Text size="sm" c="dimmed">
            {streakDays > 0
              ? 'Days in a row, up to today, when you sent something to your clinician.'
              : 'Every day is a fresh start. Anything you send counts.'}
          </Text>
        </Section>
        <Section title="The last 4 weeks">
          <Text size="xl" fw={700} data-testid="progress-last-28-days">
            {last28Days.submitted} of {last28Days.due} done
          </Text>
          <Progress value={share} aria-hidden="true" />
          <Text size="sm" c="dimmed">
            {last28Days.due === 0
              ? 'Nothing was due in the last 4 weeks.'
              : 'Counting what was due in the last 28 days.'}
          </Text>
        </Section>
      </SimpleGrid>
      <MoodSection moodTrend={moodTrend} />
      <ScoresSection scores={scores} />
    </Stack>
  );
}

function MoodSection({ moodTrend }: { moodTrend: MyProgress['moodTrend'] }) {
  const data = moodTrend.map((point) => ({ ...point, label: shortDate(point.date) }));
  const first = moodTrend[0];
  const last = moodTrend[moodTrend.length - 1];
  return (
    <Section title="Mood">
      {moodTrend.length === 0 ? (
        <Text c="dimmed">When you note your mood in a journal, it will show here over time.</Text>
      ) : (
        <>
          <Text data-testid="mood-summary">
            {moodTrend.length === 1
              ? `One mood noted: ${last.mood} out of 10 on ${dateLabel(last.date)}.`
              : `${moodTrend.length} moods noted, from ${first.mood} out of 10 on ${dateLabel(first.date)} to ${last.mood} out of 10 on ${dateLabel(last.date)}.`}
          </Text>
          <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
            <ResponsiveContainer width="100%" height={220} minWidth={200}>
              <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-gray-3)" />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis domain={[0, 10]} ticks={[0, 5, 10]} tick={{ fontSize: 12 }} />
                <Tooltip formatter={(value) => [`${value} out of 10`, 'Mood']} />
                <Line
                  type="monotone"
                  dataKey="mood"
                  stroke="var(--mantine-color-blue-7)"
                  strokeWidth={2}
                  dot
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>See mood as a table</summary>
            <Table mt="xs" aria-label="Mood by day">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Day</Table.Th>
                  <Table.Th>Mood (0 to 10)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {moodTrend.map((point) => (
                  <Table.Tr key={point.date}>
                    <Table.Td>{dateLabel(point.date)}</Table.Td>
                    <Table.Td>{point.mood}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        </>
      )}
    </Section>
  );
}

function ScoresSection({ scores }: { scores: MyProgress['scores'] }) {
  const measures = (['phq9', 'gad7'] as MeasureCodeValue[]).filter((m) =>
    scores.some((s) => s.measure === m),
  );
  return (
    <Section title="Questionnaires">
      {measures.length === 0 ? (
        <Text c="dimmed">Questionnaire scores will show here once you have answered one.</Text>
      ) : (
        measures.map((measure) => (
          <MeasureScores
            key={measure}
            measure={measure}
            scores={scores.filter((s) => s.measure === measure)}
          />
        ))
      )}
      <Text size="sm" c="dimmed">
        Scores are one way to see how things are going. Your clinician can talk them through with you.
      </Text>
    </Section>
  );
}

function MeasureScores({ measure, scores }: { measure: MeasureCodeValue; scores: MyProgress['scores'] }) {
  const words = MEASURE_WORDS[measure];
  const id = useId();
  const sorted = [...scores].sort((a, b) => a.scoredAt.localeCompare(b.scoredAt));
  const data = sorted.map((s) => ({ label: shortDate(s.scoredAt), total: s.total }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {words.name} ({words.about})
        </Title>
        {sorted.length > 1 ? (
          <div aria-hidden="true" style={{ width: '100%', height: 180 }}>
            <ResponsiveContainer width="100%" height={180} minWidth={200}>
              <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-gray-3)" />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis domain={[0, words.max]} tick={{ fontSize: 12 }} />
                <Line
                  type="monotone"
                  dataKey="total"
                  stroke="var(--mantine-color-teal-7)"
                  strokeWidth={2}
                  dot
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        ) : null}
        <Stack
          component="ul"
          gap={6}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={`${words.name} scores`}
        >
          {[...sorted].reverse().map((score) => (
            <Group component="li" key={score.id} justify="space-between" gap="xs" wrap="wrap">
              <Text>{dateLabel(score.scoredAt)}</Text>
              <Text fw={600}>
                {score.total} out of {words.max} · {bandWords(score.band)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
