import { useUpdateProgram } from '@interlude/api-client';
import type { Program } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';

export interface ProgramStatusDialogProps {
  clinicId: string;
  program: Program;
  onClose: () => void;
}

/** Archive or restore a program, after confirming. */
export function ProgramStatusDialog({ clinicId, program, onClose }: ProgramStatusDialogProps) {
  const update = useUpdateProgram(clinicId, program.id);
  const archiving = program.status === 'active';
  return (
    <ConfirmDialog
      opened
      title={archiving ? `Archive “${program.name}”?` : `Restore “${program.name}”?`}
      confirmLabel={archiving ? 'Archive' : 'Restore'}
      busy={update.isPending}
      error={update.isError ? describeFailure(update.error).detail : undefined}
      onCancel={onClose}
      onConfirm={() =>
        update.mutate(
          { status: archiving ? 'archived' : 'active' },
          {
            onSuccess: () => {
              notifySuccess(
                archiving ? `“${program.name}” was archived.` : `“${program.name}” is active again.`,
              );
              onClose();
            },
          },
        )
      }
    >
      {archiving
        ? 'It will no longer be offered when assigning homework. Clients already following it carry on, and you can restore it at any time.'
        : 'It will be offered again when assigning homework.'}
    </ConfirmDialog>
  );
}
