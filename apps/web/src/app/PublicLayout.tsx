import { useServiceMode } from '@interlude/api-client';
import { PublicPageLayout } from '@interlude/ui';
import { Anchor, Paper } from '@mantine/core';
import { Link, Outlet } from 'react-router';

/** Sign-in and the other screens before it: one card in a quiet page. */
export function PublicLayout() {
  const demo = useServiceMode().data === 'demo';
  return (
    <PublicPageLayout
      footer={
        <>
          <Anchor component={Link} to="/status" size="sm">
            System status
          </Anchor>
          {demo ? (
            <Anchor component={Link} to="/demo/mailbox" size="sm">
              Demo mailbox
            </Anchor>
          ) : null}
        </>
      }
    >
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Outlet />
      </Paper>
    </PublicPageLayout>
  );
}
