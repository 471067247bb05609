import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface NotFoundStateProps {
  /** A link back home, rendered by the app with its router's link. */
  homeLink: ReactNode;
}

/** A whole page, so it owns the page's `<h1>`. */
export function NotFoundState({ homeLink }: NotFoundStateProps) {
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Page not found</Title>
      <Text>We could not find this page. The address may be mistyped, or the page may have moved.</Text>
      <div>{homeLink}</div>
    </Stack>
  );
}
