import { Button, Group, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ErrorStateProps {
  title?: string;
  /** What happened, in plain words. */
  description: ReactNode;
  /** What the person can do about it. */
  guidance?: ReactNode;
  onRetry?: () => void;
  /** True while the retry is running. */
  retrying?: boolean;
  headingOrder?: TitleOrder;
}

export function ErrorState({
  title = 'Something went wrong',
  description,
  guidance = 'Check your connection, then try again. If it keeps happening, contact your clinic’s administrator.',
  onRetry,
  retrying = false,
  headingOrder = 2,
}: ErrorStateProps) {
  return (
    <Paper withBorder p="lg" role="alert">
      <Stack gap="sm">
        <Title order={headingOrder} size="h3">
          {title}
        </Title>
        <Text>{description}</Text>
        <Text c="dimmed">{guidance}</Text>
        {onRetry ? (
          <Group>
            <Button onClick={onRetry} loading={retrying}>
              Retry
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
