import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** What this place is for, e.g. "No homework assigned yet". */
  title: string;
  description?: ReactNode;
  /** The one action that starts filling it. */
  action?: ReactNode;
  headingOrder?: TitleOrder;
}

export function EmptyState({ title, description, action, headingOrder = 2 }: EmptyStateProps) {
  return (
    <Stack align="center" ta="center" gap="sm" py="xl">
      <Title order={headingOrder} size="h3">
        {title}
      </Title>
      {description ? (
        <Text c="dimmed" maw={480}>
          {description}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
