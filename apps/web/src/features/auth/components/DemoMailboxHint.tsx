import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useServiceIsDemo } from '../hooks/useServiceIsDemo';

/** In the demo, emails are not sent: say where to read them. */
export function DemoMailboxHint() {
  if (!useServiceIsDemo()) return null;
  return (
    <Text size="sm" c="dimmed">
      This is the demo: no email leaves the server. Read it in the{' '}
      <Anchor component={Link} to="/demo/mailbox">
        demo mailbox
      </Anchor>
      .
    </Text>
  );
}
