import { useAcknowledgeRiskAlert, useMarkDeclineDiscussed } from '@interlude/api-client';
import { AcknowledgeRiskAlertRequestSchema, DiscussDeclineRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';

interface NoteDialogProps {
  title: string;
  intro: ReactNode;
  label: string;
  description: string;
  confirmLabel: string;
  schema: z.ZodType;
  busy: boolean;
  onSave: (note: string) => Promise<unknown>;
  onClose: () => void;
}

/** A short note about what was done, checked against the request's contract before sending. */
function NoteDialog({
  title,
  intro,
  label,
  description,
  confirmLabel,
  schema,
  busy,
  onSave,
  onClose,
}: NoteDialogProps) {
  const { problem, alertRef, report } = useFormProblem();
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: contractResolver(schema),
  });
  const submit = async ({ note }: { note: string }) => {
    report(null);
    try {
      await onSave(note.trim());
      onClose();
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={title} centered returnFocus>
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
        <Stack gap="md">
          <Text component="div">{intro}</Text>
          <Textarea
            label={label}
            description={description}
            autosize
            minRows={3}
            maxLength={4000}
            data-autofocus
            {...form.getInputProps('note')}
          />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <SubmitButton busy={busy}>{confirmLabel}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export interface AcknowledgeRiskAlertDialogProps {
  clinicId: string;
  alert: { id: string; clientName: string; description: string };
  onClose: () => void;
}

export function AcknowledgeRiskAlertDialog({ clinicId, alert, onClose }: AcknowledgeRiskAlertDialogProps) {
  const acknowledge = useAcknowledgeRiskAlert(clinicId);
  return (
    <NoteDialog
      title={`Acknowledge the risk alert for ${alert.clientName}`}
      intro={alert.description}
      label="What you did"
      description="For example: called the client, reviewed the safety plan together, booked an earlier session."
      confirmLabel="Acknowledge"
      schema={AcknowledgeRiskAlertRequestSchema}
      busy={acknowledge.isPending}
      onClose={onClose}
      onSave={async (note) => {
        await acknowledge.mutateAsync({ alertId: alert.id, body: { note } });
        notifySuccess(`The risk alert for ${alert.clientName} was acknowledged.`);
      }}
    />
  );
}

export interface DiscussDeclineDialogProps {
  clinicId: string;
  decline: { id: string; clientName: string; description: string };
  onClose: () => void;
}

export function DiscussDeclineDialog({ clinicId, decline, onClose }: DiscussDeclineDialogProps) {
  const discuss = useMarkDeclineDiscussed(clinicId);
  return (
    <NoteDialog
      title="Discussed in session"
      intro={decline.description}
      label="What you talked about"
      description="A short note for the record, e.g. what made it hard and what you agreed instead."
      confirmLabel="Save note"
      schema={DiscussDeclineRequestSchema}
      busy={discuss.isPending}
      onClose={onClose}
      onSave={async (note) => {
        await discuss.mutateAsync({ declineId: decline.id, body: { note } });
        notifySuccess(`The decline by ${decline.clientName} is marked as discussed.`);
      }}
    />
  );
}
