import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { admin, auditEvent, CLINIC_ID, clinicSettings } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/audit`;
const inNewYork = {
  seed: (client: QueryClient) =>
    client.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'America/New_York' })),
};

describe('the audit log', () => {
  it('shows each event in plain words, at the clinic’s time', async () => {
    const listAuditEvents = jest.fn().mockResolvedValue({
      items: [
        auditEvent(1, {
          action: 'auth.sign_in_failed',
          outcome: 'failure',
          occurredAt: '2026-07-01T12:00:00.000Z',
        }),
        auditEvent(2, { action: 'access.denied', outcome: 'denied', actor: null, resourceType: 'clinic' }),
      ],
      nextCursor: null,
    });
    renderRoute(path, { me: admin(), ...inNewYork, apiClient: { listAuditEvents } });

    const table = await screen.findByRole('table', { name: 'Audit log, newest first' });
    expect(within(table).getByRole('columnheader', { name: 'Time (America/New_York)' })).toBeInTheDocument();
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent(/8:00|08:00/);
    expect(first).toHaveTextContent('Ana Admin');
    expect(first).toHaveTextContent('Sign-in failed');
    expect(first).toHaveTextContent('Failed');
    expect(second).toHaveTextContent('System');
    expect(second).toHaveTextContent('Was refused access');
    expect(second).toHaveTextContent('Clinic');
    expect(second).toHaveTextContent('Refused');
  });

  it('turns the filters into the query, with days in the clinic’s time zone', async () => {
    const listAuditEvents = jest
      .fn()
      .mockResolvedValueOnce({ items: [auditEvent(1)], nextCursor: 'older' })
      .mockResolvedValue({ items: [auditEvent(2)], nextCursor: null });
    renderRoute(`${path}?outcome=denied&from=2026-11-01&to=2026-11-01`, {
      me: admin(),
      ...inNewYork,
      apiClient: { listAuditEvents },
    });

    await screen.findByRole('table');
    expect(listAuditEvents).toHaveBeenCalledWith(
      CLINIC_ID,
      {
        outcome: 'denied',
        from: '2026-11-01T04:00:00.000Z',
        to: '2026-11-02T04:59:59.999Z',
        limit: 50,
        cursor: undefined,
      },
      expect.anything(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith(
        CLINIC_ID,
        expect.objectContaining({ outcome: 'denied', cursor: 'older' }),
        expect.anything(),
      ),
    );
  });

  it('says when the end day is before the start day', async () => {
    renderRoute(`${path}?from=2026-11-02&to=2026-11-01`, {
      me: admin(),
      ...inNewYork,
      apiClient: { listAuditEvents: () => Promise.resolve({ items: [], nextCursor: null }) },
    });

    const to = await screen.findByLabelText('To');
    expect(to).toHaveAccessibleDescription(expect.stringContaining('Choose a day on or after “From”'));
    expect(await screen.findByRole('heading', { name: 'Nothing matches these filters' })).toBeInTheDocument();
  });
});
