import { useClientList, useCreatePrepTask } from '@interlude/api-client';
import { CreatePrepTaskRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';

interface PrepTaskFormValues {
  title: string;
  notes: string;
  clientId: string;
  dueDate: string;
}

const toShape = (values: PrepTaskFormValues) =>
  Object.fromEntries(
    Object.entries({
      title: values.title,
      notes: values.notes,
      clientId: values.clientId || undefined,
      dueDate: values.dueDate || undefined,
    }).filter(([, value]) => value !== undefined),
  );

export interface AddPrepTaskDialogProps {
  clinicId: string;
  /** On a client's page the task is for that client; elsewhere a client can be chosen. */
  client?: { id: string; name: string };
  onClose: () => void;
}

function ClientPicker(props: { clinicId: string } & Record<string, unknown>) {
  const { clinicId, ...inputProps } = props;
  const clients = useClientList(clinicId, { status: 'active' });
  const options = (clients.data?.pages ?? []).flatMap((page) =>
    page.items.map((c) => ({ value: c.id, label: c.name })),
  );
  return (
    <Select
      label="Client (optional)"
      description="Leave empty for a task of your own."
      placeholder={clients.isPending ? 'Loading your caseload…' : 'Search your caseload'}
      data={options}
      searchable
      clearable
      nothingFoundMessage="No client by that name"
      error={clients.isError ? 'Could not load your caseload' : undefined}
      {...inputProps}
    />
  );
}

/** A prep task of the clinician's own: read the chapter, bring the worksheet, call the GP. */
export function AddPrepTaskDialog({ clinicId, client, onClose }: AddPrepTaskDialogProps) {
  const create = useCreatePrepTask(clinicId);
  const { problem, alertRef, report } = useFormProblem();
  const resolve = contractResolver(CreatePrepTaskRequestSchema);
  const form = useForm<PrepTaskFormValues>({
    mode: 'controlled',
    initialValues: { title: '', notes: '', clientId: client?.id ?? '', dueDate: '' },
    validate: (values) => resolve(toShape(values)),
  });

  const submit = async (values: PrepTaskFormValues) => {
    report(null);
    try {
      const created = await create.mutateAsync(CreatePrepTaskRequestSchema.parse(toShape(values)));
      notifySuccess(`“${created.title}” was added to your prep tasks.`);
      onClose();
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };

  const hasClient = Boolean(form.values.clientId);
  return (
    <Modal opened onClose={create.isPending ? () => undefined : onClose} title="Add a prep task" centered>
      <form
        aria-label="Add a prep task"
        onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
        noValidate
      >
        <Stack gap="md">
          <TextInput label="Title" required data-autofocus maxLength={200} {...form.getInputProps('title')} />
          <Textarea
            label="Notes (optional)"
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('notes')}
          />
          {client ? (
            <Text size="sm">For {client.name}</Text>
          ) : (
            <ClientPicker clinicId={clinicId} {...form.getInputProps('clientId')} />
          )}
          <TextInput
            label="Due date (optional)"
            type="date"
            description={
              hasClient
                ? 'Leave empty and it is due the day before the client’s next session.'
                : 'Leave empty for no due date.'
            }
            maw={260}
            {...form.getInputProps('dueDate')}
          />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <SubmitButton busy={create.isPending}>Add task</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
