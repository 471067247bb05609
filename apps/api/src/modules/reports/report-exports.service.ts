import {
  type CreateExportRequest,
  type EngagementCells,
  EngagementQuerySchema,
  type OutcomeCells,
  OutcomesQuerySchema,
  type ReportCell,
  type ReportExport,
  ReportNameSchema,
} from '@interlude/contracts';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound } from '../../platform/errors/problem';
import type { JobData } from '../../platform/queue/job';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { Outbox } from '../../platform/queue/outbox';
import { ReportsService, scopeOf } from './reports.service';
import { REPORT_EXPORT_TOPIC } from './rollup-topics';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL rows
type Row = Record<string, any>;

const fieldErrors = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

/** A CSV field: suppressed cells read "suppressed"; text is quoted when it needs to be. */
const csvValue = (v: ReportCell | string | number | null): string => {
  if (v !== null && typeof v === 'object') return v.suppressed ? 'suppressed' : csvValue(v.value);
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const csvLines = (rows: Array<Array<ReportCell | string | number | null>>) =>
  `${rows.map((r) => r.map(csvValue).join(',')).join('\r\n')}\r\n`;

const toExport = (r: Row): ReportExport => ({
  id: r.id,
  report: r.report,
  status: r.status,
  progress: r.progress,
  createdAt: new Date(r.created_at).toISOString(),
  finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  fileName: r.file_name,
  csv: r.status === 'done' ? r.csv : null,
});

/**
 * CSV exports of the reports, built by a job: the request stores the filters (ids and codes only)
 * and an outbox event `report.export` {exportId}; the handler runs the report as the requester,
 * always with small-cell suppression (spec §5: exports are suppressed), and stores the CSV with its
 * progress. Only the requester or an admin may read an export; anyone else gets 404.
 */
@Injectable()
export class ReportExportsService implements OnModuleInit {
  private readonly logger = new Logger('ReportExports');

  constructor(
    private readonly db: TenantDatabase,
    private readonly reports: ReportsService,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register(REPORT_EXPORT_TOPIC, (data) => this.run(data));
  }

  async request(member: ClinicMembership, name: string, body: CreateExportRequest): Promise<ReportExport> {
    const report = ReportNameSchema.safeParse(name);
    if (!report.success) throw invalid([{ path: 'name', message: 'Choose engagement or outcomes' }]);
    const filters = parseFilters(report.data, body);
    const id = uuidv7();
    const [row] = await this.db.manager().query(
      `INSERT INTO report_exports (clinic_id, id, requested_by, report, filters, scope, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        member.clinicId,
        id,
        member.membershipId,
        report.data,
        JSON.stringify(filters),
        scopeOf(member),
        this.clock.now(),
      ],
    );
    await this.outbox.add(REPORT_EXPORT_TOPIC, { exportId: id });
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'report_export.requested',
      resourceType: 'report_export',
      resourceId: id,
      details: { report: report.data, scope: scopeOf(member) },
    });
    return toExport(row);
  }

  async get(member: ClinicMembership, exportId: string): Promise<ReportExport> {
    if (!/^[0-9a-f-]{36}$/i.test(exportId)) throw notFound('export');
    const [row] = await this.db.manager().query(
      `SELECT * FROM report_exports WHERE clinic_id = $1 AND id = $2
          AND (requested_by = $3 OR $4::boolean)`,
      [member.clinicId, exportId, member.membershipId, member.roles.includes('admin')],
    );
    if (!row) throw notFound('export');
    if (row.status === 'done') {
      await this.audit.record({
        clinicId: member.clinicId,
        actorUserId: member.userId,
        action: 'report_export.downloaded',
        resourceType: 'report_export',
        resourceId: exportId,
      });
    }
    return toExport(row);
  }

  /** The job: builds the CSV as the requester (their scope at run time), suppressed. */
  async run({ clinicId, ids }: JobData): Promise<void> {
    const exportId = ids.exportId;
    const job = await this.db.inClinic(clinicId, async (m) => {
      const [rows] = await m.query(
        `UPDATE report_exports e SET status = 'running', progress = 10
          WHERE clinic_id = $1 AND id = $2 AND status IN ('queued', 'running')
          RETURNING e.*, (SELECT roles FROM memberships WHERE clinic_id = e.clinic_id AND id = e.requested_by
                                                          AND status = 'active') AS roles,
                    (SELECT user_id FROM memberships WHERE clinic_id = e.clinic_id AND id = e.requested_by) AS user_id`,
        [clinicId, exportId],
      );
      return rows[0] as Row | undefined;
    });
    if (!job?.id) return;
    try {
      const member: ClinicMembership = {
        clinicId,
        membershipId: job.requested_by,
        userId: job.user_id,
        roles: job.roles ?? [],
      };
      if (!['admin', 'manager', 'clinician'].some((r) => member.roles.includes(r as never))) {
        throw new Error('The requester may no longer read reports');
      }
      const csv = await this.db.inClinic(clinicId, () => this.render(member, job.report, job.filters));
      await this.progress(clinicId, exportId, 90);
      const fileName = `${job.report}-${this.clock.now().toISOString().slice(0, 10)}.csv`;
      await this.db.inClinic(clinicId, (m) =>
        m.query(
          `UPDATE report_exports SET status = 'done', progress = 100, csv = $3, file_name = $4, finished_at = $5
            WHERE clinic_id = $1 AND id = $2`,
          [clinicId, exportId, csv, fileName, this.clock.now()],
        ),
      );
    } catch (error) {
      this.logger.warn({ exportId, err: (error as Error).message }, 'Export failed');
      await this.db.inClinic(clinicId, (m) =>
        m.query(
          `UPDATE report_exports SET status = 'failed', finished_at = $3, error = 'The export could not be built'
            WHERE clinic_id = $1 AND id = $2`,
          [clinicId, exportId, this.clock.now()],
        ),
      );
    }
  }

  private progress(clinicId: string, exportId: string, progress: number) {
    return this.db.inClinic(clinicId, (m) =>
      m.query('UPDATE report_exports SET progress = $3 WHERE clinic_id = $1 AND id = $2', [
        clinicId,
        exportId,
        progress,
      ]),
    );
  }

  private async render(member: ClinicMembership, report: string, filters: Row): Promise<string> {
    if (report === 'engagement') {
      const r = await this.reports.engagement(member, EngagementQuerySchema.parse(filters), {
        suppress: true,
      });
      const header = [
        'section',
        'key',
        'label',
        'clients',
        'due',
        'submitted',
        'on_time',
        'completion_rate',
        'on_time_rate',
        'declined',
        'declined_not_relevant',
        'declined_too_hard',
        'declined_not_safe',
        'declined_no_time',
        'declined_other',
        'missed',
        'median_hours_late',
        'active_clients',
      ];
      const line = (section: string, key: string, label: string, c: EngagementCells) => [
        section,
        key,
        label,
        c.clients,
        c.due,
        c.submitted,
        c.onTime,
        c.completionRate,
        c.onTimeRate,
        c.declined,
        c.declinedByReason.not_relevant,
        c.declinedByReason.too_hard,
        c.declinedByReason.not_safe,
        c.declinedByReason.no_time,
        c.declinedByReason.other,
        c.missed,
        c.medianHoursLate,
        c.activeClients,
      ];
      return csvLines([
        header,
        line('total', '', `${r.from} to ${r.to}`, r.totals),
        ...r.groups.map((g) => line(r.groupBy, g.key, g.label, g.cells)),
        ...r.weekly.map((w) => line('week', w.weekStart, `Week of ${w.weekStart}`, w.cells)),
      ]);
    }
    const r = await this.reports.outcomes(member, OutcomesQuerySchema.parse(filters), { suppress: true });
    const header = [
      'section',
      'key',
      'label',
      'clients',
      'scores',
      'reliable_improvement',
      'reliable_deterioration',
      'no_reliable_change',
      'case_at_start',
      'recovery',
      'reliable_recovery',
      'mean_first',
      'mean_last',
    ];
    const line = (section: string, key: string, label: string, c: OutcomeCells) => [
      section,
      key,
      label,
      c.clients,
      c.scores,
      c.reliableImprovement,
      c.reliableDeterioration,
      c.noReliableChange,
      c.caseAtStart,
      c.recovery,
      c.reliableRecovery,
      c.meanFirst,
      c.meanLast,
    ];
    return csvLines([
      header,
      line('total', '', `${r.measure} ${r.from} to ${r.to}`, r.totals),
      ...r.groups.map((g) => line(r.groupBy, g.key, g.label, g.cells)),
    ]);
  }
}

/** The export's filters, checked against the report's own query schema (400 naming the field). */
function parseFilters(report: 'engagement' | 'outcomes', body: CreateExportRequest): Record<string, unknown> {
  const { kind, measure, ...common } = body;
  if (report === 'engagement') {
    if (measure !== undefined)
      throw invalid([{ path: 'measure', message: 'Engagement reports have no measure' }]);
    const parsed = EngagementQuerySchema.safeParse({ ...common, ...(kind ? { kind } : {}) });
    if (!parsed.success) throw invalid(fieldErrors(parsed.error));
    return parsed.data;
  }
  if (kind !== undefined) throw invalid([{ path: 'kind', message: 'Outcome reports have no homework kind' }]);
  const parsed = OutcomesQuerySchema.safeParse({ ...common, ...(measure ? { measure } : {}) });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  return parsed.data;
}
