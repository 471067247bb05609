import { isApiError, useSignIn } from '@interlude/api-client';
import { type LoginRequest, LoginRequestSchema, type SessionResponse } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import {
  applyProblemToForm,
  contractResolver,
  type FormProblem,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { signInProblem } from './sign-in-problem';

type Method = 'totp' | 'recoveryCode';

interface SecondStepValues {
  totp: string;
  recoveryCode: string;
}

export interface SecondStepFormProps {
  credentials: Pick<LoginRequest, 'email' | 'password'>;
  onSignedIn: (session: SessionResponse) => void;
  /** Back to email and password, with why (e.g. the password no longer matches). */
  onStartOver: (problem: FormProblem | null) => void;
}

const resolve = contractResolver(LoginRequestSchema);

/** The second step of sign-in: the 6-digit code from the authenticator app, or one recovery code. */
export function SecondStepForm({ credentials, onSignedIn, onStartOver }: SecondStepFormProps) {
  const signIn = useSignIn();
  const [method, setMethod] = useState<Method>('totp');
  const { problem, alertRef, report } = useFormProblem();

  const codeRef = useRef<HTMLInputElement>(null);

  const request = (values: SecondStepValues): LoginRequest =>
    method === 'totp'
      ? { ...credentials, totp: values.totp.trim() }
      : { ...credentials, recoveryCode: values.recoveryCode.trim() };

  const form = useForm<SecondStepValues>({
    mode: 'controlled',
    initialValues: { totp: '', recoveryCode: '' },
    validate: (values) => resolve(request(values)),
  });

  // Arriving here, or switching between code and recovery code, puts the cursor in the field to type in.
  useEffect(() => {
    if (method) codeRef.current?.focus();
  }, [method]);

  const submit = (values: SecondStepValues) => {
    report(null);
    signIn.mutate(LoginRequestSchema.parse(request(values)), {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error) && (error.code === 'mfa_invalid' || error.code === 'mfa_required')) {
          form.setFieldError(
            method,
            method === 'totp'
              ? 'That code did not work. Check your authenticator app and try the newest code.'
              : 'That recovery code did not work. Each code works only once.',
          );
          codeRef.current?.focus();
          return;
        }
        if (isApiError(error) && error.code === 'invalid_credentials') {
          onStartOver(signInProblem(error));
          return;
        }
        report(signInProblem(error) ?? applyProblemToForm(form, error));
      },
    });
  };

  const switchMethod = () => {
    form.clearErrors();
    report(null);
    setMethod((current) => (current === 'totp' ? 'recoveryCode' : 'totp'));
  };

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          Two-step sign-in
        </Title>
        {method === 'totp' ? (
          <>
            <Text>Open your authenticator app and enter the 6-digit code it shows for Interlude.</Text>
            <TextInput
              label="6-digit code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              ref={codeRef}
              {...form.getInputProps('totp')}
            />
          </>
        ) : (
          <>
            <Text>Enter one of the recovery codes you saved when you set up two-step sign-in.</Text>
            <TextInput
              label="Recovery code"
              autoComplete="off"
              spellCheck={false}
              required
              ref={codeRef}
              {...form.getInputProps('recoveryCode')}
            />
          </>
        )}
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <SubmitButton busy={signIn.isPending} fullWidth>
          Sign in
        </SubmitButton>
        <Group justify="space-between" gap="xs">
          <Button variant="subtle" px={0} onClick={switchMethod}>
            {method === 'totp' ? 'Use a recovery code instead' : 'Use the code from your app instead'}
          </Button>
          <Button variant="subtle" px={0} onClick={() => onStartOver(null)}>
            Start over
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
