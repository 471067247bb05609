import { clinicSettingsKeys } from '@interlude/api-client';
import type { EngagementQueryInput, OutcomesQueryInput } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  admin,
  CLINIC_ID,
  CLINICIAN_ID,
  clinician,
  clinicSettings,
  membership,
  OTHER_CLINICIAN_ID,
  person,
  problem,
} from '../../../test-utils/fixtures';
import { program } from '../../../test-utils/homework-fixtures';
import { renderRoute } from '../../../test-utils/render-route';
import {
  cell,
  EXPORT_ID,
  engagementCells,
  engagementReport,
  outcomeCells,
  outcomesReport,
  reportExport,
  suppressed,
} from '../../../test-utils/report-fixtures';

const path = `/clinics/${CLINIC_ID}/reports`;
const manager = () => person({}, [membership({ roles: ['manager'] })]);
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'Europe/London' }));

function reportApi(overrides: { engagement?: object; outcomes?: object } = {}) {
  const getEngagementReport = jest.fn((_clinicId: string, query: EngagementQueryInput) =>
    Promise.resolve(engagementReport({ groupBy: query.groupBy ?? 'week', ...overrides.engagement })),
  );
  const getOutcomesReport = jest.fn((_clinicId: string, query: OutcomesQueryInput) =>
    Promise.resolve(outcomesReport({ measure: query.measure ?? 'phq9', ...overrides.outcomes })),
  );
  return { getEngagementReport, getOutcomesReport };
}

const clinicians = () =>
  Promise.resolve({
    items: [
      { membershipId: CLINICIAN_ID, name: 'Cal Clinician' },
      { membershipId: OTHER_CLINICIAN_ID, name: 'Dana Reyes' },
    ],
  });

const tile = (name: string) => screen.getByRole('group', { name });
const region = (name: string) => screen.getByRole('region', { name });

async function choose(label: RegExp, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the reports page', () => {
  it('shows a manager the clinic’s key figures, with a suppressed one explained', async () => {
    const api = reportApi({
      engagement: { totals: engagementCells({ medianHoursLate: suppressed(), completionRate: cell(0.754) }) },
    });
    renderRoute(path, {
      me: manager(),
      seed,
      apiClient: {
        ...api,
        listClinicians: clinicians,
        listPrograms: () => Promise.resolve({ items: [program(1)] }),
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    await screen.findByRole('group', { name: 'Completion rate' });
    expect(tile('Clients')).toHaveTextContent('24');
    expect(tile('Due')).toHaveTextContent('200');
    expect(tile('Completion rate')).toHaveTextContent('75 %');
    expect(tile('On-time rate')).toHaveTextContent('60 %');
    expect(tile('Declined')).toHaveTextContent('10');
    expect(tile('Missed')).toHaveTextContent('40');
    expect(tile('Active clients')).toHaveTextContent('18');
    expect(tile('Median hours late')).toHaveTextContent('Suppressed');
    expect(tile('Median hours late')).toHaveTextContent('Fewer than 11 clients — hidden to protect privacy');

    // The whole clinic by clinician by default; managers filter by clinician and program too.
    expect(api.getEngagementReport).toHaveBeenCalledWith(
      CLINIC_ID,
      { groupBy: 'clinician' },
      expect.anything(),
    );
    expect(api.getOutcomesReport).toHaveBeenCalledWith(
      CLINIC_ID,
      { measure: 'phq9', groupBy: 'engagement' },
      expect.anything(),
    );
    expect(screen.queryByText('Your caseload only')).not.toBeInTheDocument();
    const filters = screen.getByRole('search', { name: 'Report filters' });
    expect(within(filters).getByRole('combobox', { name: /Clinician/ })).toBeInTheDocument();
    expect(within(filters).getByRole('combobox', { name: /Program/ })).toBeInTheDocument();
    // The period the API chose shows in the date fields.
    expect(within(filters).getByLabelText(/From/)).toHaveValue('2026-04-06');
    expect(within(filters).getByLabelText(/^To/)).toHaveValue('2026-06-28');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  });

  it('breaks engagement down by clinician with suppressed cells, then by program', async () => {
    const api = reportApi();
    const { router } = renderRoute(path, { me: manager(), seed, apiClient: api });

    const breakdown = await screen.findByRole('region', { name: 'By clinician' });
    const table = within(breakdown).getByRole('table');
    expect(within(table).getByRole('row', { name: /Cal Clinician/ })).toHaveTextContent('80 %');
    const dana = within(table).getByRole('row', { name: /Dana Reyes/ });
    expect(within(dana).getAllByText('Suppressed')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /All/ })).toHaveTextContent('75 %');
    expect(breakdown).toHaveTextContent('“Suppressed”: fewer than 11 clients — hidden to protect privacy.');

    fireEvent.click(within(breakdown).getByRole('radio', { name: 'Program' }));
    await waitFor(() =>
      expect(api.getEngagementReport).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { groupBy: 'program' },
        expect.anything(),
      ),
    );
    expect(router.state.location.search).toBe('?by=program');
    expect(await screen.findByRole('region', { name: 'By program' })).toBeInTheDocument();
  });

  it('sends the chosen clinician and dates to both reports, and keeps them in the URL', async () => {
    const api = reportApi();
    const { router } = renderRoute(path, {
      me: admin(),
      seed,
      apiClient: {
        ...api,
        listClinicians: clinicians,
        listPrograms: () => Promise.resolve({ items: [program(1)] }),
      },
    });

    await screen.findByRole('group', { name: 'Clients' });
    await choose(/Clinician/, 'Dana Reyes');
    await waitFor(() =>
      expect(api.getEngagementReport).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { clinicianId: OTHER_CLINICIAN_ID, groupBy: 'clinician' },
        expect.anything(),
      ),
    );
    expect(api.getOutcomesReport).toHaveBeenLastCalledWith(
      CLINIC_ID,
      { clinicianId: OTHER_CLINICIAN_ID, measure: 'phq9', groupBy: 'engagement' },
      expect.anything(),
    );

    fireEvent.change(screen.getByLabelText(/From/), { target: { value: '2026-05-04' } });
    await waitFor(() =>
      expect(api.getEngagementReport).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { from: '2026-05-04', clinicianId: OTHER_CLINICIAN_ID, groupBy: 'clinician' },
        expect.anything(),
      ),
    );
    fireEvent.change(screen.getByLabelText(/^To/), { target: { value: '2026-05-31' } });
    await choose(/Program/, 'Program 1');
    await choose(/Kind of homework/, 'Worksheet');
    await waitFor(() =>
      expect(api.getEngagementReport).toHaveBeenLastCalledWith(
        CLINIC_ID,
        {
          from: '2026-05-04',
          to: '2026-05-31',
          clinicianId: OTHER_CLINICIAN_ID,
          programId: program(1).id,
          kind: 'worksheet',
          groupBy: 'clinician',
        },
        expect.anything(),
      ),
    );
    // The kind of homework does not apply to questionnaire outcomes.
    expect(api.getOutcomesReport).toHaveBeenLastCalledWith(
      CLINIC_ID,
      {
        from: '2026-05-04',
        to: '2026-05-31',
        clinicianId: OTHER_CLINICIAN_ID,
        programId: program(1).id,
        measure: 'phq9',
        groupBy: 'engagement',
      },
      expect.anything(),
    );
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      from: '2026-05-04',
      to: '2026-05-31',
      clinician: OTHER_CLINICIAN_ID,
      program: program(1).id,
      kind: 'worksheet',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('reads its filters from the URL', async () => {
    const api = reportApi();
    renderRoute(`${path}?from=2026-01-05&to=2026-03-29&by=kind&measure=gad7&clinician=not-an-id`, {
      me: manager(),
      seed,
      apiClient: api,
    });

    await screen.findByRole('region', { name: 'By kind of homework' });
    expect(api.getEngagementReport).toHaveBeenCalledWith(
      CLINIC_ID,
      { from: '2026-01-05', to: '2026-03-29', groupBy: 'kind' },
      expect.anything(),
    );
    expect(api.getOutcomesReport).toHaveBeenCalledWith(
      CLINIC_ID,
      { from: '2026-01-05', to: '2026-03-29', measure: 'gad7', groupBy: 'engagement' },
      expect.anything(),
    );
    expect(screen.getByLabelText(/From/)).toHaveValue('2026-01-05');
  });

  it('shows outcomes overall and by homework completion band, low to high', async () => {
    const api = reportApi();
    renderRoute(path, { me: manager(), seed, apiClient: api });

    const change = await screen.findByRole('region', { name: 'Change from first to last score' });
    const summary = within(change).getByRole('table');
    expect(within(summary).getByRole('row', { name: /Reliable improvement/ })).toHaveTextContent('20 (50 %)');
    expect(within(summary).getByRole('row', { name: /No reliable change/ })).toHaveTextContent('16 (40 %)');
    expect(within(summary).getByRole('row', { name: /Reliable deterioration/ })).toHaveTextContent(
      '4 (10 %)',
    );
    expect(within(summary).getByRole('row', { name: /^Recovery/ })).toHaveTextContent('15 (50 %)');
    expect(within(summary).getByRole('row', { name: /Reliable recovery/ })).toHaveTextContent('12 (40 %)');
    expect(within(summary).getByRole('row', { name: /Mean score/ })).toHaveTextContent('15.3 → 9.8');
    expect(
      screen.getByText(/40 clients with two or more PHQ-9 scores \(160 scores in all\)/),
    ).toBeInTheDocument();

    const bands = region('Outcomes by homework completion');
    const rows = within(within(bands).getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Low completion (under 33 %)',
      'Middle completion (33–66 %)',
      'High completion (over 66 %)',
    ]);
    const high = within(bands).getByRole('row', { name: /High completion/ });
    expect(high).toHaveTextContent('14 (70 %)');
    expect(high).toHaveTextContent('15.3 → 9.8');
    expect(
      within(within(bands).getByRole('row', { name: /Low completion/ })).getAllByText('Suppressed'),
    ).toHaveLength(7);

    fireEvent.click(screen.getByRole('radio', { name: 'GAD-7' }));
    await waitFor(() =>
      expect(api.getOutcomesReport).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { measure: 'gad7', groupBy: 'engagement' },
        expect.anything(),
      ),
    );
  });

  it('offers the weekly trend as a table too', async () => {
    renderRoute(path, { me: manager(), seed, apiClient: reportApi() });

    const trend = await screen.findByRole('region', { name: 'Weekly trend' });
    // Always there for screen readers; shown on request.
    const table = within(trend).getByRole('table', { name: /Weekly trend/ });
    expect(within(table).getByRole('row', { name: /6 Apr/ })).toHaveTextContent('60 %');
    expect(within(table).getByRole('row', { name: /13 Apr/ })).toHaveTextContent('Suppressed');
    expect(trend).toHaveTextContent(
      'Completion went from 60 % in the week of 6 Apr to 80 % in the week of 20 Apr.',
    );

    const toggle = within(trend).getByRole('button', { name: 'Show the weekly trend as a table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(within(trend).getByRole('button', { name: 'Show the weekly trend as a chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(trend).getByRole('table', { name: /Weekly trend/ })).toBeVisible();
  });

  it('lists declines by reason', async () => {
    renderRoute(path, { me: manager(), seed, apiClient: reportApi() });

    const declines = await screen.findByRole('region', { name: 'Declines by reason' });
    expect(within(declines).getByRole('row', { name: /Too hard right now/ })).toHaveTextContent('550 %');
    expect(within(declines).getByRole('row', { name: /No time/ })).toHaveTextContent('330 %');
  });

  it('says when nothing was due in the period, and offers to clear the filters', async () => {
    const api = reportApi({
      engagement: { totals: engagementCells({ due: cell(0) }), groups: [], weekly: [] },
      outcomes: { totals: outcomeCells({ clients: cell(0) }), groups: [] },
    });
    const { router } = renderRoute(`${path}?from=2026-06-01`, { me: manager(), seed, apiClient: api });

    expect(
      await screen.findByRole('heading', { name: 'No homework was due in this period' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'No clients with two or more PHQ-9 scores in this period' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('explains a report that failed to load and retries it', async () => {
    const getEngagementReport = jest
      .fn()
      .mockRejectedValueOnce(problem(500, { detail: 'The reports are being rebuilt.' }))
      .mockResolvedValue(engagementReport());
    renderRoute(path, {
      me: manager(),
      seed,
      apiClient: { ...reportApi(), getEngagementReport },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the engagement report');
    expect(alert).toHaveTextContent('The reports are being rebuilt.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: 'Completion rate' })).toHaveTextContent('75 %');
  });

  it('tells a clinician the figures are their caseload only', async () => {
    const api = reportApi({ engagement: { scope: 'caseload' }, outcomes: { scope: 'caseload' } });
    renderRoute(path, {
      me: clinician(),
      seed,
      apiClient: { ...api, listPrograms: () => Promise.resolve({ items: [program(1)] }) },
    });

    expect(await screen.findByText('Your caseload only')).toBeInTheDocument();
    expect(screen.getByText(/for your caseload/)).toBeInTheDocument();
    expect(api.getEngagementReport).toHaveBeenCalledWith(
      CLINIC_ID,
      { groupBy: 'program' },
      expect.anything(),
    );
    const filters = screen.getByRole('search', { name: 'Report filters' });
    expect(within(filters).queryByRole('combobox', { name: /Clinician/ })).not.toBeInTheDocument();
    expect(within(filters).getByRole('combobox', { name: /Program/ })).toBeInTheDocument();
    const breakdown = await screen.findByRole('region', { name: 'By program' });
    expect(within(breakdown).queryByRole('radio', { name: 'Clinician' })).not.toBeInTheDocument();
  });
});

describe('downloading a report as CSV', () => {
  const createObjectURL = jest.fn(() => 'blob:engagement');
  const revokeObjectURL = jest.fn();
  let click: jest.SpyInstance;
  let downloadedAs: string[];

  beforeEach(() => {
    createObjectURL.mockClear();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    downloadedAs = [];
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (this.download) downloadedAs.push(this.download);
    });
  });
  afterEach(() => click.mockRestore());

  it('shows the export’s progress, then downloads the file', async () => {
    const startReportExport = jest.fn().mockResolvedValue(reportExport({ status: 'running', progress: 40 }));
    const getReportExport = jest.fn().mockResolvedValue(
      reportExport({
        status: 'done',
        progress: 100,
        fileName: 'engagement-2026-04-06-to-2026-06-28.csv',
        csv: 'week,due\n2026-04-06,200\n',
      }),
    );
    renderRoute(`${path}?from=2026-04-06`, {
      me: manager(),
      seed,
      apiClient: { ...reportApi(), startReportExport, getReportExport },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Download CSV of the engagement report' }));
    const progress = await screen.findByRole('progressbar', { name: 'Preparing the engagement CSV' });
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByRole('button', { name: 'Download CSV of the engagement report' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(startReportExport).toHaveBeenCalledWith(CLINIC_ID, 'engagement', {
      from: '2026-04-06',
      groupBy: 'clinician',
    });

    expect(await screen.findByText('Downloaded engagement-2026-04-06-to-2026-06-28.csv')).toBeInTheDocument();
    expect(getReportExport).toHaveBeenCalledWith(CLINIC_ID, EXPORT_ID, expect.anything());
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toBe('week,due\n2026-04-06,200\n');
    expect(downloadedAs).toEqual(['engagement-2026-04-06-to-2026-06-28.csv']);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says when the export failed, and tries again', async () => {
    const startReportExport = jest
      .fn()
      .mockResolvedValueOnce(reportExport({ report: 'outcomes', status: 'failed', progress: 30 }))
      .mockResolvedValue(
        reportExport({
          report: 'outcomes',
          status: 'done',
          progress: 100,
          fileName: 'outcomes.csv',
          csv: 'band\n',
        }),
      );
    renderRoute(path, {
      me: manager(),
      seed,
      apiClient: { ...reportApi(), startReportExport },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Download CSV of the outcomes report' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not prepare the CSV');
    expect(alert).toHaveTextContent('The export stopped before it finished. Nothing was downloaded.');
    expect(startReportExport).toHaveBeenCalledWith(CLINIC_ID, 'outcomes', {
      measure: 'phq9',
      groupBy: 'engagement',
    });

    fireEvent.click(within(alert).getByRole('button', { name: 'Try the download again' }));
    expect(await screen.findByText('Downloaded outcomes.csv')).toBeInTheDocument();
    expect(startReportExport).toHaveBeenCalledTimes(2);
    expect(downloadedAs).toEqual(['outcomes.csv']);
  });
});

describe('who may open the reports', () => {
  it('a manager reaches them from the clinic home', async () => {
    const { router } = renderRoute(`/clinics/${CLINIC_ID}`, { me: manager(), seed, apiClient: reportApi() });

    const card = await screen.findByRole('region', { name: 'Reports' });
    fireEvent.click(within(card).getByRole('link', { name: 'Open the reports' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(path));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
  });
});
