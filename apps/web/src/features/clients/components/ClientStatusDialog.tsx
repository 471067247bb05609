import { useUpdateClient } from '@interlude/api-client';
import type { Client } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';

export interface ClientStatusDialogProps {
  clinicId: string;
  client: Client;
  onClose: () => void;
}

/** Discharge (the record stays, read-only in spirit) or reactivate a client, after confirming. */
export function ClientStatusDialog({ clinicId, client, onClose }: ClientStatusDialogProps) {
  const update = useUpdateClient(clinicId, client.id);
  const discharging = client.status === 'active';
  return (
    <ConfirmDialog
      opened
      title={discharging ? `Discharge ${client.name}?` : `Reactivate ${client.name}?`}
      confirmLabel={discharging ? 'Discharge' : 'Reactivate'}
      tone={discharging ? 'danger' : 'default'}
      busy={update.isPending}
      error={update.isError ? describeFailure(update.error).detail : undefined}
      onCancel={onClose}
      onConfirm={() =>
        update.mutate(
          { status: discharging ? 'discharged' : 'active' },
          {
            onSuccess: () => {
              notifySuccess(
                discharging ? `${client.name} was discharged.` : `${client.name} is active again.`,
              );
              onClose();
            },
          },
        )
      }
    >
      {discharging
        ? `${client.name} moves out of the active caseload. Their record, safety plan and history stay, and you can reactivate them later.`
        : `${client.name} comes back to the active caseload of ${client.primaryClinician.name}.`}
    </ConfirmDialog>
  );
}
