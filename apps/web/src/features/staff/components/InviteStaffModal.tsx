import { useInviteStaff } from '@interlude/api-client';
import { type InviteStaffRequest, InviteStaffRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { RoleCheckboxes } from './RoleCheckboxes';

export interface InviteStaffModalProps {
  clinicId: string;
  clinicName: string;
  opened: boolean;
  onClose: () => void;
}

const emptyInvitation: InviteStaffRequest = { email: '', name: '', roles: [] };

/** Invites a colleague by email; they choose their password from the link (valid 7 days, once). */
export function InviteStaffModal({ clinicId, clinicName, opened, onClose }: InviteStaffModalProps) {
  const invite = useInviteStaff(clinicId);
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<InviteStaffRequest>({
    mode: 'controlled',
    initialValues: emptyInvitation,
    validate: contractResolver(InviteStaffRequestSchema),
  });

  const close = () => {
    form.reset();
    report(null);
    invite.reset();
    onClose();
  };

  const submit = (values: InviteStaffRequest) => {
    report(null);
    const body = InviteStaffRequestSchema.parse(values);
    invite.mutate(body, {
      onSuccess: () => {
        notifySuccess(`Invitation sent to ${body.email}. The link works for 7 days.`);
        close();
      },
      onError: (error) => report(applyProblemToForm(form, error)),
    });
  };

  return (
    <Modal opened={opened} onClose={close} title="Invite staff" size="lg">
      <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            They’ll get an email with a link to join {clinicName} and choose a password.
          </Text>
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput label="Name" autoComplete="off" required {...form.getInputProps('name')} />
          <RoleCheckboxes inputProps={form.getInputProps('roles')} />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <SubmitButton busy={invite.isPending}>Send invitation</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
