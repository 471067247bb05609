import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  admin,
  CLINIC_ID,
  CLINICIAN_ID,
  clientRecord,
  clinician,
  clinicSettings,
  OTHER_CLINICIAN_ID,
} from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/clients`;
const seed = (client: QueryClient) =>
  client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('the caseload (clinician)', () => {
  it('lists the clinician’s clients with next session in the clinic’s zone, clinician, tags and portal', async () => {
    const listClients = jest.fn().mockResolvedValue({
      items: [
        clientRecord(1, {
          name: 'Jordan Lee',
          preferredName: 'Jo',
          nextSessionAt: '2026-12-03T15:00:00.000Z',
          tags: ['anxiety', 'weekly'],
          portalStatus: 'active',
        }),
        clientRecord(2, { name: 'Sam Patel' }),
      ],
      nextCursor: null,
    });
    renderRoute(path, { me: clinician(), seed, apiClient: { listClients } });

    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'My caseload' });
    expect(rows(table)).toEqual([
      ['Jordan Lee (Jo)', 'Thu 3 Dec, 3:00 pm', 'Cal Clinician', 'anxietyweekly', 'Portal active'],
      ['Sam Patel', 'Not booked', 'Cal Clinician', 'No tags', 'Not invited'],
    ]);
    expect(within(table).getByRole('link', { name: 'Jordan Lee (Jo)' })).toHaveAttribute(
      'href',
      `${path}/${clientRecord(1).id}`,
    );
    expect(listClients).toHaveBeenCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 25, cursor: undefined },
      expect.anything(),
    );
    // No checkboxes and no clinician filter for a clinician.
    expect(within(table).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Clinician' })).not.toBeInTheDocument();
  });

  it('filters by status and sort through the API, and clears the filters from the empty state', async () => {
    const listClients = jest.fn().mockResolvedValue({ items: [clientRecord(1)], nextCursor: null });
    const { router } = renderRoute(`${path}?status=discharged&sort=nextSession&tag=grief`, {
      me: clinician(),
      seed,
      apiClient: { listClients },
    });

    await screen.findByRole('table', { name: 'My caseload' });
    expect(listClients).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { status: 'discharged', sort: 'nextSession', tag: 'grief', limit: 25, cursor: undefined },
      expect.anything(),
    );

    listClients.mockResolvedValue({ items: [], nextCursor: null });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'nobody' } });
    expect(
      await screen.findByRole('heading', { name: 'No clients match these filters' }),
    ).toBeInTheDocument();
    expect(listClients).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { q: 'nobody', status: 'discharged', sort: 'nextSession', tag: 'grief', limit: 25, cursor: undefined },
      expect.anything(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(listClients).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 25, cursor: undefined },
      expect.anything(),
    );
  });

  it('loads more with the cursor', async () => {
    const listClients = jest
      .fn()
      .mockResolvedValueOnce({ items: [clientRecord(1)], nextCursor: 'after-1' })
      .mockResolvedValueOnce({ items: [clientRecord(2)], nextCursor: null });
    renderRoute(path, { me: clinician(), seed, apiClient: { listClients } });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Client 2' })).toBeInTheDocument();
    expect(listClients).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { status: 'active', limit: 25, cursor: 'after-1' },
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers "Add a client" when the caseload is empty', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { listClients: () => Promise.resolve({ items: [], nextCursor: null }) },
    });

    expect(await screen.findByRole('heading', { name: 'Your caseload is empty' })).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'Add a client' })) {
      expect(link).toHaveAttribute('href', `${path}/new`);
    }
  });
});

describe('the client list (admin)', () => {
  it('is called "Clients", filters by clinician and transfers the selected clients', async () => {
    const listClients = jest.fn().mockResolvedValue({
      items: [clientRecord(1), clientRecord(2), clientRecord(3)],
      nextCursor: null,
    });
    const listClinicians = jest.fn().mockResolvedValue({
      items: [
        { membershipId: CLINICIAN_ID, name: 'Cal Clinician' },
        { membershipId: OTHER_CLINICIAN_ID, name: 'Dana Reyes' },
      ],
    });
    const transferClients = jest.fn().mockResolvedValue({ transferred: 2 });
    renderRoute(path, { me: admin(), seed, apiClient: { listClients, listClinicians, transferClients } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Clients of Riverside Counseling' });

    fireEvent.click(within(table).getByRole('checkbox', { name: 'Select Client 1' }));
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Select Client 3' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Transfer…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Transfer clients' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(await within(dialog).findByText('Choose a clinician')).toBeInTheDocument();
    expect(transferClients).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('combobox', { name: /New primary clinician/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Dana Reyes' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transfer' }));

    await waitFor(() =>
      expect(transferClients).toHaveBeenCalledWith(CLINIC_ID, {
        clientIds: [clientRecord(1).id, clientRecord(3).id],
        toClinicianId: OTHER_CLINICIAN_ID,
      }),
    );
    expect(await screen.findByText('2 clients transferred to Dana Reyes.')).toBeInTheDocument();
  });
});
