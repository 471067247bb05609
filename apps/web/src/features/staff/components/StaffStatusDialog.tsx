import { useUpdateStaff } from '@interlude/api-client';
import type { StaffMember } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';

export interface StaffStatusDialogProps {
  clinicId: string;
  clinicName: string;
  member: StaffMember;
  onClose: () => void;
}

/** Deactivate (access off, records kept) or reactivate a staff member, after confirming. */
export function StaffStatusDialog({ clinicId, clinicName, member, onClose }: StaffStatusDialogProps) {
  const update = useUpdateStaff(clinicId);
  const deactivating = member.status === 'active';

  const confirm = () =>
    update.mutate(
      { membershipId: member.membershipId, body: { status: deactivating ? 'deactivated' : 'active' } },
      {
        onSuccess: () => {
          notifySuccess(
            deactivating ? `${member.name} can no longer sign in.` : `${member.name} can sign in again.`,
          );
          onClose();
        },
      },
    );

  return (
    <ConfirmDialog
      opened
      title={deactivating ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      tone={deactivating ? 'danger' : 'default'}
      busy={update.isPending}
      error={update.isError ? describeFailure(update.error).detail : undefined}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {deactivating
        ? `${member.name} will be signed out and can no longer sign in to ${clinicName}. Their records stay, and you can reactivate them later.`
        : `${member.name} will be able to sign in to ${clinicName} again, with the roles they had.`}
    </ConfirmDialog>
  );
}
