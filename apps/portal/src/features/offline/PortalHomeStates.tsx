import type { PortalHome } from '@interlude/contracts';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Alert } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeFailure } from '../../lib/describe-failure';

export interface PortalHomeStatesProps {
  query: UseQueryResult<PortalHome>;
  loadingLabel: string;
  /** Rendered with the data, fresh or kept from before. */
  children: (home: PortalHome) => ReactNode;
}

/**
 * Loading, error and the data, for a screen built on the portal's first answer. When a later check
 * fails, the data already here stays, with a quiet note that it may be out of date.
 */
export function PortalHomeStates({ query, loadingLabel, children }: PortalHomeStatesProps) {
  if (query.data) {
    return (
      <>
        {query.isError ? (
          <Alert role="status" variant="light" color="gray" title="You seem to be offline">
            This is what was saved on this device. It will update when you are back online.
          </Alert>
        ) : null}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        headingOrder={1}
        title="Could not load this page"
        description={describeFailure(query.error).detail}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState label={loadingLabel} lines={5} />;
}
