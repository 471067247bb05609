import { isApiError, useAcceptInvitation, useInvitationPreview } from '@interlude/api-client';
import { AcceptInvitationRequestSchema, type InvitationPreview } from '@interlude/contracts';
import { ErrorState, FormAlert, LoadingState, SubmitButton } from '@interlude/ui';
import { Anchor, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { clearPortalHomes } from '../../offline/portal-home-storage';
import { HOME_PATH, SIGN_IN_PATH } from '../../session/session-paths';
import {
  type FieldErrors,
  type FormProblem,
  focusFirst,
  problemOf,
  validate,
} from '../components/form-errors';

/** The password rule, shown plainly under the field (length is the rule; common passwords are refused). */
export const PASSWORD_RULE = 'Use at least 10 characters. A few words you will remember works well.';

const FIELDS = ['name', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** `/invitations/:token`: the link in the portal invitation email. */
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
            It may have expired, been used already or been withdrawn. Ask your clinician to send you a new
            one.
          </Text>
          <Anchor component={Link} to={SIGN_IN_PATH}>
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
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: invitation.name, password: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const found = validate(AcceptInvitationRequestSchema, values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(formRef.current, FIELDS, found);
      return;
    }
    accept.mutate(AcceptInvitationRequestSchema.parse(values), {
      onSuccess: () => {
        clearPortalHomes();
        void navigate(HOME_PATH, { replace: true });
      },
      onError: (error) => {
        const { fieldErrors, problem: rest } = problemOf(error, FIELDS);
        setErrors(fieldErrors);
        if (rest) {
          setProblem(rest);
          requestAnimationFrame(() => alertRef.current?.focus());
        } else focusFirst(formRef.current, FIELDS, fieldErrors);
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

  const isClientInvitation = invitation.roles.includes('client');

  return (
    <Stack gap="lg">
      <title>{`Welcome to ${invitation.clinicName} · Interlude`}</title>
      <Stack gap={4}>
        <Title order={1}>Welcome to {invitation.clinicName}</Title>
        <Text c="dimmed">
          Set up your account to see your safety plan and the activities your clinician shares with you.
          You’ll sign in with <strong>{invitation.email}</strong>.
        </Text>
      </Stack>
      {isClientInvitation ? null : (
        <Text>
          This invitation is for the staff app.{' '}
          <Anchor href={`/invitations/${encodeURIComponent(token)}`}>Open it there</Anchor>.
        </Text>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Your name"
            description="How your clinic will see you. You can change it."
            autoComplete="name"
            required
            {...field('name')}
          />
          <PasswordInput
            label="Choose a password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...field('password')}
          />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <SubmitButton busy={accept.isPending} fullWidth size="md">
            Set up my account
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}
