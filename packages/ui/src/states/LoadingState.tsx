import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

export interface LoadingStateProps {
  /** Read by screen readers while the skeleton shows. */
  label?: string;
  /** Skeleton lines, roughly the shape of what is coming. */
  lines?: number;
}

/** Skeleton placeholder: keeps the layout still instead of a spinner that jumps. */
export function LoadingState({ label = 'Loading', lines = 3 }: LoadingStateProps) {
  return (
    <Stack gap="sm" role="status" aria-busy="true">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have no identity of their own
          key={index}
          height={20}
          width={index === lines - 1 ? '60%' : '100%'}
          radius="sm"
        />
      ))}
    </Stack>
  );
}
