import { clinicSettingsKeys } from '@interlude/api-client';
import type { Invitation } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  admin,
  CLINIC_ID,
  clientRecord,
  clinicSettings,
  problem,
  staffMember,
  USER_ID,
} from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/staff`;

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e5001',
  email: 'new@riverside.example',
  name: 'New Colleague',
  roles: ['clinician'],
  status: 'pending',
  expiresAt: '2026-07-08T12:00:00.000Z',
  createdAt: '2026-07-01T12:00:00.000Z',
  ...overrides,
});

const seedSettings = {
  seed: (client: QueryClient) =>
    client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' })),
};

/** Each body row as [name cell, roles, status, MFA, last sign-in]. */
function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].slice(0, 5).map((cell) => cell.textContent));
}

describe('the staff page', () => {
  it('lists the staff with roles, status, MFA and last sign-in in the clinic’s time zone', async () => {
    const listStaff = jest.fn().mockResolvedValue({
      items: [
        staffMember(1, {
          userId: USER_ID,
          name: 'Ana Admin',
          email: 'ana@riverside.example',
          roles: ['admin', 'clinician'],
          mfaEnabled: true,
          lastSignInAt: '2026-07-01T12:00:00.000Z',
        }),
        staffMember(2, { name: 'Dana Reyes', email: 'dana@riverside.example', status: 'deactivated' }),
      ],
      nextCursor: null,
    });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: { listStaff, listInvitations: () => Promise.resolve({ items: [] }) },
    });

    const table = await screen.findByRole('table', { name: 'Staff of Riverside Counseling' });
    const [ana, dana] = rows(table);
    expect(ana.slice(0, 4)).toEqual([
      'Ana Admin (you)ana@riverside.example',
      'Admin, Clinician',
      'Active',
      'On',
    ]);
    expect(ana[4]).toMatch(/13:00|1:00\s?PM/);
    expect(dana).toEqual(['Dana Reyesdana@riverside.example', 'Clinician', 'Deactivated', 'Off', 'Never']);
    expect(listStaff).toHaveBeenCalledWith(CLINIC_ID, { limit: 25, cursor: undefined }, expect.anything());
    expect(screen.getByRole('heading', { name: 'No pending invitations' })).toBeInTheDocument();
  });

  it('loads more with the cursor and moves focus to the first new row', async () => {
    const listStaff = jest
      .fn()
      .mockResolvedValueOnce({ items: [staffMember(1)], nextCursor: 'after-1' })
      .mockResolvedValueOnce({ items: [staffMember(2)], nextCursor: null });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: { listStaff, listInvitations: () => Promise.resolve({ items: [] }) },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getByText('Staff Member 2')).toHaveFocus());
    expect(listStaff).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { limit: 25, cursor: 'after-1' },
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('filters by role from the URL and offers to clear filters that match nobody', async () => {
    const listStaff = jest.fn().mockResolvedValue({ items: [], nextCursor: null });
    renderRoute(`${path}?role=manager`, {
      me: admin(),
      ...seedSettings,
      apiClient: { listStaff, listInvitations: () => Promise.resolve({ items: [] }) },
    });

    expect(await screen.findByRole('heading', { name: 'No staff match these filters' })).toBeInTheDocument();
    expect(listStaff).toHaveBeenCalledWith(
      CLINIC_ID,
      { role: 'manager', limit: 25, cursor: undefined },
      expect.anything(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(listStaff).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { limit: 25, cursor: undefined },
        expect.anything(),
      ),
    );
  });

  it('validates the invitation with the contract schema before sending it', async () => {
    const inviteStaff = jest.fn();
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [staffMember(1)], nextCursor: null }),
        listInvitations: () => Promise.resolve({ items: [] }),
        inviteStaff,
      },
    });

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite staff' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Invite staff' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Email' }), {
      target: { value: 'not an email' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(
      await within(dialog).findByText('Enter an email address like name@example.org'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a name')).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Roles' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose at least one role'),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveFocus();
    expect(inviteStaff).not.toHaveBeenCalled();
  });

  it('sends a valid invitation, closes the dialog and refreshes the pending invitations', async () => {
    const inviteStaff = jest.fn().mockResolvedValue(invitation());
    const listInvitations = jest
      .fn()
      .mockResolvedValueOnce({ items: [] })
      .mockResolvedValue({ items: [invitation()] });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [staffMember(1)], nextCursor: null }),
        listInvitations,
        inviteStaff,
      },
    });

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite staff' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Invite staff' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Email' }), {
      target: { value: ' New@Riverside.example' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'New Colleague' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Clinician/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(inviteStaff).toHaveBeenCalledWith(CLINIC_ID, {
        email: 'new@riverside.example',
        name: 'New Colleague',
        roles: ['clinician'],
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('button', { name: 'Resend invitation to new@riverside.example' }),
    ).toBeInTheDocument();
  });

  it('shows the API’s field error on the invitation’s email field', async () => {
    const inviteStaff = jest
      .fn()
      .mockRejectedValue(
        problem(409, { errors: [{ path: 'email', message: 'This person already works here' }] }),
      );
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [staffMember(1)], nextCursor: null }),
        listInvitations: () => Promise.resolve({ items: [] }),
        inviteStaff,
      },
    });

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite staff' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Invite staff' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Email' }), {
      target: { value: 'dana@riverside.example' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Dana' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Admin/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('This person already works here'));
    expect(email).toHaveFocus();
  });

  it('deactivates a colleague after confirming', async () => {
    const dana = staffMember(2, { name: 'Dana Reyes' });
    const updateStaff = jest.fn().mockResolvedValue({ ...dana, status: 'deactivated' });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [dana], nextCursor: null }),
        listInvitations: () => Promise.resolve({ items: [] }),
        updateStaff,
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Manage Dana Reyes' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Dana Reyes?' });
    expect(dialog).toHaveTextContent('can no longer sign in to Riverside Counseling');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() =>
      expect(updateStaff).toHaveBeenCalledWith(CLINIC_ID, dana.membershipId, { status: 'deactivated' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers to transfer the clients of a clinician who still holds some, then deactivates', async () => {
    const dana = staffMember(2, { name: 'Dana Reyes' });
    const eli = staffMember(3, { name: 'Eli Moss' });
    const updateStaff = jest
      .fn()
      .mockRejectedValueOnce(
        problem(409, { code: 'clinician_holds_clients', detail: 'Transfer them first.' }),
      )
      .mockResolvedValue({ ...dana, status: 'deactivated' });
    const held = (n: number) =>
      clientRecord(n, { primaryClinician: { membershipId: dana.membershipId, name: 'Dana Reyes' } });
    const listClients = jest.fn().mockResolvedValue({
      // The third holds Dana only as additional clinician: not part of the transfer.
      items: [held(1), held(2), clientRecord(3)],
      nextCursor: null,
    });
    const transferClients = jest.fn().mockResolvedValue({ transferred: 2 });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [dana], nextCursor: null }),
        listClinicians: () =>
          Promise.resolve({
            items: [dana, eli].map((member) => ({ membershipId: member.membershipId, name: member.name })),
          }),
        listInvitations: () => Promise.resolve({ items: [] }),
        updateStaff,
        listClients,
        transferClients,
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Manage Dana Reyes' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Dana Reyes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await within(dialog).findByText(/still holds 2 active clients/)).toBeInTheDocument();
    expect(listClients).toHaveBeenCalledWith(CLINIC_ID, {
      clinicianId: dana.membershipId,
      status: 'active',
      limit: 100,
      cursor: undefined,
    });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Transfer their clients to/ }));
    fireEvent.click(await within(dialog).findByRole('option', { name: 'Eli Moss' }));
    expect(within(dialog).queryByRole('option', { name: 'Dana Reyes' })).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transfer and deactivate' }));

    await waitFor(() =>
      expect(transferClients).toHaveBeenCalledWith(CLINIC_ID, {
        clientIds: [held(1).id, held(2).id],
        toClinicianId: eli.membershipId,
      }),
    );
    await waitFor(() => expect(updateStaff).toHaveBeenCalledTimes(2));
    expect(updateStaff).toHaveBeenLastCalledWith(CLINIC_ID, dana.membershipId, { status: 'deactivated' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('does not offer an admin to deactivate themselves', async () => {
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () =>
          Promise.resolve({
            items: [staffMember(1, { userId: USER_ID, name: 'Ana Admin', roles: ['admin'] })],
            nextCursor: null,
          }),
        listInvitations: () => Promise.resolve({ items: [] }),
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Manage Ana Admin' }));
    expect(await screen.findByRole('menuitem', { name: 'Change roles' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Deactivate' })).not.toBeInTheDocument();
  });

  it('revokes a pending invitation after confirming', async () => {
    const revokeInvitation = jest.fn().mockResolvedValue(invitation({ status: 'revoked' }));
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [staffMember(1)], nextCursor: null }),
        listInvitations: () => Promise.resolve({ items: [invitation()] }),
        revokeInvitation,
      },
    });

    fireEvent.click(
      await screen.findByRole('button', { name: 'Revoke invitation to new@riverside.example' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this invitation?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    await waitFor(() => expect(revokeInvitation).toHaveBeenCalledWith(CLINIC_ID, invitation().id));
  });

  it('changes roles, keeping an admin’s own admin role', async () => {
    const me = staffMember(1, { userId: USER_ID, name: 'Ana Admin', roles: ['admin'] });
    const updateStaff = jest.fn().mockResolvedValue({ ...me, roles: ['admin', 'manager'] });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: {
        listStaff: () => Promise.resolve({ items: [me], nextCursor: null }),
        listInvitations: () => Promise.resolve({ items: [] }),
        getMe: () => Promise.resolve(admin()),
        updateStaff,
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Manage Ana Admin' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Change roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change roles for Ana Admin' });
    const adminBox = within(dialog).getByRole('checkbox', { name: /Admin/ });
    expect(adminBox).toBeChecked();
    expect(adminBox).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Manager/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    await waitFor(() =>
      expect(updateStaff).toHaveBeenCalledWith(CLINIC_ID, me.membershipId, { roles: ['admin', 'manager'] }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('explains a failed load and retries it', async () => {
    const listStaff = jest
      .fn()
      .mockRejectedValueOnce(problem(500, { detail: 'Something went wrong on our side.' }))
      .mockResolvedValue({ items: [staffMember(1)], nextCursor: null });
    renderRoute(path, {
      me: admin(),
      ...seedSettings,
      apiClient: { listStaff, listInvitations: () => Promise.resolve({ items: [] }) },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the staff list');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Staff Member 1')).toBeInTheDocument();
  });
});
