import {
  type CreateExportRequest,
  type EngagementQueryInput,
  type EngagementReport,
  EngagementReportSchema,
  type OutcomesQueryInput,
  type OutcomesReport,
  OutcomesReportSchema,
  type ReportExport,
  ReportExportSchema,
  type ReportName,
} from '@interlude/contracts';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';

/** Aggregate engagement and outcome reports (managers and admins: the clinic; clinicians: their caseload). */
export interface ReportsApi {
  /** `GET …/reports/engagement`. */
  getEngagementReport(
    clinicId: string,
    query: EngagementQueryInput,
    signal?: AbortSignal,
  ): Promise<EngagementReport>;
  /** `GET …/reports/outcomes`. */
  getOutcomesReport(
    clinicId: string,
    query: OutcomesQueryInput,
    signal?: AbortSignal,
  ): Promise<OutcomesReport>;
  /** `POST …/reports/{name}/exports`: a CSV built in the background. */
  startReportExport(clinicId: string, report: ReportName, body: CreateExportRequest): Promise<ReportExport>;
  /** `GET …/exports/{id}`: progress, and the CSV once done. */
  getReportExport(clinicId: string, exportId: string, signal?: AbortSignal): Promise<ReportExport>;
}

export function createReportsApi(http: HttpTransport): ReportsApi {
  const at = (clinicId: string, path: string) => `${clinicPath(clinicId)}/${path}`;
  return {
    getEngagementReport: (clinicId, query, signal) =>
      http.json(EngagementReportSchema, at(clinicId, 'reports/engagement'), { query: { ...query }, signal }),
    getOutcomesReport: (clinicId, query, signal) =>
      http.json(OutcomesReportSchema, at(clinicId, 'reports/outcomes'), { query: { ...query }, signal }),
    startReportExport: (clinicId, report, body) =>
      http.json(ReportExportSchema, at(clinicId, `reports/${encodeURIComponent(report)}/exports`), {
        method: 'POST',
        json: body,
      }),
    getReportExport: (clinicId, exportId, signal) =>
      http.json(ReportExportSchema, at(clinicId, `exports/${encodeURIComponent(exportId)}`), { signal }),
  };
}
