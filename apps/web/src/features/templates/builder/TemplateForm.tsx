import type { HomeworkKind } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import {
  Alert,
  Box,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import {
  applyProblemToForm,
  contractResolver,
  type FormProblem,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { QuestionList } from '../components/QuestionList';
import { BUILDABLE_KINDS, KIND_HINT, KIND_LABEL } from '../template-words';
import { QuestionsEditor } from './QuestionsEditor';
import { previewFields, type TemplateFormValues } from './template-values';

export interface TemplateFormProps {
  initialValues: TemplateFormValues;
  /** The request schema the body must pass (create or update). */
  schema: z.ZodType;
  /** The request body's shape before the contract cleans it. */
  toShape: (values: TemplateFormValues) => Record<string, unknown>;
  /** Editing: the kind is fixed and shown as text, not chosen. */
  fixedKind?: HomeworkKind;
  /** Shown above the form, e.g. what saving does to the version. */
  notice?: ReactNode;
  /** A reason not to send (e.g. nothing changed), shown instead of saving. */
  blockSubmit?: (values: TemplateFormValues) => FormProblem | null;
  submitLabel: string;
  busy: boolean;
  /** Sends the body; rejects with the API error so its `errors[].path` land on the fields. */
  onSubmit: (values: TemplateFormValues) => Promise<unknown>;
  onCancel: () => void;
}

function Preview({ values }: { values: TemplateFormValues }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="template-preview-heading" bg="gray.0">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="template-preview-heading">
            Preview
          </Title>
          <Text size="sm" c="dimmed">
            What the client will see. It follows your changes as you type.
          </Text>
        </div>
        <Paper p="md" withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {values.title.trim() || 'Untitled'}
            </Title>
            {values.instructions.trim() ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {values.instructions}
              </Text>
            ) : null}
            <QuestionList fields={previewFields(values)} />
          </Stack>
        </Paper>
      </Stack>
    </Paper>
  );
}

/**
 * The form builder: title, kind, instructions and an ordered list of typed questions, checked with the
 * same contract the API applies, with a live preview of what the client will see.
 */
export function TemplateForm({
  initialValues,
  schema,
  toShape,
  fixedKind,
  notice,
  blockSubmit,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: TemplateFormProps) {
  const { problem, alertRef, report } = useFormProblem();
  const resolve = contractResolver(schema);

  const form = useForm<TemplateFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const errors: Record<string, ReactNode> = { ...resolve(toShape(values)) };
      if (!fixedKind && !values.kind) errors.kind = 'Choose what kind of homework this is';
      return errors;
    },
  });

  const submit = async (values: TemplateFormValues) => {
    report(null);
    const blocked = blockSubmit?.(values) ?? null;
    if (blocked) {
      report(blocked);
      return;
    }
    try {
      await onSubmit(values);
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };

  const kind = fixedKind ?? (form.values.kind || undefined);

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <form
          onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
          noValidate
          aria-label="Template"
        >
          <Stack gap="lg">
            {notice}
            <Paper withBorder p="lg" component="section" aria-labelledby="template-about">
              <Title order={2} size="h3" id="template-about" mb="md">
                About this template
              </Title>
              <Stack gap="md">
                <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
                {fixedKind ? (
                  <Text>
                    <Text span fw={600}>
                      Kind:
                    </Text>{' '}
                    {KIND_LABEL[fixedKind]}
                  </Text>
                ) : (
                  <NativeSelect
                    label="Kind"
                    required
                    description={kind ? KIND_HINT[kind] : 'Decides the screen the client fills it in on.'}
                    data={[
                      { value: '', label: 'Choose a kind', disabled: true },
                      ...BUILDABLE_KINDS.map((value) => ({ value, label: KIND_LABEL[value] })),
                    ]}
                    {...form.getInputProps('kind')}
                  />
                )}
                <Textarea
                  label="Instructions for the client (optional)"
                  description="Shown above the questions. Plain, warm words work best."
                  autosize
                  minRows={3}
                  maxRows={10}
                  {...form.getInputProps('instructions')}
                />
              </Stack>
            </Paper>

            <Paper withBorder p="lg" component="section" aria-labelledby="template-questions">
              <Title order={2} size="h3" id="template-questions" mb="xs">
                Questions
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                The client answers them in this order.
              </Text>
              <QuestionsEditor form={form} listPath="fields" questions={form.values.fields} />
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
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Box pos={{ base: 'static', lg: 'sticky' }} top={16}>
          <Preview values={form.values} />
        </Box>
      </Grid.Col>
    </Grid>
  );
}

/** Above an edit: a new version is made, and what was assigned keeps its own. */
export function NewVersionNotice({ version }: { version: number }) {
  return (
    <Alert role="note" color="blue" variant="light" title={`Saving makes version ${version + 1}`}>
      Homework already assigned keeps the version it was given. New assignments use the new version.
    </Alert>
  );
}
