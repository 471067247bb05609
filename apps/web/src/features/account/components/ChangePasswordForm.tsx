import { isApiError, useChangePassword } from '@interlude/api-client';
import { type ChangePasswordRequest, ChangePasswordRequestSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  applyProblemToForm,
  contractResolver,
  focusField,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { NewPasswordInput } from '../../auth/components/NewPasswordInput';

export function ChangePasswordForm() {
  const change = useChangePassword();
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<ChangePasswordRequest>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: contractResolver(ChangePasswordRequestSchema),
  });

  const submit = (values: ChangePasswordRequest) => {
    report(null);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifySuccess('Password changed. Any other devices you were signed in on have been signed out.');
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_credentials') {
          form.setFieldError('currentPassword', 'That is not your current password');
          focusField(form as never, 'currentPassword');
          return;
        }
        report(applyProblemToForm(form, error));
      },
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
      <Stack gap="md" maw={420}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordInput label="New password" required {...form.getInputProps('newPassword')} />
        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <Group>
          <SubmitButton busy={change.isPending}>Change password</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
