import { isApiError, useResetPassword } from '@interlude/api-client';
import { ResetPasswordRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { signInPath } from '../../session/session-paths';
import { NewPasswordInput } from '../components/NewPasswordInput';

const resolve = contractResolver(ResetPasswordRequestSchema);

/** `/reset-password?token=…`: the link from the reset email. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const navigate = useNavigate();
  const { problem, alertRef, report } = useFormProblem();
  const [linkExpired, setLinkExpired] = useState(false);

  const form = useForm<{ password: string }>({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: (values) => resolve({ token, ...values }),
  });

  if (!token) {
    return (
      <Stack gap="md">
        <title>This link is not complete · Interlude</title>
        <Title order={1}>This link is not complete</Title>
        <Text>Open the link from the email again, or ask for a new one.</Text>
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </Stack>
    );
  }

  const submit = (values: { password: string }) => {
    report(null);
    reset.mutate(
      { token, password: values.password },
      {
        onSuccess: () => void navigate(signInPath('password-reset'), { replace: true }),
        onError: (error) => {
          setLinkExpired(
            isApiError(error) &&
              (error.code === 'token_invalid' ||
                error.errors.some((fieldError) => fieldError.path === 'token')),
          );
          report(applyProblemToForm(form, error));
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <title>Choose a new password · Interlude</title>
      <Title order={1}>Choose a new password</Title>
      <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
        <Stack gap="md">
          <NewPasswordInput label="New password" required {...form.getInputProps('password')} />
          {problem ? (
            <FormAlert
              ref={alertRef}
              title={linkExpired ? 'This link has expired or was already used' : problem.title}
              messages={linkExpired ? [] : problem.messages}
            >
              {linkExpired ? (
                <>
                  Reset links work once, for a limited time.{' '}
                  <Anchor component={Link} to="/forgot-password">
                    Ask for a new link
                  </Anchor>
                  .
                </>
              ) : (
                problem.detail
              )}
            </FormAlert>
          ) : null}
          <SubmitButton busy={reset.isPending} fullWidth>
            Save new password
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}
