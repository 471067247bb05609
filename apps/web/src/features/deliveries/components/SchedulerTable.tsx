import type { SchedulerRun } from '@interlude/contracts';
import { Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { formatTimeAgo } from '../../../lib/dates/relative-time';
import { describeEvery, describeProcessed, SCHEDULER_LABEL } from '../delivery-words';

export interface SchedulerTableProps {
  schedulers: SchedulerRun[];
  timeZone: string;
}

const isRunning = (run: SchedulerRun) =>
  run.lastStartedAt !== null &&
  (run.lastFinishedAt === null || Date.parse(run.lastStartedAt) > Date.parse(run.lastFinishedAt));

function LastRun({ run, timeZone }: { run: SchedulerRun; timeZone: string }) {
  if (isRunning(run) && run.lastStartedAt) {
    return (
      <>
        Running since <time dateTime={run.lastStartedAt}>{formatDateTime(run.lastStartedAt, timeZone)}</time>
      </>
    );
  }
  if (!run.lastFinishedAt) {
    return (
      <Text span c="dimmed" inherit>
        Not run yet
      </Text>
    );
  }
  return (
    <>
      <time dateTime={run.lastFinishedAt}>{formatDateTime(run.lastFinishedAt, timeZone)}</time>
      <Text size="sm" c="dimmed">
        {formatTimeAgo(run.lastFinishedAt, timeZone)}
      </Text>
    </>
  );
}

/** The jobs that run on a clock: reminders, the morning summaries and the report figures. */
export function SchedulerTable({ schedulers, timeZone }: SchedulerTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Text fw={600} component="span">
            Scheduled jobs
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Job</Table.Th>
            <Table.Th scope="col">How often</Table.Th>
            <Table.Th scope="col">Last run ({timeZone})</Table.Th>
            <Table.Th scope="col">What it did</Table.Th>
            <Table.Th scope="col">Last error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedulers.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed">No scheduled job has reported yet.</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            schedulers.map((run) => (
              <Table.Tr key={run.name}>
                <Table.Th scope="row" fw={600}>
                  {SCHEDULER_LABEL[run.name]}
                </Table.Th>
                <Table.Td>{describeEvery(run.everySeconds)}</Table.Td>
                <Table.Td>
                  <LastRun run={run} timeZone={timeZone} />
                </Table.Td>
                <Table.Td>
                  {describeProcessed(run.name, run.lastProcessed) ?? (
                    <Text span c="dimmed" inherit>
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {run.lastError ? (
                    <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                      {run.lastError}
                    </Text>
                  ) : (
                    <Text span c="dimmed" inherit>
                      None
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
