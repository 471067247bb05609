import { PublicPageLayout } from '@interlude/ui';
import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { PublicHelpButton } from '../features/crisis-help/components/HelpButtons';

/**
 * Screens before sign-in (and while the session is checked): the shared public layout, one quiet card,
 * with "Need help now?" in the header as on every other screen.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <PublicPageLayout headerActions={<PublicHelpButton />}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        {children}
      </Paper>
    </PublicPageLayout>
  );
}
