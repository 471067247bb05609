import { useAddOwnSafetyPlanEntry } from '@interlude/api-client';
import { AddSafetyPlanEntryRequestSchema } from '@interlude/contracts';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { describeFailure } from '../../../lib/describe-failure';

export interface AddEntryFormProps {
  clinicId: string;
  section: 'copingStrategies' | 'distractions';
  /** The field's label, e.g. "Add a coping strategy". */
  label: string;
  /** Called with the text being saved (null once settled), so the list can mark it "Saving…". */
  onPendingChange?: (text: string | null) => void;
}

/**
 * Adds one line to the client's own plan. The line shows in the list at once and the field empties,
 * with focus left where it is, so several can be typed in a row; a quiet status confirms each save.
 */
export function AddEntryForm({ clinicId, section, label, onPendingChange }: AddEntryFormProps) {
  const add = useAddOwnSafetyPlanEntry(clinicId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inputId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { section, text };
    const parsed = AddSafetyPlanEntryRequestSchema.safeParse(body);
    if (!parsed.success) {
      setError(
        text.trim()
          ? (parsed.error.issues[0]?.message ?? 'Check what you wrote.')
          : 'Write a few words first.',
      );
      return;
    }
    setError(null);
    setText('');
    setStatus('Saving…');
    onPendingChange?.(parsed.data.text);
    add.mutate(parsed.data, {
      onSuccess: () => setStatus('Added to your safety plan.'),
      onError: (failure) => {
        setStatus('');
        setText((current) => current || parsed.data.text);
        setError(`Not saved. ${describeFailure(failure).detail}`);
      },
      onSettled: () => onPendingChange?.(null),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            id={inputId}
            label={label}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
            error={error}
            maxLength={500}
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" mb={error ? 22 : 0}>
            Add
          </Button>
        </Group>
        <Text role="status" size="sm" c="dimmed" aria-live="polite">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
