import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import { templateSummary } from '../../../test-utils/template-fixtures';

const path = `/clinics/${CLINIC_ID}/templates`;
const seed = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

const page = (items: ReturnType<typeof templateSummary>[], nextCursor: string | null = null) =>
  Promise.resolve({ items, nextCursor });

function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('the homework library', () => {
  it('groups the templates by kind, in clinic words, with version and where each came from', async () => {
    const listTemplates = jest.fn(() =>
      page([
        templateSummary(1, { title: 'Thought record', kind: 'worksheet', version: 3 }),
        templateSummary(2, { title: 'Evening journal', kind: 'journal', source: 'library' }),
        templateSummary(3, { title: 'Calling a friend', kind: 'reach_out', version: 2 }),
        templateSummary(4, { title: 'PHQ-9', kind: 'measure', source: 'library', measure: 'phq9' }),
      ]),
    );
    renderRoute(path, { me: clinician(), seed, apiClient: { listTemplates } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Homework library' })).toBeInTheDocument();
    const journal = await screen.findByRole('table', { name: 'Journal' });
    expect(rows(journal)).toEqual([['Evening journal', 'Journal', 'Version 1', 'Library', 'Jul 1, 2026']]);
    expect(rows(screen.getByRole('table', { name: 'Worksheet' }))).toEqual([
      ['Thought record', 'Worksheet', 'Version 3', 'Clinic', 'Jul 1, 2026'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Reaching out' }))).toEqual([
      ['Calling a friend', 'Reaching out', 'Version 2', 'Clinic', 'Jul 1, 2026'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Questionnaire' }))).toEqual([
      ['PHQ-9', 'Questionnaire (PHQ-9)', 'Version 1', 'Library', 'Jul 1, 2026'],
    ]);
    // The groups follow the library's order of kinds, not the order the API sent.
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Journal',
      'Worksheet',
      'Reaching out',
      'Questionnaire',
    ]);
    expect(within(journal).getByRole('link', { name: 'Evening journal' })).toHaveAttribute(
      'href',
      `${path}/${templateSummary(2).id}`,
    );
    expect(screen.getByRole('link', { name: 'New template' })).toHaveAttribute('href', `${path}/new`);
    expect(listTemplates).toHaveBeenCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 50, cursor: undefined },
      expect.anything(),
    );
  });

  it('filters by kind, search and archived through the API and the URL, and clears from the empty state', async () => {
    const listTemplates = jest.fn(() => page([templateSummary(1, { title: 'Thought record' })]));
    const { router } = renderRoute(path, { me: clinician(), seed, apiClient: { listTemplates } });
    await screen.findByRole('table', { name: 'Worksheet' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'worksheet' } });
    await waitFor(() =>
      expect(listTemplates).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { kind: 'worksheet', status: 'active', limit: 50, cursor: undefined },
        expect.anything(),
      ),
    );
    expect(router.state.location.search).toBe('?kind=worksheet');

    fireEvent.click(screen.getByRole('switch', { name: 'Show archived templates' }));
    await waitFor(() =>
      expect(listTemplates).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { kind: 'worksheet', status: 'archived', limit: 50, cursor: undefined },
        expect.anything(),
      ),
    );

    listTemplates.mockImplementation(() => page([]));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'nothing' } });
    expect(
      await screen.findByRole('heading', { name: 'No templates match these filters' }),
    ).toBeInTheDocument();
    expect(listTemplates).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { kind: 'worksheet', status: 'archived', q: 'nothing', limit: 50, cursor: undefined },
      expect.anything(),
    );

    // Back to the default view (already in the cache): every filter control shows it too.
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Thought record' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('all');
    expect(screen.getByRole('switch', { name: 'Show archived templates' })).not.toBeChecked();
  });

  it('loads more with the cursor', async () => {
    const listTemplates = jest
      .fn()
      .mockReturnValueOnce(page([templateSummary(1)], 'after-1'))
      .mockReturnValueOnce(page([templateSummary(2, { kind: 'journal' })]));
    renderRoute(path, { me: clinician(), seed, apiClient: { listTemplates } });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('table', { name: 'Journal' })).toBeInTheDocument();
    expect(listTemplates).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 50, cursor: 'after-1' },
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 2 templates')).toBeInTheDocument();
  });

  it('explains an empty library and offers to build the first template', async () => {
    renderRoute(path, { me: clinician(), seed, apiClient: { listTemplates: () => page([]) } });

    expect(await screen.findByRole('heading', { name: 'The library is empty' })).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'New template' })) {
      expect(link).toHaveAttribute('href', `${path}/new`);
    }
  });

  it('says when the library could not load, and retries', async () => {
    const listTemplates = jest
      .fn()
      .mockRejectedValueOnce(problem(503, { detail: 'The service is busy.' }))
      .mockReturnValueOnce(page([templateSummary(1, { title: 'Thought record' })]));
    renderRoute(path, { me: clinician(), seed, apiClient: { listTemplates } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the library');
    expect(alert).toHaveTextContent('The service is busy.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Thought record' })).toBeInTheDocument();
  });
});
