import { NotFoundState } from '@interlude/ui';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · Interlude</title>
      <NotFoundState
        homeLink={
          <Anchor component={Link} to="/">
            Go to the home page
          </Anchor>
        }
      />
    </>
  );
}
