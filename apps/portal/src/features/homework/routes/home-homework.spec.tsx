import type { ApiClient } from '@interlude/api-client';
import type { DeclineRequest, MyProposal } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome } from '../../../test-utils/fixtures';
import {
  homeworkItem,
  JOURNAL_OCCURRENCE_ID,
  PROPOSAL_ASSIGNMENT_ID,
  proposal,
} from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import { todayIn } from '../homework-words';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

describe('homework on the home screen', () => {
  it('lists today’s items under the clinic’s word, with what kind each is and when it is due', async () => {
    const listMyAssignments = jest
      .fn()
      .mockResolvedValue({ items: [homeworkItem({ localDate: todayIn('Europe/London') })] });
    renderRoute('/', {
      apiClient: signedIn({ listMyAssignments, listMyProposals: () => Promise.resolve({ items: [] }) }),
    });

    const practice = await screen.findByRole('region', { name: 'Practice' });
    const item = await within(practice).findByRole('link', { name: /Evening journal/ });
    expect(item).toHaveTextContent('Journal');
    expect(item).toHaveTextContent('due 18:00');
    expect(item).toHaveAttribute('href', `/portal/homework/${JOURNAL_OCCURRENCE_ID}`);
    expect(listMyAssignments).toHaveBeenCalledWith(CLINIC_ID, { when: 'today' }, expect.anything());
    expect(
      within(practice).queryByRole('heading', { name: 'Your clinician suggested…' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('My practice');
  });

  it('accepts a suggestion: it leaves the list at once and a quiet status confirms', async () => {
    let proposals: MyProposal[] = [proposal()];
    const listMyProposals = jest.fn(() => Promise.resolve({ items: proposals }));
    let answer!: () => void;
    const acceptAssignment = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          answer = () => {
            proposals = [];
            resolve();
          };
        }),
    );
    renderRoute('/', {
      apiClient: signedIn({
        listMyAssignments: () => Promise.resolve({ items: [] }),
        listMyProposals,
        acceptAssignment,
      }),
    });

    const suggested = await screen.findByRole('region', { name: 'Your clinician suggested…' });
    const card = within(suggested).getByRole('article', { name: 'Reach out to a friend' });
    expect(card).toHaveTextContent('Reaching out');
    expect(card).toHaveTextContent('Suggested by Dr Ada Okafor');
    expect(card).toHaveTextContent('Send one message to someone you have not spoken to for a while.');
    expect(
      await screen.findByRole('heading', { name: 'Nothing due today — enjoy your day' }),
    ).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Accept Reach out to a friend' }));

    await waitFor(() => expect(acceptAssignment).toHaveBeenCalledWith(CLINIC_ID, PROPOSAL_ASSIGNMENT_ID));
    // Gone before the server answers (optimistic); the confirmation follows its answer.
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Reach out to a friend' })).not.toBeInTheDocument(),
    );
    answer();
    expect(await screen.findByText('“Reach out to a friend” is added to your practice.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });

  it('says "not now" with a reason, respectfully', async () => {
    const declineAssignment = jest
      .fn<Promise<unknown>, [string, string, DeclineRequest]>()
      .mockResolvedValue({
        id: '0190a5b4-0000-7000-8000-000000000701',
        reason: 'no_time',
        note: null,
        declinedAt: '2026-12-01T17:00:00.000Z',
        discussedAt: null,
        discussedNote: null,
      });
    renderRoute('/', {
      apiClient: signedIn({
        listMyAssignments: () => Promise.resolve({ items: [] }),
        listMyProposals: () => Promise.resolve({ items: [proposal()] }),
        declineAssignment: declineAssignment as ApiClient['declineAssignment'],
      }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Not now: Reach out to a friend' }));
    fireEvent.click(screen.getByRole('radio', { name: 'No time' }));
    expect(screen.queryByRole('radio', { name: 'Just this time' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Let my clinician know' }));

    await waitFor(() =>
      expect(declineAssignment).toHaveBeenCalledWith(CLINIC_ID, PROPOSAL_ASSIGNMENT_ID, {
        reason: 'no_time',
      }),
    );
    expect(
      await screen.findByText('Thanks for telling us — your clinician will talk it through with you.'),
    ).toBeInTheDocument();
  });
});
