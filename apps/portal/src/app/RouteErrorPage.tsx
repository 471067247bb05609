import { ErrorState } from '@interlude/ui';

/** Shown inside the shell when a page fails, so "Need help now?" stays in reach. */
export function RouteErrorPage() {
  return (
    <>
      <title>Something went wrong · Interlude</title>
      <ErrorState
        headingOrder={1}
        title="Something went wrong"
        description="This page ran into a problem and could not be shown."
        guidance="Reload the page to try again. If it keeps happening, let your clinic know."
        onRetry={() => window.location.reload()}
      />
    </>
  );
}
