export { createReportsApi, type ReportsApi } from './reports-api';
export {
  downloadCsv,
  engagementReportQueryOptions,
  outcomesReportQueryOptions,
  REPORT_EXPORT_POLL_MS,
  type ReportExportHandle,
  type ReportExportState,
  reportKeys,
  type UseReportExportOptions,
  useEngagementReport,
  useOutcomesReport,
  useReportExport,
} from './use-reports';
