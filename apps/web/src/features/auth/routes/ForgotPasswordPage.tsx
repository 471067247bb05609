import { useRequestPasswordReset } from '@interlude/api-client';
import { type ForgotPasswordRequest, ForgotPasswordRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { DemoMailboxHint } from '../components/DemoMailboxHint';

/** The same answer whether or not the address has an account, so this page cannot be used to find accounts. */
export const RESET_LINK_SENT = "If an account exists for that address, we've sent a link.";

/** `/forgot-password`: asks for a link to choose a new password. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const { problem, alertRef, report } = useFormProblem();

  const sentRef = useRef<HTMLDivElement>(null);

  const form = useForm<ForgotPasswordRequest>({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: contractResolver(ForgotPasswordRequestSchema),
  });

  useEffect(() => {
    if (request.isSuccess) sentRef.current?.focus();
  }, [request.isSuccess]);

  const submit = (values: ForgotPasswordRequest) => {
    report(null);
    request.mutate(ForgotPasswordRequestSchema.parse(values), {
      onError: (error) => {
        report(applyProblemToForm(form, error));
      },
    });
  };

  return (
    <Stack gap="lg">
      <title>Reset your password · Interlude</title>
      <Title order={1}>Reset your password</Title>
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert
            ref={sentRef}
            tabIndex={-1}
            role="status"
            variant="light"
            color="harbor"
            title="Check your email"
          >
            {RESET_LINK_SENT} It may take a few minutes to arrive.
          </Alert>
          <DemoMailboxHint />
          <Button variant="default" onClick={() => request.reset()}>
            Use another address
          </Button>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
          <Stack gap="md">
            <Text>Enter the email you sign in with. We’ll send you a link to choose a new password.</Text>
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            {problem ? (
              <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
                {problem.detail}
              </FormAlert>
            ) : null}
            <SubmitButton busy={request.isPending} fullWidth>
              Send the link
            </SubmitButton>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in">
        Back to sign in
      </Anchor>
    </Stack>
  );
}
