import type { ApiClient } from '@interlude/api-client';
import { fireEvent, screen, within } from '@testing-library/react';
import { clientMe, portalHome } from '../../../test-utils/fixtures';
import { myProgress } from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

describe('My progress', () => {
  it('shows the streak, the last four weeks, the mood trend in words and the scores with their bands', async () => {
    renderRoute('/progress', { apiClient: signedIn({ getMyProgress: () => Promise.resolve(myProgress()) }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'My progress' })).toBeInTheDocument();
    expect(await screen.findByTestId('progress-streak')).toHaveTextContent('4 days');
    expect(screen.getByTestId('progress-last-28-days')).toHaveTextContent('9 of 12 done');
    expect(screen.getByTestId('mood-summary')).toHaveTextContent(
      '3 moods noted, from 3 out of 10 on Tuesday 10 November to 6 out of 10 on Tuesday 24 November.',
    );
    fireEvent.click(screen.getByText('See mood as a table'));
    const table = screen.getByRole('table', { name: 'Mood by day' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    const phq9 = screen.getByRole('list', { name: 'PHQ-9 scores' });
    expect(
      within(phq9)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Tuesday 24 November8 out of 27 · Mild',
      'Tuesday 3 November16 out of 27 · Moderately severe',
    ]);
    expect(screen.getByRole('list', { name: 'GAD-7 scores' })).toHaveTextContent('11 out of 21 · Moderate');
    expect(screen.getByRole('main')).not.toHaveTextContent(/moderately_severe|phq9|gad7/);
  });

  it('explains the empty places for a new client', async () => {
    renderRoute('/progress', {
      apiClient: signedIn({
        getMyProgress: () =>
          Promise.resolve(
            myProgress({ streakDays: 0, last28Days: { due: 0, submitted: 0 }, moodTrend: [], scores: [] }),
          ),
      }),
    });

    expect(
      await screen.findByText('When you note your mood in a journal, it will show here over time.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Questionnaire scores will show here once you have answered one.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('progress-streak')).toHaveTextContent('0 days');
  });
});
