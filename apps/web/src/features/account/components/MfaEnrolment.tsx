import { isApiError, useStartMfaEnrolment, useVerifyMfaEnrolment } from '@interlude/api-client';
import {
  type MfaEnrolment as Enrolment,
  type MfaVerifyRequest,
  MfaVerifyRequestSchema,
} from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import {
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  Stack,
  Text,
  TextInput,
  Title,
  type TitleOrder,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import {
  applyProblemToForm,
  contractResolver,
  describeFailure,
  focusField,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';

export interface MfaEnrolmentProps {
  /** Heading level of the steps, below the page's or section's own heading. */
  headingOrder: TitleOrder;
  /** The set-up has begun: keep showing it until `onDone`, even once `me` says MFA is on. */
  onStarted?: () => void;
  /** After "I've saved these": MFA is on and the codes were seen. */
  onDone: () => void;
}

type Step = { name: 'start' } | { name: 'scan'; enrolment: Enrolment } | { name: 'codes'; codes: string[] };

/** "ABCD EFGH IJKL": easier to read and type from another screen. */
export const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Turning on two-step sign-in: get a secret, scan it (or type it), prove it with a code, and keep the
 * recovery codes, which are shown this once.
 */
export function MfaEnrolment({ headingOrder, onStarted, onDone }: MfaEnrolmentProps) {
  const [step, setStep] = useState<Step>({ name: 'start' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const start = useStartMfaEnrolment();

  // Each step replaces the last: move focus to its heading so the page is read from there.
  useEffect(() => {
    if (step.name !== 'start') headingRef.current?.focus();
  }, [step.name]);

  if (step.name === 'start') {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>
          After your password, Interlude will ask for a 6-digit code from an authenticator app on your phone
          (such as Google Authenticator, Microsoft Authenticator or 1Password).
        </Text>
        {start.isError ? (
          <FormAlert title={describeFailure(start.error).title}>
            {describeFailure(start.error).detail}
          </FormAlert>
        ) : null}
        <SubmitButton
          type="button"
          busy={start.isPending}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: (enrolment) => {
                onStarted?.();
                setStep({ name: 'scan', enrolment });
              },
            })
          }
        >
          Set up two-step sign-in
        </SubmitButton>
      </Stack>
    );
  }

  if (step.name === 'scan') {
    return (
      <ScanStep
        enrolment={step.enrolment}
        headingOrder={headingOrder}
        headingRef={headingRef}
        onVerified={(codes) => setStep({ name: 'codes', codes })}
      />
    );
  }

  return (
    <RecoveryCodes codes={step.codes} headingOrder={headingOrder} headingRef={headingRef} onDone={onDone} />
  );
}

interface StepProps {
  headingOrder: TitleOrder;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

function ScanStep({
  enrolment,
  headingOrder,
  headingRef,
  onVerified,
}: StepProps & { enrolment: Enrolment; onVerified: (codes: string[]) => void }) {
  const verify = useVerifyMfaEnrolment();
  const { problem, alertRef, report } = useFormProblem();
  const form = useForm<MfaVerifyRequest>({
    mode: 'controlled',
    initialValues: { code: '' },
    validate: contractResolver(MfaVerifyRequestSchema),
  });

  const submit = (values: MfaVerifyRequest) => {
    report(null);
    verify.mutate(
      { code: values.code.trim() },
      {
        onSuccess: ({ recoveryCodes }) => onVerified(recoveryCodes),
        onError: (error) => {
          if (isApiError(error) && error.code === 'mfa_invalid') {
            form.setFieldError(
              'code',
              'That code did not work. Check the time on your phone and try the newest code.',
            );
            focusField(form as never, 'code');
            return;
          }
          report(applyProblemToForm(form, error));
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Title order={headingOrder} size="h4" ref={headingRef} tabIndex={-1}>
        Add Interlude to your authenticator app
      </Title>
      <List type="ordered" spacing="md">
        <List.Item>
          <Text>In your authenticator app, add an account and scan this QR code.</Text>
          <Image
            src={enrolment.qrCodeDataUrl}
            alt="QR code that adds Interlude to an authenticator app"
            w={200}
            h={200}
            mt="xs"
          />
          <Text mt="xs" size="sm">
            Can’t scan it? Enter this key instead:
          </Text>
          <Group gap="xs" mt={4}>
            <Code fz="md" aria-label="Key for manual entry">
              {groupSecret(enrolment.secret)}
            </Code>
            <CopyButton value={enrolment.secret}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </List.Item>
        <List.Item>
          <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
            <Stack gap="sm" maw={320}>
              <TextInput
                label="6-digit code"
                description="The code your app now shows for Interlude"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                {...form.getInputProps('code')}
              />
              {problem ? (
                <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
                  {problem.detail}
                </FormAlert>
              ) : null}
              <Group>
                <SubmitButton busy={verify.isPending}>Turn on two-step sign-in</SubmitButton>
              </Group>
            </Stack>
          </form>
        </List.Item>
      </List>
    </Stack>
  );
}

function RecoveryCodes({
  codes,
  headingOrder,
  headingRef,
  onDone,
}: StepProps & { codes: string[]; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Title order={headingOrder} size="h4" ref={headingRef} tabIndex={-1}>
        Save your recovery codes
      </Title>
      <Text>
        Two-step sign-in is on. If you lose your phone, each of these codes lets you sign in once. Keep them
        somewhere safe, such as a password manager: this is the only time they are shown.
      </Text>
      <List type="ordered" ff="monospace" fz="md" spacing={4} aria-label="Recovery codes">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>I've saved these</Button>
      </Group>
    </Stack>
  );
}
