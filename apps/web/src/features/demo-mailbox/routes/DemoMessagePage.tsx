import { useDemoMailbox } from '@interlude/api-client';
import { browserTimeZone, ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { LinkedText } from '../components/LinkedText';
import classes from './DemoMailboxPage.module.css';

const backLink = (
  <Anchor component={Link} to="/demo/mailbox">
    Back to all emails
  </Anchor>
);

/** `/demo/mailbox/:messageId`: one email, with its links clickable. */
export function DemoMessagePage() {
  const { messageId = '' } = useParams();
  const mailbox = useDemoMailbox();

  if (mailbox.isPending) return <LoadingState label="Opening the email" lines={6} />;
  if (mailbox.isError) {
    return (
      <ErrorState
        headingOrder={1}
        title="Could not open the email"
        description={describeFailure(mailbox.error).detail}
        onRetry={() => void mailbox.refetch()}
        retrying={mailbox.isFetching}
      />
    );
  }

  const message = mailbox.data.items.find((item) => item.id === messageId);
  if (!message) {
    return (
      <Stack gap="md">
        <title>Email not found · Interlude</title>
        <Title order={1}>Email not found</Title>
        <Text>The demo mailbox has no such email; the demo may have been restarted.</Text>
        {backLink}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <title>{`${message.subject} · Demo mailbox · Interlude`}</title>
      {backLink}
      <Stack gap={4}>
        <Title order={1}>{message.subject}</Title>
        <Text c="dimmed">
          To {message.to} ·{' '}
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, browserTimeZone())}</time>
        </Text>
      </Stack>
      <Paper withBorder p="lg">
        <p className={classes.body}>
          <LinkedText text={message.text} />
        </p>
      </Paper>
    </Stack>
  );
}
