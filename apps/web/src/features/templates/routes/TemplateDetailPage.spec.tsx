import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import { phq9, thoughtRecord } from '../../../test-utils/template-fixtures';

const libraryPath = `/clinics/${CLINIC_ID}/templates`;
const seed = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

describe('a template’s page', () => {
  it('shows the current version’s questions in words, with links to edit and to earlier versions', async () => {
    const template = thoughtRecord();
    const getTemplate = jest.fn().mockResolvedValue(template);
    renderRoute(`${libraryPath}/${template.id}`, { me: clinician(), seed, apiClient: { getTemplate } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Thought record' })).toBeInTheDocument();
    expect(screen.getByText(/Worksheet · Version 3 · Saved/)).toHaveTextContent('by Cal Clinician');
    expect(getTemplate).toHaveBeenCalledWith(CLINIC_ID, template.id, expect.anything());

    const questions = screen.getByRole('region', { name: 'Questions (4)' });
    const items = within(questions).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('What happened?');
    expect(items[0]).toHaveTextContent('Required');
    expect(items[0]).toHaveTextContent('Long text · key “situation”');
    expect(items[1]).toHaveTextContent('Scale from 0 (Not at all) to 10 (Overwhelming)');
    expect(within(items[2]).getByText('Anxious')).toBeInTheDocument();
    expect(within(items[2]).getByText('Low')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Choose one');
    expect(items.find((item) => item.textContent?.startsWith('Thoughts'))).toHaveTextContent(
      'Repeating rows of “Thought”, 1 to 5 · key “thoughts”Each thought asks:The thoughtRequiredShort text · key “thought”',
    );

    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `${libraryPath}/${template.id}/edit`,
    );
    const versions = screen.getByRole('region', { name: 'Earlier versions' });
    expect(
      within(versions)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Version 2', `${libraryPath}/${template.id}/versions/2`],
      ['Version 1', `${libraryPath}/${template.id}/versions/1`],
    ]);
  });

  it('archives after confirming, and offers to restore', async () => {
    const template = thoughtRecord();
    const updateTemplate = jest.fn().mockResolvedValue({ ...template, status: 'archived' });
    renderRoute(`${libraryPath}/${template.id}`, {
      me: clinician(),
      seed,
      apiClient: { getTemplate: () => Promise.resolve(template), updateTemplate },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Archive…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Thought record”?' });
    expect(dialog).toHaveTextContent('Homework already assigned from it carries on as before');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));

    await waitFor(() =>
      expect(updateTemplate).toHaveBeenCalledWith(CLINIC_ID, template.id, { status: 'archived' }),
    );
    expect(await screen.findByText('“Thought record” was archived.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Restore…' })).toBeInTheDocument();
    expect(screen.getByText(/This template is archived/)).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when archiving fails', async () => {
    const template = thoughtRecord();
    const updateTemplate = jest.fn().mockRejectedValue(problem(409, { detail: 'A program still uses it.' }));
    renderRoute(`${libraryPath}/${template.id}`, {
      me: clinician(),
      seed,
      apiClient: { getTemplate: () => Promise.resolve(template), updateTemplate },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Archive…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A program still uses it.');
  });

  it('offers no edit for a standard questionnaire', async () => {
    renderRoute(`${libraryPath}/${phq9().id}`, {
      me: clinician(),
      seed,
      apiClient: { getTemplate: () => Promise.resolve(phq9()) },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'PHQ-9' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('PHQ-9 is scored automatically');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive…' })).toBeInTheDocument();
    expect(screen.getByText(/This is the first version/)).toBeInTheDocument();
  });

  it('says when the template does not exist', async () => {
    renderRoute(`${libraryPath}/${thoughtRecord().id}`, {
      me: clinician(),
      seed,
      apiClient: { getTemplate: () => Promise.reject(problem(404)) },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Template not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', libraryPath);
  });
});

describe('an earlier version’s page', () => {
  it('shows that version as it was, read-only, with a way to the current one', async () => {
    const template = thoughtRecord();
    const getTemplateVersion = jest.fn().mockResolvedValue({
      ...template,
      version: 1,
      title: 'Thought diary',
      fields: [template.fields[0]],
    });
    renderRoute(`${libraryPath}/${template.id}/versions/1`, {
      me: clinician(),
      seed,
      apiClient: { getTemplateVersion },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Thought diary' })).toBeInTheDocument();
    expect(getTemplateVersion).toHaveBeenCalledWith(CLINIC_ID, template.id, 1, expect.anything());
    expect(screen.getByRole('note')).toHaveTextContent('You are looking at version 1');
    expect(screen.getByRole('region', { name: 'Questions (1)' })).toHaveTextContent('What happened?');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the current version' })).toHaveAttribute(
      'href',
      `${libraryPath}/${template.id}`,
    );
  });
});
