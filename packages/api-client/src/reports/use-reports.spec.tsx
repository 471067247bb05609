import type { ReportExport } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { ApiError } from '../http/api-error';
import { createFakeApiClient } from '../testing/fake-api-client';
import { downloadCsv, reportKeys, useEngagementReport, useReportExport } from './use-reports';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const exportId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e8001';

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { queryClient, wrapper };
}

const job = (overrides: Partial<ReportExport> = {}): ReportExport => ({
  id: exportId,
  report: 'engagement',
  status: 'queued',
  progress: 0,
  createdAt: '2026-07-01T12:00:00.000Z',
  finishedAt: null,
  fileName: null,
  csv: null,
  ...overrides,
});

describe('report queries', () => {
  it('ask for the engagement report under a clinic-scoped key per query', async () => {
    const getEngagementReport = jest.fn().mockResolvedValue({ totals: {} });
    const { wrapper, queryClient } = setup({ getEngagementReport });
    const query = { groupBy: 'clinician' as const, from: '2026-04-01' };

    const { result } = renderHook(() => useEngagementReport(clinicId, query), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(getEngagementReport).toHaveBeenCalledWith(clinicId, query, expect.anything());
    expect(queryClient.getQueryData(reportKeys.engagement(clinicId, query))).toEqual({ totals: {} });
    expect(reportKeys.engagement(clinicId, query)[0]).toBe(clinicId);
  });
});

describe('useReportExport', () => {
  it('starts the job, polls its progress until done, then downloads the CSV once', async () => {
    const startReportExport = jest.fn().mockResolvedValue(job());
    const getReportExport = jest
      .fn()
      .mockResolvedValueOnce(job({ status: 'running', progress: 40 }))
      .mockResolvedValue(
        job({ status: 'done', progress: 100, fileName: 'engagement.csv', csv: 'week,due\n2026-03-02,12\n' }),
      );
    const download = jest.fn();
    const { wrapper } = setup({ startReportExport, getReportExport });

    const { result } = renderHook(() => useReportExport(clinicId, { intervalMs: 10, download }), { wrapper });
    expect(result.current.state).toBe('idle');

    act(() => result.current.start('engagement', { from: '2026-04-01', groupBy: 'week' }));
    expect(result.current.state).toBe('running');
    await waitFor(() => expect(result.current.state).toBe('done'));

    expect(startReportExport).toHaveBeenCalledWith(clinicId, 'engagement', {
      from: '2026-04-01',
      groupBy: 'week',
    });
    expect(getReportExport).toHaveBeenCalledWith(clinicId, exportId, expect.anything());
    expect(result.current.progress).toBe(100);
    expect(download).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledWith('week,due\n2026-03-02,12\n', 'engagement.csv');

    // No more polling once done.
    const calls = getReportExport.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getReportExport).toHaveBeenCalledTimes(calls);
  });

  it('reports a failed job, and retries the same request', async () => {
    const startReportExport = jest
      .fn()
      .mockResolvedValueOnce(job({ status: 'failed', progress: 20 }))
      .mockResolvedValue(job({ id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e8002', status: 'queued' }));
    const getReportExport = jest.fn().mockResolvedValue(
      job({
        id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e8002',
        status: 'done',
        progress: 100,
        fileName: 'outcomes.csv',
        csv: 'band\n',
      }),
    );
    const download = jest.fn();
    const { wrapper } = setup({ startReportExport, getReportExport });

    const { result } = renderHook(() => useReportExport(clinicId, { intervalMs: 10, download }), { wrapper });
    act(() => result.current.start('outcomes', { measure: 'phq9' }));
    await waitFor(() => expect(result.current.state).toBe('failed'));
    expect(result.current.error).toBeNull();
    expect(download).not.toHaveBeenCalled();

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state).toBe('done'));
    expect(startReportExport).toHaveBeenCalledTimes(2);
    expect(startReportExport).toHaveBeenLastCalledWith(clinicId, 'outcomes', { measure: 'phq9' });
    expect(download).toHaveBeenCalledWith('band\n', 'outcomes.csv');
  });

  it('says so when the job cannot be started', async () => {
    const refused = ApiError.network(new TypeError('fetch failed'));
    const startReportExport = jest.fn().mockRejectedValue(refused);
    const { wrapper } = setup({ startReportExport });

    const { result } = renderHook(() => useReportExport(clinicId, { intervalMs: 10, download: jest.fn() }), {
      wrapper,
    });
    act(() => result.current.start('engagement', {}));
    await waitFor(() => expect(result.current.state).toBe('failed'));
    expect(result.current.error).toBe(refused);
  });
});

describe('downloadCsv', () => {
  it('saves the CSV through a temporary object URL under the given file name', () => {
    const createObjectURL = jest.fn().mockReturnValue('blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('engagement.csv');
      expect(this.href).toBe('blob:report');
    });
    jest.useFakeTimers();
    try {
      downloadCsv('a,b\n1,2\n', 'engagement.csv');
      expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
      expect((createObjectURL.mock.calls[0][0] as Blob).type).toBe('text/csv;charset=utf-8');
      expect(click).toHaveBeenCalledTimes(1);
      expect(document.querySelector('a[download]')).toBeNull();
      jest.runAllTimers();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
    } finally {
      jest.useRealTimers();
      click.mockRestore();
    }
  });
});
