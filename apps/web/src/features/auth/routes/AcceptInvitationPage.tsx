import { isApiError, useAcceptInvitation, useInvitationPreview } from '@interlude/api-client';
import {
  type AcceptInvitationRequest,
  AcceptInvitationRequestSchema,
  type InvitationPreview,
} from '@interlude/contracts';
import { ErrorState, FormAlert, LoadingState, SubmitButton } from '@interlude/ui';
import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useParams } from 'react-router';
import {
  applyProblemToForm,
  contractResolver,
  describeFailure,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { describeRoles } from '../../../lib/roles';
import { activeStaffMemberships, clinicPath, homePathFor } from '../../session/session-paths';
import { NewPasswordInput } from '../components/NewPasswordInput';

/** `/invitations/:token`: the link from an invitation email. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  if (preview.isPending) return <LoadingState label="Opening your invitation" lines={4} />;

  if (preview.isError) {
    if (isApiError(preview.error) && preview.error.status === 404) {
      return (
        <Stack gap="md">
          <title>This invitation can’t be used · Interlude</title>
          <Title order={1}>This invitation can’t be used</Title>
          <Text>
            It may have expired, been used already or been withdrawn. Ask your clinic’s administrator to send
            a new one.
          </Text>
          <Anchor component={Link} to="/sign-in">
            Go to sign in
          </Anchor>
        </Stack>
      );
    }
    return (
      <ErrorState
        headingOrder={1}
        title="Could not open your invitation"
        description={describeFailure(preview.error).detail}
        onRetry={() => void preview.refetch()}
        retrying={preview.isFetching}
      />
    );
  }

  return <AcceptInvitationForm token={token} invitation={preview.data} />;
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<AcceptInvitationRequest>({
    mode: 'controlled',
    initialValues: { name: invitation.name, password: '' },
    validate: contractResolver(AcceptInvitationRequestSchema),
  });

  const submit = (values: AcceptInvitationRequest) => {
    report(null);
    accept.mutate(AcceptInvitationRequestSchema.parse(values), {
      onSuccess: (session) => {
        notifySuccess(`Welcome to ${invitation.clinicName}.`);
        const joined = activeStaffMemberships(session).find((m) => m.clinicId === invitation.clinicId);
        void navigate(
          joined && !session.mfaEnrollmentRequired ? clinicPath(joined.clinicId) : homePathFor(session),
          { replace: true },
        );
      },
      onError: (error) => {
        report(applyProblemToForm(form, error));
      },
    });
  };

  return (
    <Stack gap="lg">
      <title>{`Join ${invitation.clinicName} · Interlude`}</title>
      <Stack gap={4}>
        <Title order={1}>Join {invitation.clinicName}</Title>
        <Text c="dimmed">
          You’ve been invited as {describeRoles(invitation.roles) || 'staff'}. You’ll sign in with{' '}
          <strong>{invitation.email}</strong>.
        </Text>
      </Stack>
      <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
        <Stack gap="md">
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
          <NewPasswordInput label="Choose a password" required {...form.getInputProps('password')} />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <SubmitButton busy={accept.isPending} fullWidth>
            Join {invitation.clinicName}
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}
