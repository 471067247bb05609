import { isApiError, useReadiness } from '@interlude/api-client';
import { ErrorState, LoadingState, SystemStatus } from '@interlude/ui';

function describeFailure(error: unknown): string {
  if (isApiError(error) && error.kind === 'network') return 'We could not reach Interlude just now.';
  if (isApiError(error)) return error.detail ?? error.title;
  return 'The service status could not be loaded.';
}

/** The live readiness of the API, asked again every 15 seconds, with its loading and error states. */
export function ReadinessPanel() {
  const readiness = useReadiness();

  if (readiness.isPending) return <LoadingState label="Checking the service" lines={3} />;

  if (readiness.isError) {
    return (
      <ErrorState
        headingOrder={3}
        title="Could not check the service"
        description={describeFailure(readiness.error)}
        guidance="Check your connection, then retry. We also try again on our own."
        onRetry={() => void readiness.refetch()}
        retrying={readiness.isFetching}
      />
    );
  }

  return <SystemStatus readiness={readiness.data} />;
}
