import { isApiError, useSignIn } from '@interlude/api-client';
import { type LoginRequest, LoginRequestSchema, type SessionResponse } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { SecondStepForm } from './SecondStepForm';
import { signInProblem } from './sign-in-problem';

export interface SignInFormProps {
  onSignedIn: (session: SessionResponse) => void;
}

type Credentials = Pick<LoginRequest, 'email' | 'password'>;

/**
 * Email and password; when the account has MFA (401 `mfa_required`), a second step asks for the code
 * from the authenticator app, or a recovery code.
 */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<Credentials>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: contractResolver(LoginRequestSchema),
  });

  const submit = (values: Credentials) => {
    report(null);
    const body = LoginRequestSchema.parse(values);
    signIn.mutate(body, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error) && error.code === 'mfa_required') {
          setCredentials({ email: body.email, password: body.password });
          return;
        }
        report(signInProblem(error) ?? applyProblemToForm(form, error));
      },
    });
  };

  if (credentials) {
    return (
      <SecondStepForm
        credentials={credentials}
        onSignedIn={onSignedIn}
        onStartOver={(message) => {
          setCredentials(null);
          report(message);
        }}
      />
    );
  }

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
      <Stack gap="md">
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <SubmitButton busy={signIn.isPending} fullWidth>
          Sign in
        </SubmitButton>
      </Stack>
    </form>
  );
}
