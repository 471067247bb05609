import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  CLINIC_ID,
  CLINICIAN_ID,
  clientRecord,
  clinician,
  clinicSettings,
  problem,
} from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/clients/new`;
const seed = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

const listClinicians = () =>
  Promise.resolve({ items: [{ membershipId: CLINICIAN_ID, name: 'Cal Clinician' }] });

describe('adding a client (clinician)', () => {
  it('puts the API’s field errors on their fields and focuses the first', async () => {
    const createClient = jest.fn().mockRejectedValue(
      problem(400, {
        detail: 'Check the highlighted fields.',
        errors: [
          { path: 'email', message: 'This email belongs to another client' },
          { path: 'nextSessionAt', message: 'The next session must be in the future' },
        ],
      }),
    );
    renderRoute(path, { me: clinician(), seed, apiClient: { createClient, listClinicians } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Add a client' })).toBeInTheDocument();
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Jordan Lee' } });
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'jo@example.org' } });
    fireEvent.change(screen.getByLabelText(/^Next session date/), { target: { value: '2026-12-03' } });
    fireEvent.change(screen.getByLabelText(/^Next session time/), { target: { value: '15:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));

    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAccessibleDescription(/This email belongs to another client/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^Next session date/)).toHaveAccessibleDescription(
      /The next session must be in the future/,
    );
    expect(createClient).toHaveBeenCalledWith(CLINIC_ID, {
      name: 'Jordan Lee',
      email: 'jo@example.org',
      timezone: 'Europe/London',
      nextSessionAt: '2026-12-03T15:00:00.000Z',
      tags: [],
      primaryClinicianId: clinician().memberships[0].id,
      additionalClinicianIds: [],
    });
  });

  it('checks the form with the contract before sending, and opens the new client after saving', async () => {
    const createClient = jest.fn().mockResolvedValue(clientRecord(1, { name: 'Jordan Lee' }));
    const { router } = renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        createClient,
        listClinicians,
        getClient: () => new Promise(() => undefined),
        getSafetyPlan: () => new Promise(() => undefined),
        getCaseloadHistory: () => new Promise(() => undefined),
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Add client' }));
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true'));
    expect(createClient).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Jordan Lee' } });
    fireEvent.change(screen.getByLabelText(/^Next session date/), { target: { value: '2026-12-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    expect(await screen.findByText('Enter the time of the session too')).toBeInTheDocument();
    expect(createClient).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Next session date/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}/clients/${clientRecord(1).id}`),
    );
    // A clinician is the primary clinician of a client they add, and may name colleagues too.
    expect(createClient).toHaveBeenCalledWith(CLINIC_ID, {
      name: 'Jordan Lee',
      timezone: 'Europe/London',
      tags: [],
      primaryClinicianId: clinician().memberships[0].id,
      additionalClinicianIds: [],
    });
  });
});
