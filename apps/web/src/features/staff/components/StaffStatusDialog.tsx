import { isApiError, useApiClient, useTransferClients, useUpdateStaff } from '@interlude/api-client';
import type { StaffMember } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useClinicianOptions } from '../../clients/hooks/useClinicianOptions';

export interface StaffStatusDialogProps {
  clinicId: string;
  clinicName: string;
  member: StaffMember;
  onClose: () => void;
}

const holdsClients = (error: unknown) => isApiError(error) && error.code === 'clinician_holds_clients';
const plural = (n: number) => (n === 1 ? '1 active client' : `${n} active clients`);

/**
 * Deactivate (access off, records kept) or reactivate a staff member, after confirming. A clinician who
 * still holds clients cannot be deactivated: the same dialog then offers to transfer them first.
 */
export function StaffStatusDialog({ clinicId, clinicName, member, onClose }: StaffStatusDialogProps) {
  const api = useApiClient();
  const update = useUpdateStaff(clinicId);
  const transfer = useTransferClients(clinicId);
  const deactivating = member.status === 'active';
  const [heldIds, setHeldIds] = useState<string[] | null>(null);
  const [loadingHeld, setLoadingHeld] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [to, setTo] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const clinicians = useClinicianOptions(clinicId, heldIds !== null);
  const options = (clinicians.data ?? []).filter((option) => option.value !== member.membershipId);

  /** The clients this clinician holds as primary, every page of them. */
  const loadHeld = async () => {
    setLoadingHeld(true);
    setLoadError(null);
    try {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.listClients(clinicId, {
          clinicianId: member.membershipId,
          status: 'active',
          limit: 100,
          cursor,
        });
        for (const client of page.items) {
          if (client.primaryClinician.membershipId === member.membershipId) ids.push(client.id);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      setHeldIds(ids);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoadingHeld(false);
    }
  };

  const setStatus = () =>
    update.mutate(
      { membershipId: member.membershipId, body: { status: deactivating ? 'deactivated' : 'active' } },
      {
        onSuccess: () => {
          notifySuccess(
            deactivating ? `${member.name} can no longer sign in.` : `${member.name} can sign in again.`,
          );
          onClose();
        },
        onError: (error) => {
          if (holdsClients(error)) void loadHeld();
        },
      },
    );

  const transferThenDeactivate = () => {
    if (!to) {
      setMissing(true);
      return;
    }
    if (!heldIds || heldIds.length === 0) {
      setStatus();
      return;
    }
    const name = options.find((option) => option.value === to)?.label ?? 'the clinician';
    transfer.mutate(
      { clientIds: heldIds, toClinicianId: to },
      {
        onSuccess: ({ transferred }) => {
          notifySuccess(
            `${transferred === 1 ? '1 client' : `${transferred} clients`} transferred to ${name}.`,
          );
          setHeldIds(null);
          setStatus();
        },
      },
    );
  };

  const blocked = update.isError && holdsClients(update.error);
  const error = loadError
    ? `Could not load their clients. ${describeFailure(loadError).detail}`
    : transfer.isError
      ? describeFailure(transfer.error).detail
      : update.isError && !blocked
        ? describeFailure(update.error).detail
        : undefined;

  if (blocked || heldIds !== null) {
    const count = heldIds?.length ?? 0;
    return (
      <ConfirmDialog
        opened
        title={`Deactivate ${member.name}?`}
        confirmLabel="Transfer and deactivate"
        tone="danger"
        busy={transfer.isPending || update.isPending || loadingHeld}
        error={error}
        onConfirm={transferThenDeactivate}
        onCancel={onClose}
      >
        <Stack gap="sm">
          <Text>
            {member.name} still holds {loadingHeld || heldIds === null ? 'active clients' : plural(count)}.
            Choose who takes them over; then {member.name} is deactivated.
          </Text>
          <Select
            label="Transfer their clients to"
            data={options}
            value={to}
            searchable
            required
            onChange={(value) => {
              setTo(value);
              setMissing(false);
            }}
            error={missing ? 'Choose a clinician' : undefined}
            comboboxProps={{ withinPortal: false }}
          />
        </Stack>
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      opened
      title={deactivating ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      tone={deactivating ? 'danger' : 'default'}
      busy={update.isPending}
      error={error}
      onConfirm={setStatus}
      onCancel={onClose}
    >
      {deactivating
        ? `${member.name} will be signed out and can no longer sign in to ${clinicName}. Their records stay, and you can reactivate them later.`
        : `${member.name} will be able to sign in to ${clinicName} again, with the roles they had.`}
    </ConfirmDialog>
  );
}
