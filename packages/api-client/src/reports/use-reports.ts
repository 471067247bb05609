import type {
  CreateExportRequest,
  EngagementQueryInput,
  OutcomesQueryInput,
  ReportExport,
  ReportName,
} from '@interlude/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { clinicScopedKeys } from '../query-keys';

const reports = clinicScopedKeys('reports');

/** Reports of one clinic, by name and query; export jobs by id. */
export const reportKeys = {
  ...reports,
  engagement: (clinicId: string, query: EngagementQueryInput) =>
    [...reports.all(clinicId), 'engagement', query] as const,
  outcomes: (clinicId: string, query: OutcomesQueryInput) =>
    [...reports.all(clinicId), 'outcomes', query] as const,
  exportJob: (clinicId: string, exportId: string) => [...reports.all(clinicId), 'exports', exportId] as const,
};

export const engagementReportQueryOptions = (
  client: ApiClient,
  clinicId: string,
  query: EngagementQueryInput = {},
) =>
  queryOptions({
    queryKey: reportKeys.engagement(clinicId, query),
    queryFn: ({ signal }) => client.getEngagementReport(clinicId, query, signal),
  });

export const outcomesReportQueryOptions = (
  client: ApiClient,
  clinicId: string,
  query: OutcomesQueryInput = {},
) =>
  queryOptions({
    queryKey: reportKeys.outcomes(clinicId, query),
    queryFn: ({ signal }) => client.getOutcomesReport(clinicId, query, signal),
  });

/**
 * Engagement for a period and grouping. While other filters load, the previous figures stay on screen
 * (`isPlaceholderData`), so the page does not jump back to a skeleton on every change.
 */
export function useEngagementReport(clinicId: string, query: EngagementQueryInput = {}) {
  return useQuery({
    ...engagementReportQueryOptions(useApiClient(), clinicId, query),
    placeholderData: keepPreviousData,
  });
}

/** Outcomes (PHQ-9 or GAD-7, first vs last score) for a period and grouping. */
export function useOutcomesReport(clinicId: string, query: OutcomesQueryInput = {}) {
  return useQuery({
    ...outcomesReportQueryOptions(useApiClient(), clinicId, query),
    placeholderData: keepPreviousData,
  });
}

/** Saves `csv` as a file: a Blob behind a temporary object URL, clicked through a hidden link. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const REPORT_EXPORT_POLL_MS = 1000;

export interface UseReportExportOptions {
  /** How often to ask for progress while the job runs (ms). */
  intervalMs?: number;
  /** Called once with the CSV when the job is done; saves it as a file by default. */
  download?: (csv: string, fileName: string) => void;
}

export type ReportExportState = 'idle' | 'running' | 'done' | 'failed';

export interface ReportExportHandle {
  /** Starts a new export job (any earlier one is forgotten). */
  start: (report: ReportName, body: CreateExportRequest) => void;
  /** Starts the last job again, after a failure. */
  retry: () => void;
  /** Back to idle. */
  reset: () => void;
  state: ReportExportState;
  /** 0–100 while running; 100 when done. */
  progress: number;
  /** The job as the API last described it. */
  job: ReportExport | undefined;
  /** The request that failed (starting or polling), if any; a job the server failed has none. */
  error: unknown;
}

/**
 * A CSV export: `POST …/reports/{name}/exports`, then `GET …/exports/{id}` every second until the job
 * is done or failed; once done, the CSV is downloaded (once) under the file name the API chose.
 */
export function useReportExport(clinicId: string, options: UseReportExportOptions = {}): ReportExportHandle {
  const { intervalMs = REPORT_EXPORT_POLL_MS, download = downloadCsv } = options;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [exportId, setExportId] = useState<string | null>(null);
  // Set at once on start, so the progress shows before the POST has answered.
  const [requested, setRequested] = useState(false);
  const lastRequest = useRef<{ report: ReportName; body: CreateExportRequest } | null>(null);
  const downloaded = useRef(new Set<string>());

  const starting = useMutation({
    mutationFn: ({ report, body }: { report: ReportName; body: CreateExportRequest }) =>
      client.startReportExport(clinicId, report, body),
    onSuccess: (job) => {
      queryClient.setQueryData(reportKeys.exportJob(clinicId, job.id), job);
      setExportId(job.id);
    },
  });

  const polling = useQuery({
    queryKey: reportKeys.exportJob(clinicId, exportId ?? ''),
    queryFn: ({ signal }) => client.getReportExport(clinicId, exportId ?? '', signal),
    enabled: exportId !== null,
    // The job is seeded by the POST; only the interval asks again.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
    refetchInterval: (query) => {
      if (query.state.status === 'error') return false;
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : intervalMs;
    },
  });

  const job = exportId ? polling.data : undefined;

  useEffect(() => {
    if (job?.status !== 'done' || downloaded.current.has(job.id)) return;
    downloaded.current.add(job.id);
    download(job.csv ?? '', job.fileName ?? `${job.report}-report.csv`);
  }, [job, download]);

  const { mutate, reset: resetMutation } = starting;
  const start = useCallback(
    (report: ReportName, body: CreateExportRequest) => {
      lastRequest.current = { report, body };
      setExportId(null);
      setRequested(true);
      mutate({ report, body });
    },
    [mutate],
  );
  const retry = useCallback(() => {
    if (lastRequest.current) start(lastRequest.current.report, lastRequest.current.body);
  }, [start]);
  const reset = useCallback(() => {
    setExportId(null);
    setRequested(false);
    resetMutation();
  }, [resetMutation]);

  let state: ReportExportState = 'idle';
  let error: unknown = null;
  if (starting.isError) {
    state = 'failed';
    error = starting.error;
  } else if (exportId) {
    if (polling.isError) {
      state = 'failed';
      error = polling.error;
    } else if (job?.status === 'failed') state = 'failed';
    else if (job?.status === 'done') state = 'done';
    else state = 'running';
  } else if (requested) {
    state = 'running';
  }

  const progress = state === 'done' ? 100 : Math.max(0, Math.min(100, job?.progress ?? 0));
  return { start, retry, reset, state, progress, job, error };
}
