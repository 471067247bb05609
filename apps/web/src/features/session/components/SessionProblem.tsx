import { ErrorState, LoadingState } from '@interlude/ui';
import { describeFailure } from '../../../lib/forms/contract-form';

/** While `me` loads: a skeleton roughly the shape of a page. */
export const SessionLoading = () => <LoadingState label="Checking your session" lines={4} />;

/** `me` could not be loaded (the server is down, the network is gone): say so and offer a retry. */
export function SessionError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { detail } = describeFailure(error);
  return (
    <ErrorState
      headingOrder={1}
      title="Could not check your session"
      description={detail}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
