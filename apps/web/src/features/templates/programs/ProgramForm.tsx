import { WEEKDAYS } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { z } from 'zod';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { RECURRENCE_LABEL, WEEKDAY_LABEL } from '../template-words';
import { newStep, type ProgramFormValues, type RecurrenceKind, type StepValues } from './program-values';

type Form = UseFormReturnType<ProgramFormValues>;

export interface TemplatePickerGroup {
  group: string;
  items: { value: string; label: string }[];
}

const focusSoon = (find: () => HTMLElement | null | undefined) =>
  requestAnimationFrame(() => find()?.focus());

const byData = (uid: string, action: string) =>
  document.querySelector<HTMLButtonElement>(`[data-step="${uid}"][data-action="${action}"]`);

interface StepEditorProps {
  form: Form;
  index: number;
  steps: StepValues[];
  templates: TemplatePickerGroup[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function StepEditor({ form, index, steps, templates, onMove, onRemove }: StepEditorProps) {
  const path = `steps.${index}`;
  const step = steps[index];
  const name = `Step ${index + 1}`;
  const kind = step.recurrence.kind;

  return (
    <Fieldset legend={name}>
      <Stack gap="sm">
        <Select
          label="Template"
          placeholder="Choose from the library"
          data={templates}
          searchable
          required
          nothingFoundMessage="No template with that title"
          {...form.getInputProps(`${path}.templateId`)}
          onChange={(value) => form.setFieldValue(`${path}.templateId`, value ?? '')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label="Starts after (days)"
            description="0 is the program’s first day."
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            min={0}
            max={365}
            {...form.getInputProps(`${path}.dayOffset`)}
          />
          <NativeSelect
            label="Repeats"
            data={(Object.keys(RECURRENCE_LABEL) as RecurrenceKind[]).map((value) => ({
              value,
              label: RECURRENCE_LABEL[value],
            }))}
            {...form.getInputProps(`${path}.recurrence.kind`)}
          />
          {kind === 'once' ? null : (
            <NumberInput
              label="How many times in all"
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              min={1}
              max={120}
              {...form.getInputProps(`${path}.recurrence.count`)}
            />
          )}
        </SimpleGrid>
        {kind === 'weekdays' ? (
          <div data-path={`${path}.recurrence.days`}>
            <Checkbox.Group
              label="Days of the week"
              required
              {...form.getInputProps(`${path}.recurrence.days`)}
            >
              <Group gap="md" mt={6}>
                {WEEKDAYS.map((day) => (
                  <Checkbox key={day} value={day} label={WEEKDAY_LABEL[day].long} />
                ))}
              </Group>
            </Checkbox.Group>
          </div>
        ) : null}
        {kind === 'timesPerWeek' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label="Times a week"
              description="The client chooses the days."
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              min={1}
              max={7}
              {...form.getInputProps(`${path}.recurrence.timesPerWeek`)}
            />
          </SimpleGrid>
        ) : null}
        <Textarea
          label="Instructions for this step (optional)"
          description="Added to the template’s own instructions."
          autosize
          minRows={2}
          {...form.getInputProps(`${path}.instructions`)}
        />
        <Group gap="xs" justify="flex-end">
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={index === 0}
            aria-label={`Move step ${index + 1} up`}
            data-step={step.uid}
            data-action="up"
            onClick={() => onMove(index, index - 1)}
          >
            Move up
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={index === steps.length - 1}
            aria-label={`Move step ${index + 1} down`}
            data-step={step.uid}
            data-action="down"
            onClick={() => onMove(index, index + 1)}
          >
            Move down
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Remove step ${index + 1}`}
            onClick={() => onRemove(index)}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

export interface ProgramFormProps {
  initialValues: ProgramFormValues;
  schema: z.ZodType;
  toShape: (values: ProgramFormValues) => Record<string, unknown>;
  /** The picker's templates, grouped by kind. */
  templates: TemplatePickerGroup[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: ProgramFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/** Name, description and ordered steps (template, start day, how it repeats), checked with the contract. */
export function ProgramForm({
  initialValues,
  schema,
  toShape,
  templates,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: ProgramFormProps) {
  const { problem, alertRef, report } = useFormProblem();
  const resolve = contractResolver(schema);
  const form = useForm<ProgramFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => resolve(toShape(values)),
  });
  const steps = form.values.steps;

  const submit = async (values: ProgramFormValues) => {
    report(null);
    try {
      await onSubmit(values);
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };

  const add = () => {
    form.insertListItem('steps', newStep(steps[steps.length - 1]));
    const index = steps.length;
    focusSoon(() => form.getInputNode(`steps.${index}.templateId`));
  };
  const move = (from: number, to: number) => {
    const uid = steps[from].uid;
    form.reorderListItem('steps', { from, to });
    const last = steps.length - 1;
    const direction = to < from ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down';
    focusSoon(() => byData(uid, direction));
  };
  const remove = (index: number) => {
    form.removeListItem('steps', index);
    const next = Math.min(index, steps.length - 2);
    focusSoon(() =>
      next >= 0
        ? form.getInputNode(`steps.${next}.templateId`)
        : document.querySelector<HTMLElement>('[data-add="steps"]'),
    );
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
      noValidate
      aria-label="Program"
    >
      <Stack gap="lg" maw={820}>
        <Paper withBorder p="lg" component="section" aria-labelledby="program-about">
          <Title order={2} size="h3" id="program-about" mb="md">
            About this program
          </Title>
          <Stack gap="md">
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <Textarea
              label="Description (optional)"
              description="Who it is for and what it works on; staff see this, clients do not."
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="program-steps">
          <Title order={2} size="h3" id="program-steps" mb="xs">
            Steps
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Each step assigns one template, starting some days after the program starts.
          </Text>
          <Stack gap="md" data-path="steps">
            {form.errors.steps ? (
              <Text c="red.9" size="sm" role="alert">
                {form.errors.steps}
              </Text>
            ) : null}
            {steps.map((step, index) => (
              <StepEditor
                key={step.uid}
                form={form}
                index={index}
                steps={steps}
                templates={templates}
                onMove={move}
                onRemove={remove}
              />
            ))}
            <Group>
              <Button variant="default" onClick={add} data-add="steps">
                Add a step
              </Button>
            </Group>
          </Stack>
        </Paper>
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <Group gap="sm">
          <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
