import { useUpdateTemplate } from '@interlude/api-client';
import type { Template } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';

export interface TemplateStatusDialogProps {
  clinicId: string;
  template: Template;
  onClose: () => void;
}

/** Archive (kept, out of the way of assigning) or restore a template, after confirming. */
export function TemplateStatusDialog({ clinicId, template, onClose }: TemplateStatusDialogProps) {
  const update = useUpdateTemplate(clinicId, template.id);
  const archiving = template.status === 'active';
  return (
    <ConfirmDialog
      opened
      title={archiving ? `Archive “${template.title}”?` : `Restore “${template.title}”?`}
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
                archiving
                  ? `“${template.title}” was archived.`
                  : `“${template.title}” is back in the library.`,
              );
              onClose();
            },
          },
        )
      }
    >
      {archiving
        ? 'It will no longer be offered when assigning homework. Homework already assigned from it carries on as before, and you can restore it at any time.'
        : 'It will be offered again when assigning homework.'}
    </ConfirmDialog>
  );
}
