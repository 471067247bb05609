import {
  isStaleVersion,
  useSafetyPlan,
  useSaveSafetyPlan,
  type VersionedSafetyPlan,
} from '@interlude/api-client';
import { SafetyPlanContentSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Alert, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import {
  SAFETY_PLAN_SECTIONS,
  type SafetyPlanFormValues,
  type SafetyPlanSection,
  toSafetyPlanShape,
  toSafetyPlanValues,
} from '../safety-plan-sections';

const resolve = contractResolver(SafetyPlanContentSchema);

export interface SafetyPlanEditorProps {
  clinicId: string;
  clientId: string;
  clientName: string;
  /** The version being edited: its ETag goes with the save as `If-Match`. */
  base: VersionedSafetyPlan;
  onDone: () => void;
}

type Form = UseFormReturnType<SafetyPlanFormValues>;

const emptyItem = (section: SafetyPlanSection) =>
  section.kind === 'line'
    ? ''
    : section.kind === 'entry'
      ? { text: '', addedBy: 'clinician' as const }
      : { name: '', phone: '', note: '' };

function SectionFields({
  section,
  form,
  clientName,
}: {
  section: SafetyPlanSection;
  form: Form;
  clientName: string;
}) {
  const items = form.values[section.key] as unknown[];
  const listError = form.errors[section.key];
  const add = () => {
    form.insertListItem(section.key, emptyItem(section));
    const path =
      section.kind === 'line'
        ? `${section.key}.${items.length}`
        : section.kind === 'entry'
          ? `${section.key}.${items.length}.text`
          : `${section.key}.${items.length}.name`;
    requestAnimationFrame(() => form.getInputNode(path)?.focus());
  };

  return (
    <Fieldset legend={section.title}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {section.hint}
        </Text>
        {listError ? (
          <Text c="red.9" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        {items.map((_, index) => {
          const number = index + 1;
          const remove = (
            <Button
              variant="default"
              size="compact-sm"
              onClick={() => form.removeListItem(section.key, index)}
              aria-label={`Remove ${section.itemLabel} ${number}`}
            >
              Remove
            </Button>
          );
          if (section.kind === 'contact') {
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity; the form holds their values
              <Group key={index} align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label={`Name ${number}`}
                  required
                  miw={180}
                  {...form.getInputProps(`${section.key}.${index}.name`)}
                />
                <TextInput
                  label={`Phone ${number} (optional)`}
                  type="tel"
                  miw={160}
                  {...form.getInputProps(`${section.key}.${index}.phone`)}
                />
                <TextInput
                  label={`Note ${number} (optional)`}
                  miw={180}
                  {...form.getInputProps(`${section.key}.${index}.note`)}
                />
                {remove}
              </Group>
            );
          }
          const path = section.kind === 'line' ? `${section.key}.${index}` : `${section.key}.${index}.text`;
          const addedByClient =
            section.kind === 'entry' && form.values[section.key][index]?.addedBy === 'client';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity; the form holds their values
            <Group key={index} align="flex-end" gap="sm" wrap="nowrap">
              <TextInput
                label={`${section.itemLabel[0].toUpperCase()}${section.itemLabel.slice(1)} ${number}`}
                description={addedByClient ? `Added by ${clientName}` : undefined}
                style={{ flex: 1 }}
                {...form.getInputProps(path)}
              />
              {remove}
            </Group>
          );
        })}
        <Group>
          <Button variant="default" size="compact-sm" onClick={add}>
            Add a {section.itemLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/**
 * Edits every section and saves a new version with `If-Match`. When someone saved first (412), the
 * edits stay on screen, unsaved, and "Reload" says plainly that it replaces them.
 */
export function SafetyPlanEditor({
  clinicId,
  clientId,
  clientName,
  base: initialBase,
  onDone,
}: SafetyPlanEditorProps) {
  const [base, setBase] = useState(initialBase);
  const [stale, setStale] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const save = useSaveSafetyPlan(clinicId, clientId);
  const current = useSafetyPlan(clinicId, clientId);
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<SafetyPlanFormValues>({
    mode: 'controlled',
    initialValues: toSafetyPlanValues(base.plan),
    validate: (values) => resolve(toSafetyPlanShape(values)),
  });

  const submit = (values: SafetyPlanFormValues) => {
    report(null);
    setStale(false);
    save.mutate(
      { content: SafetyPlanContentSchema.parse(toSafetyPlanShape(values)), etag: base.etag },
      {
        onSuccess: (saved) => {
          notifySuccess(`Safety plan saved as version ${saved.plan.version}.`);
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setStale(true);
            requestAnimationFrame(() => alertRef.current?.focus());
            return;
          }
          report(applyProblemToForm(form, error));
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await current.refetch();
    if (!fresh.data) return;
    setBase(fresh.data);
    const values = toSafetyPlanValues(fresh.data.plan);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setStale(false);
    setReloaded(true);
  };

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate aria-label="Edit safety plan">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Editing version {base.plan.version}. Saving creates a new version; earlier ones stay in the history.
        </Text>
        {reloaded ? (
          <Alert color="blue" role="status" title={`Showing the latest version (${base.plan.version})`}>
            Your earlier changes were not saved. Enter them again if they are still needed.
          </Alert>
        ) : null}
        {SAFETY_PLAN_SECTIONS.map((section) => (
          <SectionFields key={section.key} section={section} form={form} clientName={clientName} />
        ))}
        {stale ? (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="orange"
            role="alert"
            title="Someone saved a newer version of this safety plan"
          >
            <Stack gap="sm">
              <Text size="sm">
                Someone saved a newer version while you were editing, so your changes have not been saved.
                They are still in the form above. Reloading shows the newer version and replaces your changes,
                so copy anything you want to keep first.
              </Text>
              <Group>
                <SubmitButton
                  type="button"
                  variant="default"
                  busy={current.isFetching}
                  onClick={() => void reload()}
                >
                  Reload the newer version
                </SubmitButton>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <Group gap="sm">
          <SubmitButton busy={save.isPending}>Save safety plan</SubmitButton>
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
