import { useUpdateStaff } from '@interlude/api-client';
import { type StaffMember, type StaffRole, UpdateStaffRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { isStaffRole } from '../../../lib/roles';
import { RoleCheckboxes } from './RoleCheckboxes';

export interface ChangeRolesModalProps {
  clinicId: string;
  member: StaffMember;
  /** The admin is changing their own roles: they keep admin, so the clinic is never left without one by accident. */
  isSelf: boolean;
  onClose: () => void;
}

export function ChangeRolesModal({ clinicId, member, isSelf, onClose }: ChangeRolesModalProps) {
  const update = useUpdateStaff(clinicId);
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<{ roles: StaffRole[] }>({
    mode: 'controlled',
    initialValues: { roles: member.roles.filter(isStaffRole) },
    validate: contractResolver(UpdateStaffRequestSchema),
  });

  const submit = (values: { roles: StaffRole[] }) => {
    report(null);
    update.mutate(
      { membershipId: member.membershipId, body: { roles: values.roles } },
      {
        onSuccess: () => {
          notifySuccess(`Roles updated for ${member.name}.`);
          onClose();
        },
        onError: (error) => report(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Change roles for ${member.name}`} size="lg">
      <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
        <Stack gap="md">
          <RoleCheckboxes
            inputProps={form.getInputProps('roles')}
            locked={isSelf ? { admin: 'You can’t remove your own admin role. Ask another admin.' } : {}}
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
            <SubmitButton busy={update.isPending}>Save roles</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
