import { clinicSettingsKeys } from '@interlude/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clinician, clinicSettings, membership, person } from '../../../test-utils/fixtures';
import {
  caseloadRow,
  dashboard,
  prepTask,
  riskAlert,
  riskAlertId,
} from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

const caseload = [
  caseloadRow(1, {
    client: { id: caseloadRow(1).client.id, name: 'Bea Adams', nextSessionAt: '2026-03-20T10:00:00.000Z' },
    completionRate: 0.5,
    due: 8,
    submitted: 4,
    overdue: 2,
    lastActivityAt: '2026-03-10T09:00:00.000Z',
  }),
  caseloadRow(2, {
    client: { id: caseloadRow(2).client.id, name: 'Cal Brown', nextSessionAt: null },
    completionRate: null,
    due: 0,
    submitted: 0,
    openDeclines: 1,
  }),
  caseloadRow(3, {
    client: { id: caseloadRow(3).client.id, name: 'Al Chen', nextSessionAt: '2026-03-18T10:00:00.000Z' },
    completionRate: 0.75,
    due: 8,
    submitted: 6,
    openRiskAlerts: 1,
    lastActivityAt: '2026-03-12T09:00:00.000Z',
  }),
];

const namesInOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the clinician dashboard', () => {
  it('shows risk alerts first, then the review counts, prep tasks due and the caseload', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        getDashboard: () =>
          Promise.resolve(
            dashboard({
              riskAlerts: [riskAlert(1, { client: { id: caseload[2].client.id, name: 'Al Chen' } })],
              reviewCounts: { riskAlerts: 1, submissions: 3, declines: 1, flagged: 2 },
              prepTasksDue: [prepTask(1, { title: 'Read chapter 3 of the workbook' })],
              caseload,
            }),
          ),
      },
    });

    const alerts = await screen.findByRole('region', { name: 'Risk alerts' });
    const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'));
    expect(regions.slice(0, 4)).toEqual([
      'dashboard-risk-alerts',
      'dashboard-review',
      'dashboard-prep',
      'dashboard-caseload',
    ]);
    expect(alerts).toHaveTextContent('Al Chen');
    expect(alerts).toHaveTextContent('answered “more than half the days”');
    expect(screen.getByRole('region', { name: 'Waiting for review' })).toHaveTextContent(
      '3 submissions, 1 decline to talk through, 2 flagged for next session, 1 risk alert.',
    );
    expect(screen.getByRole('link', { name: 'Open the review queue' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/review`,
    );
    expect(screen.getByRole('region', { name: 'Prep tasks due' })).toHaveTextContent(
      'Read chapter 3 of the workbook',
    );

    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Al Chen/ })).toHaveTextContent('75 % (6 of 8)');
    expect(within(table).getByRole('row', { name: /Cal Brown/ })).toHaveTextContent('Nothing due');
    expect(within(table).getByRole('link', { name: 'Bea Adams' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/clients/${caseload[0].client.id}`,
    );
  });

  it('sorts the caseload by each column, saying so with aria-sort', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { getDashboard: () => Promise.resolve(dashboard({ caseload })) },
    });

    await screen.findByRole('table');
    expect(namesInOrder()).toEqual(['Al Chen', 'Bea Adams', 'Cal Brown']);
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'ascending');

    fireEvent.click(screen.getByRole('button', { name: /Completed \(4 weeks\)/ }));
    expect(namesInOrder()).toEqual(['Al Chen', 'Bea Adams', 'Cal Brown']);
    expect(screen.getByRole('columnheader', { name: /Completed/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'none');

    fireEvent.click(screen.getByRole('button', { name: /Completed \(4 weeks\)/ }));
    // Ascending; nothing due still sorts last.
    expect(namesInOrder()).toEqual(['Bea Adams', 'Al Chen', 'Cal Brown']);
    expect(screen.getByRole('columnheader', { name: /Completed/ })).toHaveAttribute('aria-sort', 'ascending');

    fireEvent.click(screen.getByRole('button', { name: /Overdue/ }));
    expect(namesInOrder()[0]).toBe('Bea Adams');

    fireEvent.click(screen.getByRole('button', { name: /Next session/ }));
    expect(namesInOrder()).toEqual(['Al Chen', 'Bea Adams', 'Cal Brown']);

    fireEvent.click(screen.getByRole('button', { name: /Open declines/ }));
    expect(namesInOrder()[0]).toBe('Cal Brown');

    fireEvent.click(screen.getByRole('button', { name: /Client/ }));
    fireEvent.click(screen.getByRole('button', { name: /Client/ }));
    expect(namesInOrder()).toEqual(['Cal Brown', 'Bea Adams', 'Al Chen']);
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('acknowledges a risk alert from the banner', async () => {
    const acknowledgeRiskAlert = jest.fn().mockResolvedValue({});
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: {
        getDashboard: () => Promise.resolve(dashboard({ riskAlerts: [riskAlert(1)] })),
        acknowledgeRiskAlert,
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge the risk alert for Jordan Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge the risk alert for Jordan Lee' });
    fireEvent.change(within(dialog).getByLabelText(/What you did/), { target: { value: 'Phoned Jordan.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));

    await waitFor(() =>
      expect(acknowledgeRiskAlert).toHaveBeenCalledWith(CLINIC_ID, riskAlertId(1), {
        note: 'Phoned Jordan.',
      }),
    );
  });

  it('offers to add a client when the caseload is empty', async () => {
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { getDashboard: () => Promise.resolve(dashboard()) },
    });
    expect(await screen.findByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();
    expect(
      screen.getByText('Nothing waiting. New submissions and declines will show here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Risk alerts' })).not.toBeInTheDocument();
  });

  it('is not shown to a manager, who sees the reports note instead', async () => {
    renderRoute(path, { me: person({}, [membership({ roles: ['manager'] })]), seed });
    expect(await screen.findByRole('region', { name: 'Reports' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waiting for review' })).not.toBeInTheDocument();
  });
});
