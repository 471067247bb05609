import { type ApiClient, ApiError } from '@interlude/api-client';
import type {
  DeclineRequest,
  MyAssignments,
  MyAssignmentsQuery,
  SubmitRequest,
  SubmitResult,
} from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome, USER_ID } from '../../../test-utils/fixtures';
import {
  DONE_OCCURRENCE_ID,
  doneJournalOccurrence,
  eventPlanOccurrence,
  homeworkItem,
  JOURNAL_ASSIGNMENT_ID,
  JOURNAL_OCCURRENCE_ID,
  journalOccurrence,
  OVERDUE_OCCURRENCE_ID,
  PHQ9_OCCURRENCE_ID,
  PLAN_OCCURRENCE_ID,
  phq9Occurrence,
  submitResult,
} from '../../../test-utils/homework-fixtures';
import { problem, renderRoute } from '../../../test-utils/render-route';
import { keepDraft } from '../../offline/homework-draft-storage';
import { todayIn } from '../homework-words';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

const offline = () => ApiError.network(new TypeError('Failed to fetch'));

type SubmitArgs = [string, string, SubmitRequest, string];
const submitMock = () => jest.fn<Promise<SubmitResult>, SubmitArgs>();

const journalEntry = () => screen.getByLabelText(/What happened today, and how did you respond\?/);
const radioIn = (group: RegExp | string, option: string) =>
  within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option });
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send to my clinician' }));

describe('homework lists', () => {
  it('shows each tab’s list in plain words, and each item opens its own screen', async () => {
    const today = todayIn('Europe/London');
    const lists: Record<MyAssignmentsQuery['when'], MyAssignments> = {
      today: { items: [homeworkItem({ localDate: today, hasDraft: true })] },
      upcoming: { items: [] },
      overdue: {
        items: [
          homeworkItem({
            occurrenceId: OVERDUE_OCCURRENCE_ID,
            title: 'Morning walk plan',
            kind: 'schedule',
            localDate: '2026-11-20',
            overdue: true,
          }),
        ],
      },
      done: {
        items: [
          homeworkItem({
            occurrenceId: DONE_OCCURRENCE_ID,
            status: 'reviewed',
            submittedAt: '2026-11-28T19:30:00.000Z',
            feedbackCount: 1,
          }),
        ],
      },
    };
    const listMyAssignments = jest.fn((_clinicId: string, query: Partial<MyAssignmentsQuery>) =>
      Promise.resolve(lists[query.when ?? 'today']),
    );
    const { router } = renderRoute('/homework', {
      apiClient: signedIn({
        listMyAssignments,
        getMyOccurrence: () => Promise.resolve(doneJournalOccurrence()),
      }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'My practice' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Today',
      'Upcoming',
      'Not done yet',
      'Done',
    ]);
    const todayLink = await screen.findByRole('link', { name: /Evening journal/ });
    expect(todayLink).toHaveTextContent('Journal');
    expect(todayLink).toHaveTextContent('due 18:00');
    expect(todayLink).toHaveTextContent('Started — your draft is saved');
    expect(todayLink).toHaveAttribute('href', `/portal/homework/${JOURNAL_OCCURRENCE_ID}`);

    fireEvent.click(screen.getByRole('tab', { name: 'Upcoming' }));
    expect(await screen.findByRole('heading', { name: 'Nothing coming up' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'Not done yet' }));
    const overdue = await screen.findByRole('link', { name: /Morning walk plan/ });
    expect(overdue).toHaveTextContent('Activity schedule');
    expect(overdue).toHaveTextContent('Not done yet');
    expect(overdue).toHaveTextContent('due Friday 20 November, 18:00');
    // Words, never the database's values.
    expect(screen.getByRole('main')).not.toHaveTextContent(/overdue|pending|_|missed/);
    expect(router.state.location.search).toBe('?tab=overdue');

    fireEvent.click(screen.getByRole('tab', { name: 'Done' }));
    const done = await screen.findByRole('link', { name: /Evening journal/ });
    expect(done).toHaveTextContent('Read by your clinician');
    expect(done).toHaveTextContent('A note from your clinician');
    expect(listMyAssignments.mock.calls.map(([, query]) => query.when)).toEqual([
      'today',
      'upcoming',
      'overdue',
      'done',
    ]);

    fireEvent.click(done);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evening journal' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/portal/homework/${DONE_OCCURRENCE_ID}`);
  });

  it('says so kindly when nothing is due today, and offers a retry when the list cannot load', async () => {
    const listMyAssignments = jest.fn().mockRejectedValueOnce(offline()).mockResolvedValue({ items: [] });
    renderRoute('/homework', { apiClient: signedIn({ listMyAssignments }) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this list');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'Nothing due today — enjoy your day' }),
    ).toBeInTheDocument();
  });
});

describe('doing a journal', () => {
  it('shows the prompt and instructions, then sends the answers with an idempotency key and confirms calmly', async () => {
    const submitOccurrence = submitMock().mockResolvedValue(submitResult());
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(journalOccurrence()),
        submitOccurrence,
        saveDraft: () => Promise.resolve({ draftSavedAt: '2026-12-01T17:00:00.000Z' }),
      }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Evening journal' })).toBeInTheDocument();
    expect(screen.getByText('What is one moment from today that stayed with you?')).toBeInTheDocument();
    expect(screen.getByTestId('clinician-instructions')).toHaveTextContent(
      'Write for five minutes before bed.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Mood' })).toHaveAccessibleDescription(
      '0 = Very low, 10 = Very good',
    );

    fireEvent.change(journalEntry(), { target: { value: '  I walked by the river.  ' } });
    fireEvent.click(radioIn('Mood', '6'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'I’d like to talk about this next session' }));
    send();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sent to your clinician' })).toHaveFocus();
    expect(submitOccurrence).toHaveBeenCalledTimes(1);
    const [clinicId, occurrenceId, body, key] = submitOccurrence.mock.calls[0];
    expect([clinicId, occurrenceId]).toEqual([CLINIC_ID, JOURNAL_OCCURRENCE_ID]);
    expect(body).toEqual({ answers: { entry: 'I walked by the river.', mood: 6 }, talkNextSession: true });
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(screen.getByRole('link', { name: 'Back to my practice' })).toHaveAttribute(
      'href',
      '/portal/homework',
    );
  });

  it('reuses the same idempotency key when the send is retried after a network failure', async () => {
    const submitOccurrence = submitMock()
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce(submitResult());
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(journalOccurrence()),
        submitOccurrence,
        saveDraft: () => Promise.reject(offline()),
      }),
    });

    fireEvent.change(await screen.findByLabelText(/What happened today/), {
      target: { value: 'A good day' },
    });
    send();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not sent yet');
    expect(alert).toHaveTextContent('Your answers are kept on this device');
    fireEvent.click(screen.getByRole('button', { name: 'Try sending again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sent to your clinician' }),
    ).toBeInTheDocument();
    expect(submitOccurrence).toHaveBeenCalledTimes(2);
    const [first, second] = submitOccurrence.mock.calls;
    expect(second[2]).toEqual(first[2]);
    expect(second[3]).toBe(first[3]);
  });

  it('checks required answers first, with each message tied to its field', async () => {
    const submitOccurrence = submitMock();
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({ getMyOccurrence: () => Promise.resolve(journalOccurrence()), submitOccurrence }),
    });

    await screen.findByRole('heading', { level: 1, name: 'Evening journal' });
    send();

    const entry = journalEntry();
    await waitFor(() => expect(entry).toHaveAttribute('aria-invalid', 'true'));
    expect(entry).toHaveAccessibleDescription('Please answer this one');
    expect(entry).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('A few answers need a look');
    expect(submitOccurrence).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors (400) next to their fields', async () => {
    const refused = new ApiError('problem', {
      type: 'about:blank',
      title: 'Check the answers',
      status: 400,
      errors: [{ path: 'answers.mood', message: 'Choose a mood from 0 to 10' }],
    });
    const submitOccurrence = submitMock().mockRejectedValueOnce(refused);
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(journalOccurrence()),
        submitOccurrence,
        saveDraft: () => Promise.resolve({ draftSavedAt: '2026-12-01T17:00:00.000Z' }),
      }),
    });

    fireEvent.change(await screen.findByLabelText(/What happened today/), { target: { value: 'Fine' } });
    send();

    await waitFor(() =>
      expect(screen.getByRole('radiogroup', { name: 'Mood' })).toHaveAccessibleDescription(
        expect.stringContaining('Choose a mood from 0 to 10'),
      ),
    );
    expect(radioIn('Mood', '0')).toHaveFocus();
  });

  it('autosaves the draft as the client types, keeps a copy on this device and says "Saved"', async () => {
    const saveDraft = jest.fn().mockResolvedValue({ draftSavedAt: '2026-12-01T17:00:00.000Z' });
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({ getMyOccurrence: () => Promise.resolve(journalOccurrence()), saveDraft }),
    });

    fireEvent.change(await screen.findByLabelText(/What happened today/), {
      target: { value: 'Half a thought' },
    });

    const kept = Object.keys(window.localStorage).find((key) => key.includes(JOURNAL_OCCURRENCE_ID));
    expect(JSON.parse(window.localStorage.getItem(kept ?? '') ?? 'null')).toMatchObject({
      answers: { entry: 'Half a thought' },
    });
    await waitFor(() => expect(screen.getByTestId('autosave-status')).toHaveTextContent(/^Saved$/), {
      timeout: 4000,
    });
    expect(screen.getByTestId('autosave-status')).toHaveAttribute('aria-live', 'polite');
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft).toHaveBeenCalledWith(CLINIC_ID, JOURNAL_OCCURRENCE_ID, { entry: 'Half a thought' });
  });

  it('restores the saved draft when reopened, or the newer copy kept on this device', async () => {
    const first = renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () =>
          Promise.resolve(
            journalOccurrence({
              hasDraft: true,
              draft: { entry: 'Started on my phone', mood: 4 },
              draftSavedAt: '2026-12-01T16:00:00.000Z',
            }),
          ),
      }),
    });
    expect(await screen.findByLabelText(/What happened today/)).toHaveValue('Started on my phone');
    expect(radioIn('Mood', '4')).toBeChecked();
    first.unmount();

    keepDraft(CLINIC_ID, USER_ID, JOURNAL_OCCURRENCE_ID, {
      answers: { entry: 'Written offline, later' },
      talkNextSession: true,
      savedAt: Date.parse('2026-12-01T16:30:00.000Z'),
    });
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () =>
          Promise.resolve(
            journalOccurrence({
              draft: { entry: 'Older server copy' },
              draftSavedAt: '2026-12-01T16:00:00.000Z',
            }),
          ),
      }),
    });
    expect(await screen.findByLabelText(/What happened today/)).toHaveValue('Written offline, later');
    expect(screen.getByRole('checkbox', { name: 'I’d like to talk about this next session' })).toBeChecked();
    expect(screen.getByTestId('autosave-status')).toHaveTextContent(
      'We brought back what you wrote on this device.',
    );
  });

  it('shows a done item read-only, with the clinician’s feedback', async () => {
    renderRoute(`/homework/${DONE_OCCURRENCE_ID}`, {
      apiClient: signedIn({ getMyOccurrence: () => Promise.resolve(doneJournalOccurrence()) }),
    });

    const sent = await screen.findByRole('region', { name: 'What you sent' });
    expect(sent).toHaveTextContent('I walked by the river and felt calmer.');
    expect(sent).toHaveTextContent('6 (from 0 to 10)');
    expect(sent).toHaveTextContent('You asked to talk about this next session');
    expect(within(sent).queryByRole('textbox')).not.toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'From your clinician' });
    expect(within(feedback).getByRole('listitem')).toHaveTextContent(
      'Lovely to read. Let’s build on the walks.',
    );
    expect(feedback).toHaveTextContent('Dr Ada Okafor');
    expect(screen.queryByRole('button', { name: 'Send to my clinician' })).not.toBeInTheDocument();
  });
});

describe('a plan for an event', () => {
  it('keeps the back-up plan and the safety plan in view, adds rows, and puts a server error on a row’s field', async () => {
    const refused = new ApiError('problem', {
      type: 'about:blank',
      title: 'Check the answers',
      status: 400,
      errors: [{ path: 'answers.steps.1.what', message: 'Say what you will do' }],
    });
    const submitOccurrence = submitMock().mockRejectedValueOnce(refused);
    renderRoute(`/homework/${PLAN_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(eventPlanOccurrence()),
        submitOccurrence,
        saveDraft: () => Promise.resolve({ draftSavedAt: '2026-12-01T17:00:00.000Z' }),
      }),
    });

    const backup = await screen.findByTestId('backup-plan');
    expect(backup).toHaveTextContent('If it gets too much, step outside and call Jo.');
    expect(within(backup).getByRole('link', { name: 'Open my safety plan' })).toHaveAttribute(
      'href',
      '/portal/safety-plan',
    );

    fireEvent.change(screen.getByLabelText(/What do you want to do\?/), { target: { value: 'Buy bread' } });
    fireEvent.change(
      within(screen.getByRole('region', { name: 'Step 1' })).getByLabelText(/What will you do/),
      {
        target: { value: 'Walk in' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add another row to Steps' }));
    const step2 = await screen.findByRole('region', { name: 'Step 2' });
    fireEvent.change(within(step2).getByLabelText(/What will you do/), { target: { value: 'Pay' } });
    fireEvent.change(within(step2).getByLabelText('At what time?'), { target: { value: '10:30' } });
    fireEvent.click(radioIn('Is someone going with you?', 'Yes'));
    send();

    await waitFor(() => expect(submitOccurrence).toHaveBeenCalledTimes(1));
    expect(submitOccurrence.mock.calls[0][2]).toEqual({
      answers: {
        goal: 'Buy bread',
        steps: [{ what: 'Walk in' }, { what: 'Pay', when: '10:30' }],
        goingWith: true,
      },
      talkNextSession: false,
    });
    const what2 = within(screen.getByRole('region', { name: 'Step 2' })).getByLabelText(/What will you do/);
    await waitFor(() => expect(what2).toHaveAccessibleDescription('Say what you will do'));
    expect(what2).toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Remove step 2' }));
    expect(screen.queryByRole('region', { name: 'Step 2' })).not.toBeInTheDocument();
  });
});

describe('a PHQ-9', () => {
  it('asks each item with the four published answers, sends them, and shows the safety plan at once when asked to', async () => {
    const submitOccurrence = submitMock().mockResolvedValue(
      submitResult({
        occurrenceId: PHQ9_OCCURRENCE_ID,
        showSafetyPlan: true,
        score: {
          id: '0190a5b4-0000-7000-8000-000000000601',
          measure: 'phq9',
          total: 10,
          band: 'moderate',
          riskItemAnswer: 1,
          scoredAt: '2026-12-01T17:00:00.000Z',
          submissionId: '0190a5b4-0000-7000-8000-000000000301',
        },
      }),
    );
    renderRoute(`/homework/${PHQ9_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(phq9Occurrence()),
        submitOccurrence,
        saveDraft: () => Promise.resolve({ draftSavedAt: '2026-12-01T17:00:00.000Z' }),
      }),
    });

    expect(
      await screen.findByText(
        'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 9 answered')).toBeInTheDocument();
    const first = screen.getByRole('radiogroup', { name: /^1\. Little interest or pleasure/ });
    expect(within(first).getAllByRole('radio')).toHaveLength(4);
    for (const label of ['Not at all', 'Several days', 'More than half the days', 'Nearly every day']) {
      expect(within(first).getByRole('radio', { name: label })).toBeInTheDocument();
    }

    const answers = ['1', '1', '2', '1', '0', '1', '1', '2', '1'];
    const labels = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
    for (const [index, value] of answers.slice(0, 3).entries()) {
      fireEvent.click(radioIn(new RegExp(`^${index + 1}\\. `), labels[Number(value)]));
    }
    expect(screen.getByText('3 of 9 answered')).toBeInTheDocument();
    send();
    // Six still to answer: the first unanswered item gets the focus.
    await waitFor(() => expect(radioIn(/^4\. /, 'Not at all')).toHaveFocus());
    expect(screen.getByRole('radiogroup', { name: /^4\. / })).toHaveAccessibleDescription(
      'Please choose an answer',
    );

    for (const [index, value] of answers.entries()) {
      fireEvent.click(radioIn(new RegExp(`^${index + 1}\\. `), labels[Number(value)]));
    }
    expect(screen.getByText('9 of 9 answered')).toBeInTheDocument();
    send();

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'You don’t have to face this alone',
    });
    expect(heading).toHaveFocus();
    expect(submitOccurrence.mock.calls[0][2]).toEqual({
      answers: Object.fromEntries(answers.map((value, index) => [`item${index + 1}`, value])),
      talkNextSession: false,
    });
    expect(submitOccurrence.mock.calls[0][3]).toEqual(expect.any(String));
    const crisis = screen.getByRole('region', { name: 'Crisis lines' });
    expect(within(crisis).getByRole('link', { name: 'Call Samaritans on 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    expect(
      within(screen.getByRole('region', { name: 'People I can contact' })).getByRole('link', {
        name: 'Call Jo (sister) on 07700 900123',
      }),
    ).toHaveAttribute('href', 'tel:07700900123');
    expect(screen.getByRole('region', { name: 'My reasons for living' })).toHaveTextContent('My niece');
    expect(screen.queryByText('Sent to your clinician')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sent to your clinician' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your PHQ-9 score is 10 out of 27: moderate\./)).toBeInTheDocument();
  });
});

describe('declining', () => {
  it('asks why, needs a few words for "Something else", and declines the whole assignment when chosen', async () => {
    const declineAssignment = jest
      .fn<Promise<unknown>, [string, string, DeclineRequest]>()
      .mockResolvedValue({
        id: '0190a5b4-0000-7000-8000-000000000701',
        reason: 'other',
        note: 'Evenings are hard',
        declinedAt: '2026-12-01T17:00:00.000Z',
        discussedAt: null,
        discussedNote: null,
      });
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({
        getMyOccurrence: () => Promise.resolve(journalOccurrence()),
        declineAssignment: declineAssignment as ApiClient['declineAssignment'],
      }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'I can’t do this one' }));
    const submitDecline = () =>
      fireEvent.click(screen.getByRole('button', { name: 'Let my clinician know' }));
    submitDecline();
    expect(
      await screen.findByRole('radiogroup', { name: 'What’s getting in the way?' }),
    ).toHaveAccessibleDescription('Please choose a reason');
    expect(
      within(screen.getByRole('radiogroup', { name: 'What’s getting in the way?' }))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toHaveLength(5);
    expect(screen.getByRole('radio', { name: 'Didn’t feel safe' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'Something else' }));
    submitDecline();
    const note = await screen.findByLabelText(/Tell your clinician a little about why/);
    await waitFor(() => expect(note).toHaveAccessibleDescription('Tell your clinician a little about why'));
    expect(declineAssignment).not.toHaveBeenCalled();

    fireEvent.change(note, { target: { value: ' Evenings are hard ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Every time (the whole activity)' }));
    submitDecline();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thanks for telling us' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Thanks for telling us — your clinician will talk it through with you.'),
    ).toBeInTheDocument();
    expect(declineAssignment).toHaveBeenCalledWith(CLINIC_ID, JOURNAL_ASSIGNMENT_ID, {
      reason: 'other',
      note: 'Evenings are hard',
    });
  });

  it('declines just this time with the reason chosen', async () => {
    const declineOccurrence = jest.fn().mockResolvedValue({});
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({ getMyOccurrence: () => Promise.resolve(journalOccurrence()), declineOccurrence }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'I can’t do this one' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Too hard right now' }));
    expect(screen.getByRole('radio', { name: 'Just this time' })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Let my clinician know' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thanks for telling us' }),
    ).toBeInTheDocument();
    expect(declineOccurrence).toHaveBeenCalledWith(CLINIC_ID, JOURNAL_OCCURRENCE_ID, { reason: 'too_hard' });
  });

  it('says when the homework cannot be found', async () => {
    renderRoute(`/homework/${JOURNAL_OCCURRENCE_ID}`, {
      apiClient: signedIn({ getMyOccurrence: () => Promise.reject(problem(404)) }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find this one' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' })).toBeVisible();
  });
});
