import { ErrorState } from '@interlude/ui';

/** Shown inside the shell when a page fails to render, so navigation stays usable. */
export function RouteErrorPage() {
  return (
    <>
      <title>Something went wrong · Interlude</title>
      <ErrorState
        headingOrder={1}
        title="Something went wrong"
        description="This page ran into an unexpected problem and could not be shown."
        guidance="Reload the page to try again. If it keeps happening, tell your clinic’s administrator."
        onRetry={() => window.location.reload()}
      />
    </>
  );
}
