import { isApiError, useGiveFeedback, useMarkReviewed, useSubmission } from '@interlude/api-client';
import { FeedbackRequestSchema, type Submission } from '@interlude/contracts';
import { ErrorState, FormAlert, LoadingState, SubmitButton } from '@interlude/ui';
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import {
  applyProblemToForm,
  contractResolver,
  describeFailure,
  focusFirstError,
} from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { bandLabel, ITEM9_ANSWER, KIND_LABEL, MEASURE_LABEL } from '../../homework/homework-words';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { AnswerView } from '../components/AnswerView';

const MEASURE_MAX = { phq9: 27, gad7: 21 } as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function FeedbackThread({ submission, timeZone }: { submission: Submission; timeZone: string }) {
  const { clinicId } = useCurrentClinic();
  const give = useGiveFeedback(clinicId, submission.id);
  const { problem, alertRef, report } = useFormProblem();
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validate: contractResolver(FeedbackRequestSchema),
  });
  const firstName = submission.client.name.split(' ')[0];

  const submit = async ({ text }: { text: string }) => {
    report(null);
    try {
      await give.mutateAsync(text.trim());
      form.reset();
      notifySuccess(`Feedback sent. ${firstName} will see it in the portal.`);
    } catch (error) {
      report(applyProblemToForm(form, error));
    }
  };

  return (
    <Stack gap="md">
      {submission.feedback.length === 0 ? (
        <Text c="dimmed">No feedback yet. A few words often mean a lot.</Text>
      ) : (
        <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Feedback so far">
          {submission.feedback.map((item) => (
            <Paper key={item.id} component="li" withBorder p="sm" bg="gray.0">
              <Text size="sm" c="dimmed">
                {item.author} ·{' '}
                <time dateTime={item.createdAt}>{formatSessionTime(item.createdAt, timeZone)}</time>
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      <form
        aria-label="Give feedback"
        onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
        noValidate
      >
        <Stack gap="sm">
          <Textarea
            label="Your feedback"
            description={`The client will see this. ${firstName} reads it in the portal.`}
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('text')}
          />
          {problem ? (
            <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
              {problem.detail}
            </FormAlert>
          ) : null}
          <Group>
            <SubmitButton busy={give.isPending}>Send feedback</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function ReviewedState({ submission, timeZone }: { submission: Submission; timeZone: string }) {
  const { clinicId } = useCurrentClinic();
  const mark = useMarkReviewed(clinicId, submission.id);
  if (submission.reviewedAt) {
    return (
      <Text>
        Reviewed{submission.reviewedBy ? ` by ${submission.reviewedBy}` : ''} on{' '}
        <time dateTime={submission.reviewedAt}>{formatSessionTime(submission.reviewedAt, timeZone)}</time>
      </Text>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <SubmitButton
        type="button"
        variant="light"
        busy={mark.isPending}
        onClick={() =>
          mark.mutate(undefined, {
            onSuccess: () => notifySuccess('Marked reviewed. It has left the review queue.'),
          })
        }
      >
        Mark reviewed
      </SubmitButton>
      {mark.isError ? (
        <Text c="red.9" size="sm" role="alert">
          {describeFailure(mark.error).detail}
        </Text>
      ) : null}
    </Stack>
  );
}

/** `/clinics/:clinicId/submissions/:submissionId`: what the client sent back, feedback, and review. */
export function SubmissionPage() {
  const { submissionId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const submission = useSubmission(clinicId, submissionId);

  if (submission.isPending) return <LoadingState label="Loading the submission" lines={10} />;
  if (submission.isError) {
    const notFound = isApiError(submission.error) && submission.error.status === 404;
    return (
      <ErrorState
        title={notFound ? 'Submission not found' : 'Could not load the submission'}
        description={
          notFound
            ? 'It does not exist, or the client is not on your caseload.'
            : describeFailure(submission.error).detail
        }
        onRetry={notFound ? undefined : () => void submission.refetch()}
        retrying={submission.isFetching}
        headingOrder={1}
      />
    );
  }

  const data = submission.data;
  const score = data.score;
  return (
    <Stack gap="lg" maw={960}>
      <title>{`${data.template.title} · ${data.client.name} · Interlude`}</title>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to={clinicPath(clinicId, 'review')} size="sm">
            Back to the review queue
          </Anchor>
          <Anchor component={Link} to={clinicPath(clinicId, `clients/${data.client.id}`)} size="sm">
            {data.client.name}’s page
          </Anchor>
        </Group>
        <Title order={1}>{data.template.title}</Title>
        <Text c="dimmed">
          {KIND_LABEL[data.template.kind]} from {data.client.name} · submitted{' '}
          <time dateTime={data.submittedAt}>{formatSessionTime(data.submittedAt, timeZone)}</time> · was due{' '}
          <time dateTime={data.dueAt}>{formatSessionTime(data.dueAt, timeZone)}</time>
        </Text>
        <Group gap="xs">
          {data.late ? (
            <Badge variant="light" color="yellow" c="dark.8">
              Late
            </Badge>
          ) : (
            <Badge variant="light" color="harbor">
              On time
            </Badge>
          )}
          {data.talkNextSession ? (
            <Badge variant="light" color="blue">
              Wants to talk about it next session
            </Badge>
          ) : null}
          {data.reviewedAt ? (
            <Badge variant="outline" color="gray">
              Reviewed
            </Badge>
          ) : null}
        </Group>
      </Stack>

      {score ? (
        <Section id="submission-score" title="Score">
          <Stack gap="xs">
            <Text size="lg">
              {MEASURE_LABEL[score.measure]}: {score.total} of {MEASURE_MAX[score.measure]} —{' '}
              {bandLabel(score.band)}
            </Text>
            {score.measure === 'phq9' && (score.riskItemAnswer ?? 0) > 0 ? (
              <Alert variant="light" color="orange" title="Thoughts of self-harm">
                Item 9 was answered “{ITEM9_ANSWER[score.riskItemAnswer ?? 0]}”. A risk alert was raised;
                check in with the client and review their safety plan.
              </Alert>
            ) : null}
          </Stack>
        </Section>
      ) : null}

      {data.instructions ? (
        <Section id="submission-instructions" title="Instructions">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{data.instructions}</Text>
        </Section>
      ) : null}

      <Section id="submission-answers" title="Answers">
        <AnswerView fields={data.fields} answers={data.answers} />
      </Section>

      <Section id="submission-feedback" title="Feedback">
        <FeedbackThread submission={data} timeZone={timeZone} />
      </Section>

      <Section id="submission-review" title="Review">
        <ReviewedState submission={data} timeZone={timeZone} />
      </Section>
    </Stack>
  );
}
