import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CLINIC_ID,
  clientRecord,
  clinician,
  clinicSettings,
  problem,
  safetyPlan,
} from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const client = clientRecord(1, {
  name: 'Jordan Lee',
  preferredName: 'Jo',
  nextSessionAt: '2026-12-03T15:00:00.000Z',
  portalStatus: 'active',
});
const path = `/clinics/${CLINIC_ID}/clients/${client.id}`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

const pending = () => new Promise<never>(() => undefined);

/** The homework sections stay loading unless a test gives them data. */
const homeworkPending = {
  listAssignments: pending,
  getClientActivity: pending,
  listScores: pending,
  listPrepTasks: pending,
};

const baseApi = {
  ...homeworkPending,
  getClient: () => Promise.resolve(client),
  getCaseloadHistory: () =>
    Promise.resolve({
      items: [
        {
          clinician: client.primaryClinician,
          role: 'primary' as const,
          from: '2026-06-01T12:00:00.000Z',
          to: null,
        },
      ],
    }),
};

describe('the client page', () => {
  it('shows the profile, next session, portal status, the safety plan in order and history', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { ...baseApi, getSafetyPlan: () => Promise.resolve({ plan: safetyPlan(), etag: '"3"' }) },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Jordan Lee' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Next session' })).toHaveTextContent('Thu 3 Dec, 3:00 pm');
    expect(screen.getByRole('region', { name: 'Client portal' })).toHaveTextContent('Portal active');

    const plan = await screen.findByRole('region', { name: 'Safety plan' });
    const headings = await within(plan).findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      '1. Warning signs',
      '2. Internal coping strategies',
      '3. People and social settings that provide distraction',
      '4. People I can ask for help',
      '5. Professionals and agencies, incl. crisis lines',
      '6. Making the environment safe',
      '7. Reasons for living',
    ]);
    expect(within(plan).getByText('added by Jo')).toBeInTheDocument();
    expect(within(plan).getByRole('link', { name: 'Call Samaritans: 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    expect(await screen.findByRole('table', { name: 'Caseload history' })).toHaveTextContent('Cal Clinician');
  });

  it('revokes portal access after a confirmation that says sessions end at once', async () => {
    const revokePortalAccess = jest.fn().mockResolvedValue({ ...client, portalStatus: 'revoked' });
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { ...baseApi, revokePortalAccess, getSafetyPlan: () => new Promise(() => undefined) },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke portal access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Jo’s portal access?' });
    expect(dialog).toHaveTextContent('signed out of the portal at once');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));

    await waitFor(() => expect(revokePortalAccess).toHaveBeenCalledWith(CLINIC_ID, client.id));
    expect(await screen.findByText('Access revoked')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite to the portal' })).toBeInTheDocument();
  });

  it('answers "not found" for a client outside the caseload', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        ...baseApi,
        getClient: () => Promise.reject(problem(404)),
        getSafetyPlan: () => new Promise(() => undefined),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Client not found' })).toBeInTheDocument();
  });
});

describe('editing the safety plan', () => {
  it('saves with If-Match of the version edited, and on 412 keeps the edits and offers a reload', async () => {
    const getSafetyPlan = jest
      .fn()
      .mockResolvedValueOnce({ plan: safetyPlan(), etag: '"3"' })
      .mockResolvedValue({
        plan: safetyPlan({ version: 4, warningSigns: ['Saved by a colleague'] }),
        etag: '"4"',
      });
    const saveSafetyPlan = jest.fn().mockRejectedValue(problem(412, { code: 'stale_version' }));
    renderRoute(path, { me: clinician(), seed, apiClient: { ...baseApi, getSafetyPlan, saveSafetyPlan } });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit safety plan' }));
    const form = screen.getByRole('form', { name: 'Edit safety plan' });
    fireEvent.change(within(form).getByLabelText('Warning sign 1'), {
      target: { value: 'Not sleeping well' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a reason' }));
    fireEvent.change(within(form).getByLabelText('Reason 2'), { target: { value: 'My garden' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save safety plan' }));

    await waitFor(() => expect(saveSafetyPlan).toHaveBeenCalledTimes(1));
    const [clinicId, clientId, content, etag] = saveSafetyPlan.mock.calls[0];
    expect([clinicId, clientId, etag]).toEqual([CLINIC_ID, client.id, '"3"']);
    expect(content.warningSigns).toEqual(['Not sleeping well']);
    expect(content.reasonsForLiving).toEqual(['My children', 'My garden']);
    expect(content.copingStrategies).toEqual(safetyPlan().copingStrategies);
    expect(content.peopleToAsk).toEqual([{ name: 'My sister', phone: '07700 900123' }]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone saved a newer version');
    expect(alert).toHaveTextContent('your changes have not been saved');
    // The edits are still there until the person chooses to reload.
    expect(within(form).getByLabelText('Warning sign 1')).toHaveValue('Not sleeping well');

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the newer version' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Warning sign 1')).toHaveValue('Saved by a colleague'),
    );
    expect(screen.getByText('Showing the latest version (4)')).toBeInTheDocument();
    expect(screen.getByText(/Your earlier changes were not saved/)).toBeInTheDocument();

    saveSafetyPlan.mockResolvedValue({ plan: safetyPlan({ version: 5 }), etag: '"5"' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save safety plan' }));
    await waitFor(() => expect(saveSafetyPlan).toHaveBeenCalledTimes(2));
    expect(saveSafetyPlan.mock.calls[1][3]).toBe('"4"');
  });
});
