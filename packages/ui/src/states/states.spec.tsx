import { fireEvent, screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { NotFoundState } from './NotFoundState';

describe('LoadingState', () => {
  it('is a busy status region with a readable label', () => {
    renderWithTheme(<LoadingState label="Checking the service" lines={2} />);

    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(region).toHaveTextContent('Checking the service');
  });
});

describe('EmptyState', () => {
  it('says what the place is for and offers its one action', () => {
    renderWithTheme(
      <EmptyState
        title="No homework assigned yet"
        description="Assigned homework appears here."
        action={<button type="button">Assign homework</button>}
      />,
    );

    expect(screen.getByRole('heading', { level: 2, name: 'No homework assigned yet' })).toBeInTheDocument();
    expect(screen.getByText('Assigned homework appears here.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign homework' })).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it('says what happened and what to do, and retries on request', () => {
    const onRetry = jest.fn();
    renderWithTheme(
      <ErrorState
        title="Could not load the status"
        description="The server did not answer."
        guidance="Wait a moment, then retry."
        onRetry={onRetry}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load the status');
    expect(alert).toHaveTextContent('The server did not answer.');
    expect(alert).toHaveTextContent('Wait a moment, then retry.');

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers no retry button when nothing can be retried', () => {
    renderWithTheme(<ErrorState description="This link has expired." />);

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
  });
});

describe('NotFoundState', () => {
  it('is a page with its own h1 and a way home', () => {
    renderWithTheme(<NotFoundState homeLink={<a href="/">Go to the home page</a>} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});
