import { isApiError, useReadiness } from '@interlude/api-client';
import { ErrorState, LoadingState, SystemStatus } from '@interlude/ui';
import { Stack, Text } from '@mantine/core';

function describeFailure(error: unknown): string {
  if (isApiError(error) && error.kind === 'network') return 'The Interlude server could not be reached.';
  if (isApiError(error)) return error.detail ?? error.title;
  return 'The status could not be loaded.';
}

/** The live readiness of the API, asked again every 15 seconds, with its loading and error states. */
export function ReadinessPanel() {
  const readiness = useReadiness();

  if (readiness.isPending) return <LoadingState label="Checking the service" lines={3} />;

  if (readiness.isError) {
    return (
      <ErrorState
        title="Could not check the status"
        description={describeFailure(readiness.error)}
        guidance="Check your connection, then retry. This page also tries again on its own."
        onRetry={() => void readiness.refetch()}
        retrying={readiness.isFetching}
      />
    );
  }

  const checkedAt = new Date(readiness.dataUpdatedAt);
  return (
    <Stack gap="sm">
      <SystemStatus readiness={readiness.data} />
      <Text size="sm" c="dimmed">
        Checked at <time dateTime={checkedAt.toISOString()}>{checkedAt.toLocaleTimeString()}</time>
      </Text>
    </Stack>
  );
}
