import { fireEvent, screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { MAIN_CONTENT_ID } from './AppShellLayout';
import { PublicPageLayout } from './PublicPageLayout';

describe('PublicPageLayout', () => {
  it('has a header, the main content and a footer, with a skip link first', () => {
    renderWithTheme(
      <PublicPageLayout footer={<a href="/status">System status</a>}>
        <h1>Sign in</h1>
      </PublicPageLayout>,
    );

    expect(screen.getByRole('banner')).toHaveTextContent('Interlude');
    expect(screen.getByRole('main')).toHaveAttribute('id', MAIN_CONTENT_ID);
    expect(screen.getByRole('contentinfo')).toContainElement(
      screen.getByRole('link', { name: 'System status' }),
    );

    const skipLink = screen.getAllByRole('link')[0];
    expect(skipLink).toHaveTextContent('Skip to content');
    fireEvent.click(skipLink);
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
