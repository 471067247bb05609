import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SubmitButton } from '../forms/SubmitButton';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** `danger` for actions that take something away (deactivate, revoke). */
  tone?: 'default' | 'danger';
  /** True while the action runs: the buttons stay, the confirm button shows progress. */
  busy?: boolean;
  /** Shown under the message when the action failed, so the person can try again or cancel. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that is hard to undo. Focus starts on Cancel (the safe choice) and returns to
 * the control that opened the dialog when it closes; Escape cancels.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
  busy = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onCancel} title={title} centered returnFocus>
      <Stack gap="md">
        <Text component="div">{children}</Text>
        {error ? (
          <Text c="red.9" role="alert" size="sm">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {cancelLabel}
          </Button>
          <SubmitButton
            type="button"
            color={tone === 'danger' ? 'red.9' : undefined}
            onClick={onConfirm}
            busy={busy}
          >
            {confirmLabel}
          </SubmitButton>
        </Group>
      </Stack>
    </Modal>
  );
}
