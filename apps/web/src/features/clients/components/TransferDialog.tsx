import { useTransferClients } from '@interlude/api-client';
import { SubmitButton } from '@interlude/ui';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';

export interface TransferDialogProps {
  clinicId: string;
  clientIds: string[];
  clinicianOptions: { value: string; label: string }[];
  onClose: () => void;
  onDone: () => void;
}

const plural = (n: number) => (n === 1 ? '1 client' : `${n} clients`);

/** Admins: gives the chosen clients a new primary clinician; the caseload history keeps who held them. */
export function TransferDialog({
  clinicId,
  clientIds,
  clinicianOptions,
  onClose,
  onDone,
}: TransferDialogProps) {
  const transfer = useTransferClients(clinicId);
  const [to, setTo] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const confirm = () => {
    if (!to) {
      setMissing(true);
      return;
    }
    const name = clinicianOptions.find((option) => option.value === to)?.label ?? 'the clinician';
    transfer.mutate(
      { clientIds, toClinicianId: to },
      {
        onSuccess: ({ transferred }) => {
          notifySuccess(`${plural(transferred)} transferred to ${name}.`);
          onDone();
        },
      },
    );
  };

  return (
    <Modal opened onClose={transfer.isPending ? () => undefined : onClose} title="Transfer clients" centered>
      <Stack gap="md">
        <Text>
          {plural(clientIds.length)} will get a new primary clinician. Their caseload history keeps who held
          them before.
        </Text>
        <Select
          label="New primary clinician"
          data={clinicianOptions}
          value={to}
          onChange={(value) => {
            setTo(value);
            setMissing(false);
          }}
          searchable
          required
          data-autofocus
          error={missing ? 'Choose a clinician' : undefined}
        />
        {transfer.isError ? (
          <Text c="red.9" size="sm" role="alert">
            {describeFailure(transfer.error).detail}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={transfer.isPending}>
            Cancel
          </Button>
          <SubmitButton type="button" onClick={confirm} busy={transfer.isPending}>
            Transfer
          </SubmitButton>
        </Group>
      </Stack>
    </Modal>
  );
}
