import { type DeclineReason, type DeclineRequest, DeclineRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { describeFailure } from '../../../lib/describe-failure';
import { DECLINE_REASONS } from '../homework-words';

export type DeclineScope = 'occurrence' | 'assignment';

export interface DeclineFormProps {
  /** The heading, e.g. "I can’t do this one". */
  title: string;
  headingOrder?: 2 | 3 | 4 | 5;
  /** Offer "just this time" or "every time"; without it the whole assignment is declined. */
  offerScope?: boolean;
  onSubmit: (body: DeclineRequest, scope: DeclineScope) => Promise<unknown>;
  onCancel: () => void;
  /** The cancel button's words. */
  cancelLabel?: string;
}

/** Saying no, respectfully: a reason (with a few words when it is "something else") and, when offered, for how long. */
export function DeclineForm({
  title,
  headingOrder = 2,
  offerScope = false,
  onSubmit,
  onCancel,
  cancelLabel = 'Go back',
}: DeclineFormProps) {
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const [scope, setScope] = useState<DeclineScope>('occurrence');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const reasonRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const body = { reason: reason || undefined, note: note.trim() || undefined };
    const parsed = DeclineRequestSchema.safeParse(body);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'note' ? 'note' : 'reason';
        next[key] ??= key === 'reason' ? 'Please choose a reason' : issue.message;
      }
      setErrors(next);
      (next.reason ? reasonRef.current : noteRef.current)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data, offerScope ? scope : 'assignment');
    } catch (error) {
      setFailure(describeFailure(error).detail);
      setBusy(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={headingOrder} size="h3" id={headingId}>
        {title}
      </Title>
      <Text>That’s okay. Telling your clinician why helps you both plan what comes next.</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group
            label="What’s getting in the way?"
            labelProps={{ fw: 600, fz: 'md' }}
            withAsterisk
            value={reason}
            onChange={(value) => {
              setReason(value as DeclineReason);
              setErrors((e) => ({ ...e, reason: undefined }));
            }}
            error={errors.reason}
          >
            <Stack gap="sm" mt="xs">
              {DECLINE_REASONS.map((option, index) => (
                <Radio
                  key={option.value}
                  ref={index === 0 ? reasonRef : undefined}
                  value={option.value}
                  label={option.label}
                  size="md"
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            ref={noteRef}
            label={
              reason === 'other'
                ? 'Tell your clinician a little about why'
                : 'Anything you’d like your clinician to know?'
            }
            labelProps={{ fw: 600, fz: 'md' }}
            description={reason === 'other' ? undefined : 'Optional'}
            withAsterisk={reason === 'other'}
            size="md"
            autosize
            minRows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setErrors((e) => ({ ...e, note: undefined }));
            }}
            error={errors.note}
          />
          {offerScope ? (
            <Radio.Group
              label="Is this about…"
              labelProps={{ fw: 600, fz: 'md' }}
              value={scope}
              onChange={(value) => setScope(value as DeclineScope)}
            >
              <Stack gap="sm" mt="xs">
                <Radio value="occurrence" label="Just this time" size="md" />
                <Radio value="assignment" label="Every time (the whole activity)" size="md" />
              </Stack>
            </Radio.Group>
          ) : null}
          {failure ? <FormAlert title="Not sent yet">{failure}</FormAlert> : null}
          <Group gap="sm">
            <SubmitButton size="md" busy={busy}>
              Let my clinician know
            </SubmitButton>
            <Button variant="default" size="md" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

export const DECLINE_THANKS = 'Thanks for telling us — your clinician will talk it through with you.';
