import { useAssignments, useOccurrences, useUpdateAssignment } from '@interlude/api-client';
import type { Assignment, UpdateAssignmentRequest } from '@interlude/contracts';
import { UpdateAssignmentRequestSchema } from '@interlude/contracts';
import { ConfirmDialog, EmptyState, ErrorState, FormAlert, LoadingState, SubmitButton } from '@interlude/ui';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  applyProblemToForm,
  contractResolver,
  describeFailure,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { clinicPath } from '../../session/session-paths';
import {
  ASSIGNMENT_STATUS,
  declinedBecause,
  describeSchedule,
  formatInZone,
  formatLocalDue,
  KIND_LABEL,
  occurrenceState,
} from '../homework-words';

export interface HomeworkSectionProps {
  clinicId: string;
  clientId: string;
  clientName: string;
}

/** "3 of 7 done · 1 overdue · 1 declined". */
function countsText(assignment: Assignment): string {
  const { total, submitted, reviewed, overdue, declined, missed } = assignment.counts;
  const parts = [`${submitted + reviewed} of ${total} done`];
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (declined > 0) parts.push(`${declined} declined`);
  if (missed > 0) parts.push(`${missed} missed`);
  return parts.join(' · ');
}

function Occurrences({ clinicId, assignment }: { clinicId: string; assignment: Assignment }) {
  const occurrences = useOccurrences(clinicId, assignment.id);
  if (occurrences.isPending) return <LoadingState label="Loading the due dates" lines={3} />;
  if (occurrences.isError) {
    return (
      <ErrorState
        headingOrder={4}
        title="Could not load the due dates"
        description={describeFailure(occurrences.error).detail}
        onRetry={() => void occurrences.refetch()}
        retrying={occurrences.isFetching}
      />
    );
  }
  if (occurrences.data.items.length === 0) return <Text c="dimmed">No due dates yet.</Text>;
  return (
    <Stack
      component="ol"
      gap={6}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={`Due dates of ${assignment.template.title}`}
    >
      {occurrences.data.items.map((occurrence) => {
        const state = occurrenceState(occurrence);
        return (
          <Group key={occurrence.id} component="li" gap="sm" wrap="wrap">
            <Text size="sm" miw={200}>
              Due {formatLocalDue(occurrence.localDate, occurrence.localTime)}
            </Text>
            <Badge variant="light" color={state.color}>
              {state.label}
            </Badge>
            {occurrence.talkNextSession ? (
              <Badge variant="light" color="blue">
                Wants to talk about it
              </Badge>
            ) : null}
            {occurrence.submissionId ? (
              <Anchor
                component={Link}
                to={clinicPath(clinicId, `submissions/${occurrence.submissionId}`)}
                size="sm"
              >
                Read the answers
                <VisuallyHidden>
                  {' '}
                  due {formatLocalDue(occurrence.localDate, occurrence.localTime)}
                </VisuallyHidden>
              </Anchor>
            ) : null}
            {occurrence.decline?.note ? (
              <Text size="sm" c="dimmed">
                “{occurrence.decline.note}”
              </Text>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

function EditInstructions({
  clinicId,
  assignment,
  onClose,
}: {
  clinicId: string;
  assignment: Assignment;
  onClose: () => void;
}) {
  const update = useUpdateAssignment(clinicId);
  const { problem, alertRef, report } = useFormProblem();
  const form = useForm({
    mode: 'controlled',
    initialValues: { instructions: assignment.instructions },
    validate: contractResolver(UpdateAssignmentRequestSchema),
  });
  const submit = async (values: { instructions: string }) => {
    report(null);
    try {
      await update.mutateAsync({ assignmentId: assignment.id, body: { instructions: values.instructions } });
      notifySuccess('The instructions were saved. The client sees them from now on.');
      onClose();
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Instructions for ${assignment.template.title}`}
      centered
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
        <Stack gap="md">
          <Textarea
            label="Instructions"
            description="What the client reads before they start."
            autosize
            minRows={4}
            maxLength={4000}
            data-autofocus
            {...form.getInputProps('instructions')}
          />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <SubmitButton busy={update.isPending}>Save instructions</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type StatusChange = 'paused' | 'active' | 'cancelled';

const CHANGE_WORDS: Record<StatusChange, { verb: string; done: string; explain: string }> = {
  paused: {
    verb: 'Pause',
    done: 'paused',
    explain: 'No new due dates or reminders reach the client until you resume it.',
  },
  active: { verb: 'Resume', done: 'resumed', explain: 'Due dates and reminders start again from today.' },
  cancelled: {
    verb: 'Cancel',
    done: 'cancelled',
    explain: 'Due dates still to come are removed. What the client already sent back stays.',
  },
};

function AssignmentCard({
  clinicId,
  assignment,
  clientName,
}: {
  clinicId: string;
  assignment: Assignment;
  clientName: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState<StatusChange | null>(null);
  const update = useUpdateAssignment(clinicId);
  const status = ASSIGNMENT_STATUS[assignment.status];
  const open = ['active', 'paused', 'proposed'].includes(assignment.status);
  const occurrencesId = `occurrences-${assignment.id}`;
  const titleId = `assignment-${assignment.id}`;

  const change = (body: UpdateAssignmentRequest, next: StatusChange) =>
    update.mutate(
      { assignmentId: assignment.id, body },
      {
        onSuccess: () => {
          notifySuccess(`${assignment.template.title} was ${CHANGE_WORDS[next].done}.`);
          setChanging(null);
        },
      },
    );

  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4" id={titleId}>
                {assignment.template.title}
              </Title>
              <Badge variant="light" color={status.color}>
                {status.label}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {KIND_LABEL[assignment.template.kind]}
              {assignment.program ? ` · part of ${assignment.program.name}` : ''} ·{' '}
              {describeSchedule(assignment.schedule)}
            </Text>
          </Stack>
          <Group gap="xs">
            {open ? (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                Edit instructions
              </Button>
            ) : null}
            {assignment.status === 'active' ? (
              <Button size="xs" variant="default" onClick={() => setChanging('paused')}>
                Pause
              </Button>
            ) : null}
            {assignment.status === 'paused' ? (
              <Button size="xs" variant="default" onClick={() => setChanging('active')}>
                Resume
              </Button>
            ) : null}
            {open ? (
              <Button size="xs" variant="default" color="red.9" onClick={() => setChanging('cancelled')}>
                Cancel homework
              </Button>
            ) : null}
          </Group>
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">{countsText(assignment)}</Text>
          {assignment.nextDueAt && open ? (
            <Text size="sm">
              Next due{' '}
              <time dateTime={assignment.nextDueAt}>
                {formatInZone(assignment.nextDueAt, assignment.timezone)}
              </time>
            </Text>
          ) : null}
        </Group>
        {assignment.decline ? (
          <Text size="sm">
            {declinedBecause(assignment.decline.reason)}
            {assignment.decline.note ? `: “${assignment.decline.note}”` : ''}
          </Text>
        ) : null}
        {assignment.check.safetyConcern ? (
          <Text size="sm">
            <Text span fw={600} inherit>
              Back-up plan:
            </Text>{' '}
            {assignment.backupPlan ?? 'None written'}
            {assignment.safetyPlanVersion
              ? ` · safety plan version ${assignment.safetyPlanVersion} linked`
              : ''}
          </Text>
        ) : null}
        {assignment.instructions ? (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {assignment.instructions}
          </Text>
        ) : null}
        <div>
          <Button
            size="xs"
            variant="subtle"
            px={0}
            aria-expanded={expanded}
            aria-controls={occurrencesId}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? 'Hide due dates' : 'Show due dates'}
          </Button>
        </div>
        <div id={occurrencesId} hidden={!expanded}>
          {expanded ? <Occurrences clinicId={clinicId} assignment={assignment} /> : null}
        </div>
      </Stack>

      {editing ? (
        <EditInstructions clinicId={clinicId} assignment={assignment} onClose={() => setEditing(false)} />
      ) : null}
      {changing ? (
        <ConfirmDialog
          opened
          title={`${CHANGE_WORDS[changing].verb} ${assignment.template.title} for ${clientName}?`}
          confirmLabel={changing === 'cancelled' ? 'Cancel homework' : CHANGE_WORDS[changing].verb}
          cancelLabel="Keep as it is"
          tone={changing === 'cancelled' ? 'danger' : 'default'}
          busy={update.isPending}
          error={update.isError ? describeFailure(update.error).detail : undefined}
          onCancel={() => {
            update.reset();
            setChanging(null);
          }}
          onConfirm={() => change({ status: changing }, changing)}
        >
          {CHANGE_WORDS[changing].explain}
        </ConfirmDialog>
      ) : null}
    </Paper>
  );
}

/** The client's homework: each assignment with its status, next due date, counts and due dates. */
export function HomeworkSection({ clinicId, clientId, clientName }: HomeworkSectionProps) {
  const assignments = useAssignments(clinicId, { clientId });
  const assignPath = clinicPath(clinicId, `clients/${clientId}/assign`);

  if (assignments.isPending) return <LoadingState label="Loading homework" lines={4} />;
  if (assignments.isError) {
    return (
      <ErrorState
        headingOrder={3}
        title="Could not load the homework"
        description={describeFailure(assignments.error).detail}
        onRetry={() => void assignments.refetch()}
        retrying={assignments.isFetching}
      />
    );
  }
  if (assignments.data.items.length === 0) {
    return (
      <EmptyState
        headingOrder={3}
        title="No homework assigned yet"
        description={`Homework keeps ${clientName} practising between sessions. Choose from the library or a program.`}
        action={
          <Button component={Link} to={assignPath} variant="default">
            Assign homework
          </Button>
        }
      />
    );
  }
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Assigned homework">
      {assignments.data.items.map((assignment) => (
        <AssignmentCard
          key={assignment.id}
          clinicId={clinicId}
          assignment={assignment}
          clientName={clientName}
        />
      ))}
    </Stack>
  );
}
