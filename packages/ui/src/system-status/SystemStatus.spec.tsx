import { screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { type SystemReadiness, SystemStatus } from './SystemStatus';

const ready: SystemReadiness = {
  status: 'ready',
  version: '1.4.2',
  mode: 'standard',
  checks: { database: 'up', queue: 'up' },
};

/** Each service name with the state shown beside it, in display order. */
function rows() {
  const names = screen.getAllByRole('term').map((term) => term.textContent);
  const states = screen.getAllByRole('definition').map((definition) => definition.textContent);
  return names.map((name, index) => [name, states[index]]);
}

describe('SystemStatus', () => {
  it('says everything works when the API is ready', () => {
    renderWithTheme(<SystemStatus readiness={ready} />);

    expect(screen.getByRole('status')).toHaveTextContent('All systems working');
    expect(rows()).toEqual([
      ['Database', 'Working'],
      ['Background jobs', 'Working'],
    ]);
    expect(screen.getByText('Version 1.4.2')).toBeInTheDocument();
    expect(screen.getByText('Standard mode')).toBeInTheDocument();
  });

  it('shows a down database as not reachable', () => {
    renderWithTheme(
      <SystemStatus
        readiness={{ ...ready, status: 'unavailable', checks: { database: 'down', queue: 'up' } }}
      />,
    );

    expect(screen.getByRole('status')).toHaveTextContent('Something is down');
    expect(rows()).toEqual([
      ['Database', 'Not reachable'],
      ['Background jobs', 'Working'],
    ]);
  });

  it('shows a down queue as not reachable', () => {
    renderWithTheme(
      <SystemStatus
        readiness={{ ...ready, status: 'unavailable', checks: { database: 'up', queue: 'down' } }}
      />,
    );

    expect(rows()).toEqual([
      ['Database', 'Working'],
      ['Background jobs', 'Not reachable'],
    ]);
  });

  it('does not claim all is well when the API says unavailable', () => {
    renderWithTheme(<SystemStatus readiness={{ ...ready, status: 'unavailable' }} />);

    expect(screen.getByRole('status')).toHaveTextContent('Something is down');
  });

  it('names demo mode', () => {
    renderWithTheme(<SystemStatus readiness={{ ...ready, mode: 'demo' }} />);

    expect(screen.getByText('Demo mode')).toBeInTheDocument();
  });
});
