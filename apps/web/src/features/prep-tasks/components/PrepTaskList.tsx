import { useUpdatePrepTask } from '@interlude/api-client';
import type { PrepTask } from '@interlude/contracts';
import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { zonedParts } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { formatLocalDate } from '../../homework/homework-words';
import { clinicPath } from '../../session/session-paths';

export interface PrepTaskListProps {
  clinicId: string;
  tasks: PrepTask[];
  timeZone: string;
  /** Hide the client's name (on the client's own page). */
  withoutClient?: boolean;
  label: string;
}

/** The clinician's own to-dos, each ticked done (or open again) with its checkbox. */
export function PrepTaskList({ clinicId, tasks, timeZone, withoutClient = false, label }: PrepTaskListProps) {
  const update = useUpdatePrepTask(clinicId);
  const today = zonedParts(new Date().toISOString(), timeZone).day;

  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
        {tasks.map((task) => {
          const overdue = !task.done && task.dueDate !== null && task.dueDate < today;
          const busy = update.isPending && update.variables?.taskId === task.id;
          return (
            <Paper key={task.id} component="li" withBorder p="sm">
              <Group align="flex-start" wrap="nowrap" gap="sm">
                <Checkbox
                  mt={2}
                  checked={task.done}
                  disabled={busy}
                  aria-label={task.done ? `Mark “${task.title}” as not done` : `Mark “${task.title}” done`}
                  onChange={(event) =>
                    update.mutate(
                      { taskId: task.id, body: { done: event.currentTarget.checked } },
                      {
                        onSuccess: (saved) =>
                          notifySuccess(
                            saved.done ? `“${saved.title}” is done.` : `“${saved.title}” is open again.`,
                          ),
                      },
                    )
                  }
                />
                <Stack gap={2}>
                  <Text fw={600} td={task.done ? 'line-through' : undefined}>
                    {task.title}
                  </Text>
                  {task.notes ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {task.notes}
                    </Text>
                  ) : null}
                  <Group gap="xs">
                    {task.dueDate ? (
                      <Text size="sm" c="dimmed">
                        Due {formatLocalDate(task.dueDate)}
                      </Text>
                    ) : null}
                    {overdue ? (
                      <Badge variant="light" color="yellow" c="dark.8">
                        Overdue
                      </Badge>
                    ) : null}
                    {!withoutClient && task.client ? (
                      <Text size="sm" c="dimmed">
                        For{' '}
                        <Anchor
                          component={Link}
                          to={clinicPath(clinicId, `clients/${task.client.id}`)}
                          inherit
                        >
                          {task.client.name}
                        </Anchor>
                      </Text>
                    ) : null}
                    {task.assignment ? (
                      <Text size="sm" c="dimmed">
                        With “{task.assignment.title}”
                      </Text>
                    ) : null}
                  </Group>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {update.isError ? (
        <Text c="red.9" size="sm" role="alert">
          Could not save the task: {describeFailure(update.error).detail}
        </Text>
      ) : null}
    </Stack>
  );
}
