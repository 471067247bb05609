import { fireEvent, screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { AppShellLayout, MAIN_CONTENT_ID } from './AppShellLayout';

function renderLayout() {
  return renderWithTheme(
    <AppShellLayout
      clinicName="Northside Therapy"
      navigation={<a href="/caseload">Caseload</a>}
      headerActions={<button type="button">Need help now?</button>}
    >
      <h1>Dashboard</h1>
    </AppShellLayout>,
  );
}

describe('AppShellLayout', () => {
  it('lays out header, labelled navigation and main content', () => {
    renderLayout();

    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Interlude');
    expect(header).toHaveTextContent('Northside Therapy');
    expect(screen.getByRole('button', { name: 'Need help now?' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toContainElement(
      screen.getByRole('link', { name: 'Caseload' }),
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', MAIN_CONTENT_ID);
  });

  it('starts with a skip link that moves focus to the main content', () => {
    renderLayout();

    const skipLink = screen.getAllByRole('link')[0];
    expect(skipLink).toHaveTextContent('Skip to content');
    fireEvent.click(skipLink);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('opens the navigation from the burger and closes it after a link is followed', () => {
    renderLayout();

    const burger = screen.getByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(burger).toHaveAttribute('aria-controls', screen.getByRole('navigation').id);

    fireEvent.click(burger);
    expect(screen.getByRole('button', { name: 'Close navigation' })).toHaveAttribute('aria-expanded', 'true');

    fireEvent.click(screen.getByRole('link', { name: 'Caseload' }));
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveAttribute('aria-expanded', 'false');
  });
});
