import { useClient, useCreateAssignments } from '@interlude/api-client';
import { type Client, type Program, type TemplateSummary, WEEKDAYS } from '@interlude/contracts';
import { ErrorState, FormAlert, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { zonedParts } from '../../../lib/dates/clinic-time';
import { describeFailure, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { callName } from '../../clients/client-words';
import { ClientNotFound } from '../../clients/components/ClientNotFound';
import { isNotFound } from '../../clients/routes/client-route-utils';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import {
  type AssignFormValues,
  applyAssignProblem,
  emptyAssignValues,
  parseChoice,
  toAssignRequest,
  validateAssign,
} from '../components/assign-values';
import { describeRecurrence, KIND_LABEL, WEEKDAY_LABEL } from '../homework-words';
import { useAssignableHomework } from '../hooks/useAssignableHomework';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/** Programs first, then the templates grouped by kind, each group in title order. */
function pickerData(templates: TemplateSummary[], programs: Program[]) {
  const groups: { group: string; items: { value: string; label: string }[] }[] = [];
  if (programs.length > 0) {
    groups.push({
      group: 'Programs',
      items: programs.map((p) => ({ value: `program:${p.id}`, label: p.name })),
    });
  }
  const byKind = new Map<string, { value: string; label: string }[]>();
  for (const template of [...templates].sort((a, b) => a.title.localeCompare(b.title))) {
    const label = KIND_LABEL[template.kind];
    const items = byKind.get(label) ?? [];
    items.push({ value: `template:${template.id}`, label: template.title });
    byKind.set(label, items);
  }
  for (const [group, items] of [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    groups.push({ group, items });
  }
  return groups;
}

const SCHEDULE_KINDS: { value: AssignFormValues['schedule']['kind']; label: string }[] = [
  { value: 'once', label: 'Once' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekdays', label: 'On chosen days of the week' },
  { value: 'timesPerWeek', label: 'A number of times a week' },
  { value: 'weekly', label: 'Weekly' },
];

interface AssignFormProps {
  clinicId: string;
  client: Client;
  templates: TemplateSummary[];
  programs: Program[];
}

function AssignForm({ clinicId, client, templates, programs }: AssignFormProps) {
  const navigate = useNavigate();
  const create = useCreateAssignments(clinicId, client.id);
  const { problem, alertRef, report } = useFormProblem();
  const clientPage = clinicPath(clinicId, `clients/${client.id}`);
  const name = callName(client);
  const today = zonedParts(new Date().toISOString(), client.timezone).day;

  const form = useForm<AssignFormValues>({
    mode: 'controlled',
    initialValues: emptyAssignValues(today),
    validate: validateAssign,
  });

  const chosen = parseChoice(form.values.choice);
  const template = chosen?.type === 'template' ? templates.find((t) => t.id === chosen.id) : undefined;
  const program = chosen?.type === 'program' ? programs.find((p) => p.id === chosen.id) : undefined;
  const schedule = form.values.schedule;
  const recurring = schedule.kind !== 'once';
  const safetyConcern = form.values.check.safetyConcern === 'yes';

  const submit = async (values: AssignFormValues) => {
    report(null);
    try {
      const created = await create.mutateAsync(toAssignRequest(values));
      notifySuccess(
        created.items.length > 1
          ? `${created.items.length} pieces of homework were assigned to ${name}.`
          : `Homework was assigned to ${name}.`,
      );
      navigate(clientPage);
    } catch (error) {
      report(applyAssignProblem(form, error));
    }
  };

  const zoneNote = (
    <Text size="xs" c="dimmed">
      Dates and times are {name}’s own, in their time zone ({client.timezone}).
    </Text>
  );

  return (
    <form
      aria-label="Assign homework"
      onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
      noValidate
    >
      <Stack gap="lg" maw={760}>
        <Section id="assign-what" title="What to assign">
          <Select
            label="Template or program"
            description="Search the library by title. Programs assign several steps at once."
            placeholder="Search or choose"
            data={pickerData(templates, programs)}
            searchable
            nothingFoundMessage="Nothing in the library matches"
            required
            {...form.getInputProps('choice')}
          />
          {template ? (
            <Text size="sm" c="dimmed">
              {KIND_LABEL[template.kind]}
              {template.source === 'library' ? ' from the starter library' : ''}, version {template.version}.
            </Text>
          ) : null}
          {program ? (
            <Stack gap={4}>
              <Text size="sm">
                {program.description || 'A program'} · {program.steps.length}{' '}
                {program.steps.length === 1 ? 'step' : 'steps'} over {program.lengthDays} days:
              </Text>
              <List size="sm">
                {program.steps.map((step) => (
                  <List.Item key={step.position}>
                    Day {step.dayOffset + 1}: {step.template.title} ({describeRecurrence(step.recurrence)})
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
          <Textarea
            label="Instructions for the client (optional)"
            description="Leave empty to use the template’s own instructions."
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('instructions')}
          />
        </Section>

        <Section id="assign-when" title="When">
          {program ? (
            <>
              <Text size="sm">Each step starts from this date, at this time of day.</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Start date" type="date" required {...form.getInputProps('startDate')} />
                <TextInput label="Time" type="time" required {...form.getInputProps('time')} />
              </SimpleGrid>
              {zoneNote}
            </>
          ) : (
            <>
              <Radio.Group label="How often" {...form.getInputProps('schedule.kind')}>
                <Group gap="md" mt="xs">
                  {SCHEDULE_KINDS.map((kind) => (
                    <Radio key={kind.value} value={kind.value} label={kind.label} />
                  ))}
                </Group>
              </Radio.Group>
              {schedule.kind === 'once' ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label="Due date"
                    type="date"
                    required
                    {...form.getInputProps('schedule.dueDate')}
                  />
                  <TextInput
                    label="Due time"
                    type="time"
                    required
                    {...form.getInputProps('schedule.dueTime')}
                  />
                </SimpleGrid>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label="Start date"
                    type="date"
                    required
                    {...form.getInputProps('schedule.startDate')}
                  />
                  <TextInput
                    label={schedule.kind === 'timesPerWeek' ? 'Due by (time of day)' : 'Time of day'}
                    type="time"
                    required
                    {...form.getInputProps('schedule.time')}
                  />
                </SimpleGrid>
              )}
              {schedule.kind === 'weekdays' ? (
                <Checkbox.Group label="Days of the week" required {...form.getInputProps('schedule.days')}>
                  <Group gap="md" mt="xs">
                    {WEEKDAYS.map((day) => (
                      <Checkbox key={day} value={day} label={WEEKDAY_LABEL[day]} />
                    ))}
                  </Group>
                </Checkbox.Group>
              ) : null}
              {schedule.kind === 'timesPerWeek' ? (
                <NumberInput
                  label="Times a week"
                  description="Spread evenly over each week from the start date."
                  min={1}
                  max={7}
                  allowDecimal={false}
                  maw={200}
                  {...form.getInputProps('schedule.timesPerWeek')}
                />
              ) : null}
              {recurring ? (
                <>
                  <Radio.Group label="Ends" {...form.getInputProps('schedule.ends')}>
                    <Group gap="md" mt="xs">
                      <Radio value="count" label="After a number of times" />
                      <Radio value="until" label="On a date" />
                    </Group>
                  </Radio.Group>
                  {schedule.ends === 'count' ? (
                    <NumberInput
                      label="Number of times"
                      min={1}
                      max={366}
                      allowDecimal={false}
                      maw={200}
                      {...form.getInputProps('schedule.count')}
                    />
                  ) : (
                    <TextInput
                      label="End date"
                      type="date"
                      maw={240}
                      {...form.getInputProps('schedule.until')}
                    />
                  )}
                </>
              ) : null}
              {zoneNote}
            </>
          )}
        </Section>

        <Section id="assign-check" title="Before assigning">
          <Text size="sm" c="dimmed">
            Take a moment to weigh relevance, ability and safety with {name} in mind.
          </Text>
          <Checkbox
            label="This is relevant to the treatment goals"
            {...form.getInputProps('check.relevant', { type: 'checkbox' })}
          />
          <Checkbox
            label={`This is within ${name}’s ability right now`}
            {...form.getInputProps('check.withinAbility', { type: 'checkbox' })}
          />
          <Radio.Group
            label="Could doing this raise an emotional or physical safety concern?"
            required
            {...form.getInputProps('check.safetyConcern')}
          >
            <Group gap="md" mt="xs">
              <Radio value="no" label="No" />
              <Radio value="yes" label="Yes" />
            </Group>
          </Radio.Group>
          {safetyConcern ? (
            <>
              <Textarea
                label="Back-up plan"
                description={`What ${name} can do if it becomes too much, e.g. stop, use a coping strategy, call someone.`}
                autosize
                minRows={3}
                maxLength={2000}
                required
                {...form.getInputProps('backupPlan')}
              />
              <Alert variant="light" color="blue" title="The safety plan goes with it">
                {name}’s current safety plan will be linked to this homework, so it is one tap away while they
                do it.{' '}
                <Anchor
                  component={Link}
                  to={`${clientPage}#client-safety-plan`}
                  c="harbor.8"
                  underline="always"
                >
                  Review {name}’s safety plan
                </Anchor>
              </Alert>
            </>
          ) : null}
          <Switch
            label="The client must accept before it starts"
            description={`${name} sees it as a proposal in the portal and can accept or decline it.`}
            {...form.getInputProps('requiresAcceptance', { type: 'checkbox' })}
          />
        </Section>

        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <Group gap="sm">
          <SubmitButton busy={create.isPending}>Assign</SubmitButton>
          <Button variant="default" component={Link} to={clientPage}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/clinics/:clinicId/clients/:clientId/assign`: choose homework, when, and the pre-assignment check. */
export function AssignHomeworkPage() {
  const { clientId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const client = useClient(clinicId, clientId);
  const library = useAssignableHomework(clinicId);

  if (client.isError && isNotFound(client.error)) return <ClientNotFound />;
  const failed = client.isError ? client : library.isError ? library : null;

  let body: ReactNode;
  if (failed) {
    body = (
      <ErrorState
        title="Could not open the assign form"
        description={describeFailure(failed.error).detail}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  } else if (!client.data || !library.data) {
    body = <LoadingState label="Loading the library" lines={10} />;
  } else if (library.data.templates.length === 0 && library.data.programs.length === 0) {
    body = (
      <Text c="dimmed">
        The library has nothing to assign yet.{' '}
        <Anchor component={Link} to={clinicPath(clinicId, 'templates')}>
          Open the library
        </Anchor>
      </Text>
    );
  } else {
    body = (
      <AssignForm
        clinicId={clinicId}
        client={client.data}
        templates={library.data.templates}
        programs={library.data.programs}
      />
    );
  }

  const name = client.data ? client.data.name : 'a client';
  return (
    <Stack gap="lg">
      <title>{`Assign homework to ${name} · Interlude`}</title>
      <Anchor component={Link} to={clinicPath(clinicId, `clients/${clientId}`)} size="sm">
        Back to {client.data ? client.data.name : 'the client'}
      </Anchor>
      <PageHeader
        title={`Assign homework to ${name}`}
        description="Choose from the library, set when it is due, and check it fits before you assign it."
      />
      {body}
    </Stack>
  );
}
