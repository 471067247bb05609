import { isApiError, useSignIn } from '@interlude/api-client';
import { LoginRequestSchema, type SessionResponse } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { type FieldErrors, type FormProblem, focusFirst, problemOf, validate } from './form-errors';

const FIELDS = ['email', 'password', 'totp'] as const;
type Field = (typeof FIELDS)[number];

const INVALID_CREDENTIALS: FormProblem = {
  title: 'That email and password do not match',
  detail: 'Check both and try again. If you have forgotten your password, you can reset it.',
};

/** Email and password; if the account has two-step sign-in, the code from the authenticator app too. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '', totp: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const showProblem = (found: FormProblem) => {
    setProblem(found);
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const body = {
      email: values.email,
      password: values.password,
      ...(needsCode ? { totp: values.totp } : {}),
    };
    const found = validate(LoginRequestSchema, body as Record<Field, string>);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(formRef.current, FIELDS, found);
      return;
    }
    signIn.mutate(LoginRequestSchema.parse(body), {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error) && error.code === 'mfa_required') {
          setNeedsCode(true);
          requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[name="totp"]')?.focus());
          return;
        }
        if (isApiError(error) && error.code === 'mfa_invalid') {
          setErrors({ totp: 'That code did not work. Enter the current 6-digit code.' });
          focusFirst(formRef.current, FIELDS, { totp: true });
          return;
        }
        if (isApiError(error) && error.code === 'invalid_credentials') {
          showProblem(INVALID_CREDENTIALS);
          return;
        }
        const { fieldErrors, problem: rest } = problemOf(error, FIELDS);
        setErrors(fieldErrors);
        if (rest) showProblem(rest);
        else focusFirst(formRef.current, FIELDS, fieldErrors);
      },
    });
  };

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Email" type="email" autoComplete="username" required {...field('email')} />
        <PasswordInput label="Password" autoComplete="current-password" required {...field('password')} />
        {needsCode ? (
          <TextInput
            label="Code from your authenticator app"
            description="The 6-digit code for Interlude."
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            {...field('totp')}
          />
        ) : null}
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <SubmitButton busy={signIn.isPending} fullWidth size="md">
          Sign in
        </SubmitButton>
      </Stack>
    </form>
  );
}
