import { isApiError, useDemoMailbox } from '@interlude/api-client';
import { browserTimeZone, EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import classes from './DemoMailboxPage.module.css';

/** `/demo/mailbox`: the emails the demo would have sent (invitations, reset links), newest first. */
export function DemoMailboxPage() {
  const mailbox = useDemoMailbox();
  const timeZone = browserTimeZone();

  let content: React.ReactNode;
  if (mailbox.isPending) {
    content = <LoadingState label="Loading the demo mailbox" lines={5} />;
  } else if (mailbox.isError) {
    content =
      isApiError(mailbox.error) && mailbox.error.status === 404 ? (
        <EmptyState
          title="The mailbox is only in the demo"
          description="This server sends real email, so there is nothing to show here."
        />
      ) : (
        <ErrorState
          title="Could not open the mailbox"
          description={describeFailure(mailbox.error).detail}
          onRetry={() => void mailbox.refetch()}
          retrying={mailbox.isFetching}
        />
      );
  } else if (mailbox.data.items.length === 0) {
    content = (
      <EmptyState
        title="No emails yet"
        description="Invite a colleague or ask for a password reset, and the email appears here within a few seconds."
        action={
          <Anchor component={Link} to="/forgot-password">
            Ask for a password reset
          </Anchor>
        }
      />
    );
  } else {
    const messages = [...mailbox.data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    content = (
      <ul className={classes.list} aria-label="Emails, newest first">
        {messages.map((message) => (
          <li key={message.id}>
            <Paper withBorder p="md">
              <Anchor component={Link} to={`/demo/mailbox/${encodeURIComponent(message.id)}`} fw={600}>
                {message.subject}
              </Anchor>
              <Text size="sm" c="dimmed">
                To {message.to} ·{' '}
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, timeZone)}</time>
              </Text>
            </Paper>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <title>Demo mailbox · Interlude</title>
      <PageHeader
        title="Demo mailbox"
        description="The demo sends no email. Everything it would have sent lands here, for anyone to read."
      />
      {content}
    </Stack>
  );
}
