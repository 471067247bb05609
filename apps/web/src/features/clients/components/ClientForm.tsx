import { FormAlert, SubmitButton, TimezoneSelect } from '@interlude/ui';
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { type ClientFormValues, nextSessionProblem } from './client-values';

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

export interface ClientFormProps {
  initialValues: ClientFormValues;
  /** The request schema the body must pass (create or update). */
  schema: z.ZodType;
  /** The request body's shape before the contract cleans it. */
  toShape: (values: ClientFormValues) => Record<string, unknown>;
  /** Admins: options for primary and additional clinicians. Clinicians: undefined (they hold the client). */
  clinicianOptions?: { value: string; label: string }[];
  /** Shown instead of the clinician pickers when the person cannot choose. */
  cliniciansNote?: ReactNode;
  clinicTimeZone: string;
  submitLabel: string;
  busy: boolean;
  /** Sends the body; rejects with the API error so its `errors[].path` land on the fields. */
  onSubmit: (values: ClientFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of a client record; the contract's rules and the API's field errors show on their fields. */
export function ClientForm({
  initialValues,
  schema,
  toShape,
  clinicianOptions,
  cliniciansNote,
  clinicTimeZone,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: ClientFormProps) {
  const { problem, alertRef, report } = useFormProblem();
  const resolve = contractResolver(schema);

  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const errors: Record<string, unknown> = { ...resolve(toShape(values)) };
      const session = nextSessionProblem(values);
      if (session) errors.nextSessionAt = session;
      return errors as Record<string, ReactNode>;
    },
  });

  const submit = async (values: ClientFormValues) => {
    report(null);
    try {
      await onSubmit(values);
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };

  const sessionError = form.errors.nextSessionAt ?? form.errors['nextSessionAt.day'];
  const primaryOptions = clinicianOptions ?? [];
  const additionalOptions = primaryOptions.filter(
    (option) => option.value !== form.values.primaryClinicianId,
  );

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
      <Stack gap="lg" maw={760}>
        <Section id="client-person" title="Person">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Name"
              autoComplete="off"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput
              label="Preferred name (optional)"
              description="What they like to be called"
              autoComplete="off"
              {...form.getInputProps('preferredName')}
            />
            <TextInput
              label="Email (optional)"
              description="Needed to invite them to the portal"
              type="email"
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label="Phone (optional)"
              type="tel"
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
            <TextInput label="Date of birth (optional)" type="date" {...form.getInputProps('dateOfBirth')} />
            <TimezoneSelect
              label="Time zone"
              description="Their reminders and due times follow it."
              required
              {...form.getInputProps('timezone')}
            />
          </SimpleGrid>
        </Section>

        <Section id="client-care" title="Care">
          {clinicianOptions ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label="Primary clinician"
                data={primaryOptions}
                searchable
                required
                {...form.getInputProps('primaryClinicianId')}
              />
              <MultiSelect
                label="Additional clinicians (optional)"
                description="Up to 5; they see the client too."
                data={additionalOptions}
                searchable
                maxValues={5}
                {...form.getInputProps('additionalClinicianIds')}
              />
            </SimpleGrid>
          ) : (
            <Text size="sm">{cliniciansNote}</Text>
          )}
          <Stack gap={4}>
            <Group grow align="flex-start" gap="md" wrap="wrap">
              <TextInput
                label="Next session date (optional)"
                type="date"
                miw={180}
                {...form.getInputProps('nextSessionAt.day')}
                error={sessionError}
              />
              <TextInput
                label="Next session time"
                type="time"
                miw={140}
                {...form.getInputProps('nextSessionAt.time')}
                error={sessionError ? true : undefined}
              />
            </Group>
            <Text size="xs" c="dimmed">
              In the clinic’s time zone ({clinicTimeZone}).
            </Text>
          </Stack>
          <TagsInput
            label="Tags (optional)"
            description="Press Enter after each tag, e.g. anxiety, weekly."
            maxTags={20}
            clearable
            {...form.getInputProps('tags')}
          />
        </Section>

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
