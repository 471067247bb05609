import { useMe, useSignUp } from '@interlude/api-client';
import { type SignupRequest, SignupRequestSchema } from '@interlude/contracts';
import { browserTimeZone, FormAlert, SubmitButton, TimezoneSelect } from '@interlude/ui';
import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, Navigate, useNavigate } from 'react-router';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { homePathFor } from '../../session/session-paths';
import { NewPasswordInput } from '../components/NewPasswordInput';

/** `/sign-up`: a new clinic and its first admin. */
export function SignUpPage() {
  const me = useMe().data;
  const signUp = useSignUp();
  const navigate = useNavigate();
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<SignupRequest>({
    mode: 'controlled',
    initialValues: { clinicName: '', timezone: browserTimeZone(), name: '', email: '', password: '' },
    validate: contractResolver(SignupRequestSchema),
  });

  if (me && !signUp.isSuccess) return <Navigate to={homePathFor(me)} replace />;

  const submit = (values: SignupRequest) => {
    report(null);
    signUp.mutate(SignupRequestSchema.parse(values), {
      onSuccess: (session) => {
        notifySuccess(`${values.clinicName.trim()} is ready. Welcome to Interlude.`);
        void navigate(homePathFor(session), { replace: true });
      },
      onError: (error) => {
        report(applyProblemToForm(form, error));
      },
    });
  };

  return (
    <Stack gap="lg">
      <title>Create your clinic’s account · Interlude</title>
      <Stack gap={4}>
        <Title order={1}>Create your clinic’s account</Title>
        <Text c="dimmed">You will be the clinic’s first admin, and can invite your colleagues next.</Text>
      </Stack>
      <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
        <Stack gap="md">
          <TextInput
            label="Clinic name"
            autoComplete="organization"
            required
            {...form.getInputProps('clinicName')}
          />
          <TimezoneSelect
            label="Time zone"
            description="Where the clinic works. Reminders and times follow it."
            required
            {...form.getInputProps('timezone')}
          />
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <NewPasswordInput label="Password" required {...form.getInputProps('password')} />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <SubmitButton busy={signUp.isPending} fullWidth>
            Create account
          </SubmitButton>
        </Stack>
      </form>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}
