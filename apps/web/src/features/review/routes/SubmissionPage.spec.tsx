import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings } from '../../../test-utils/fixtures';
import { score, submission, submissionId } from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/submissions/${submissionId(1)}`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

/** The answer shown under a question's label. */
const answerTo = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;

describe('a submission', () => {
  it('shows every kind of answer in words, with its badges and instructions', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { getSubmission: () => Promise.resolve(submission()) },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Thought record' })).toBeInTheDocument();
    expect(screen.getByText('Late')).toBeInTheDocument();
    expect(screen.getByText('Wants to talk about it next session')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Instructions' })).toHaveTextContent(
      'Notice one difficult moment this week.',
    );

    expect(answerTo('What happened?')).toHaveTextContent('Meeting at work');
    expect(answerTo('What went through your mind?')).toHaveTextContent('They will think I am useless.');
    expect(answerTo('Hours slept')).toHaveTextContent('6 hours');
    expect(answerTo('Mood')).toHaveTextContent('7 of 10 (0 = Very low, 10 = Very good)');
    expect(answerTo('Main feeling')).toHaveTextContent('Anxious');
    expect(answerTo('What helped')).toHaveTextContent('A walk, Music');
    expect(answerTo('Date')).toHaveTextContent('Tue 10 Mar');
    expect(answerTo('Time')).toHaveTextContent('14:30');
    expect(answerTo('Would you try it again?')).toHaveTextContent('Yes');

    const steps = screen.getByRole('table', { name: 'Steps' });
    const rows = within(steps)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.slice(1)).toEqual([
      ['Prepare notes', 'Yes'],
      ['Speak once', 'No'],
    ]);
  });

  it('shows a questionnaire’s score and band, and says when item 9 raised an alert', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        getSubmission: () =>
          Promise.resolve(
            submission({
              template: {
                id: submission().template.id,
                version: 1,
                kind: 'measure',
                title: 'PHQ-9',
                measure: 'phq9',
              },
              fields: [],
              answers: {},
              score: score(1, { total: 16, band: 'moderately_severe', riskItemAnswer: 2 }),
            }),
          ),
      },
    });

    const region = await screen.findByRole('region', { name: 'Score' });
    expect(region).toHaveTextContent('PHQ-9: 16 of 27 — Moderately severe');
    expect(region).toHaveTextContent('Item 9 was answered “more than half the days”');
  });

  it('posts feedback the client will see, then adds it to the thread', async () => {
    const feedback = {
      id: '0192f1a4-7c1e-7d2b-9a55-0c3f4fae0002',
      text: 'Well done for staying in the meeting.',
      author: 'Cal Clinician',
      createdAt: '2026-03-14T10:00:00.000Z',
    };
    const giveFeedback = jest.fn().mockResolvedValue(feedback);
    // After posting, the submission is fetched again and comes back with the new feedback.
    const getSubmission = jest
      .fn()
      .mockResolvedValueOnce(submission())
      .mockResolvedValue(submission({ feedback: [...submission().feedback, feedback] }));
    renderRoute(path, { me: clinician(), seed, apiClient: { getSubmission, giveFeedback } });

    const form = await screen.findByRole('form', { name: 'Give feedback' });
    expect(within(form).getByText(/The client will see this/)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Send feedback' }));
    expect(await within(form).findByText('Write some feedback')).toBeInTheDocument();
    expect(giveFeedback).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/Your feedback/), {
      target: { value: '  Well done for staying in the meeting. ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send feedback' }));

    await waitFor(() =>
      expect(giveFeedback).toHaveBeenCalledWith(
        CLINIC_ID,
        submissionId(1),
        'Well done for staying in the meeting.',
      ),
    );
    const thread = await screen.findByRole('list', { name: 'Feedback so far' });
    await waitFor(() => expect(within(thread).getAllByRole('listitem')).toHaveLength(2));
    expect(thread).toHaveTextContent('Well done for staying in the meeting.');
    expect(within(form).getByLabelText(/Your feedback/)).toHaveValue('');
    await waitFor(() => expect(getSubmission).toHaveBeenCalledTimes(2));
  });

  it('marks the submission reviewed', async () => {
    const markReviewed = jest
      .fn()
      .mockResolvedValue(submission({ reviewedAt: '2026-03-14T11:00:00.000Z', reviewedBy: 'Cal Clinician' }));
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { getSubmission: () => Promise.resolve(submission()), markReviewed },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark reviewed' }));

    await waitFor(() => expect(markReviewed).toHaveBeenCalledWith(CLINIC_ID, submissionId(1)));
    expect(await screen.findByText(/Reviewed by Cal Clinician on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark reviewed' })).not.toBeInTheDocument();
  });
});
