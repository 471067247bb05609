import type { AcknowledgeRiskAlertRequest, RiskAlert, RiskAlertQuery } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { visibleClients } from '../clients/client-access';
import { iso, requireUuid, reviewAudit } from './review-access';
import { ITEM_LIMIT } from './review-items';

interface AlertRow {
  id: string;
  client_id: string;
  client_name: string;
  source: RiskAlert['source'];
  severity: RiskAlert['severity'];
  item_answer: number;
  submission_id: string;
  created_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  note: string | null;
}

const toAlert = (r: AlertRow): RiskAlert => ({
  id: r.id,
  client: { id: r.client_id, name: r.client_name },
  source: r.source,
  severity: r.severity,
  itemAnswer: r.item_answer,
  submissionId: r.submission_id,
  createdAt: r.created_at.toISOString(),
  acknowledgedAt: iso(r.acknowledged_at),
  acknowledgedBy: r.acknowledged_by_name,
  note: r.note,
});

/**
 * Risk alerts of the clients the member may see, newest first (at most {@link ITEM_LIMIT}). Shared by
 * the alert list and the dashboard.
 */
export async function listRiskAlerts(
  m: EntityManager,
  member: ClinicMembership,
  query: { status: RiskAlertQuery['status']; clientId?: string; alertId?: string },
): Promise<RiskAlert[]> {
  const rows: AlertRow[] = await m.query(
    `SELECT r.id, r.client_id, c.name AS client_name, r.source, r.severity, r.item_answer, r.submission_id,
            r.created_at, r.acknowledged_at, au.name AS acknowledged_by_name, r.note
       FROM risk_alerts r
       JOIN clients c ON c.clinic_id = r.clinic_id AND c.id = r.client_id
       LEFT JOIN memberships am ON am.clinic_id = r.clinic_id AND am.id = r.acknowledged_by
       LEFT JOIN users au ON au.id = am.user_id
      WHERE r.clinic_id = $1 AND ${visibleClients(member, 2)}
        AND ($3::uuid IS NULL OR r.client_id = $3)
        AND ($4::uuid IS NULL OR r.id = $4)
        AND ($5 = 'all' OR ($5 = 'open') = (r.acknowledged_at IS NULL))
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT ${ITEM_LIMIT}`,
    [member.clinicId, member.membershipId, query.clientId ?? null, query.alertId ?? null, query.status],
  );
  return rows.map(toAlert);
}

/** PHQ-9 item 9 alerts: listed for the caseload, acknowledged once with what the clinician did. */
@Injectable()
export class RiskAlertsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(member: ClinicMembership, query: RiskAlertQuery): Promise<{ items: RiskAlert[] }> {
    const items = await listRiskAlerts(this.db.manager(), member, query);
    await this.audit.record(
      reviewAudit(member, 'risk_alerts.listed', 'risk_alert', null, {
        status: query.status,
        count: items.length,
        clientIds: [...new Set(items.map((a) => a.client.id))],
      }),
    );
    return { items };
  }

  async acknowledge(
    member: ClinicMembership,
    alertId: string,
    input: AcknowledgeRiskAlertRequest,
  ): Promise<RiskAlert> {
    requireUuid(alertId, 'risk alert');
    const m = this.db.manager();
    const [row]: Array<{ id: string; client_id: string; acknowledged_at: Date | null }> = await m.query(
      `SELECT r.id, r.client_id, r.acknowledged_at
         FROM risk_alerts r
         JOIN clients c ON c.clinic_id = r.clinic_id AND c.id = r.client_id
        WHERE r.clinic_id = $1 AND r.id = $2 AND ${visibleClients(member, 3)}
        FOR UPDATE OF r`,
      [member.clinicId, alertId, member.membershipId],
    );
    if (!row) throw notFound('risk alert');
    if (row.acknowledged_at) {
      throw new ProblemException(409, 'This risk alert was already acknowledged.', {
        code: 'already_acknowledged',
      });
    }
    await m.query(
      `UPDATE risk_alerts SET acknowledged_at = $3, acknowledged_by = $4, note = $5
        WHERE clinic_id = $1 AND id = $2`,
      [member.clinicId, row.id, this.clock.now(), member.membershipId, input.note],
    );
    await this.audit.record(
      reviewAudit(member, 'risk_alert.acknowledged', 'risk_alert', row.id, { clientId: row.client_id }),
    );
    const [alert] = await listRiskAlerts(m, member, { status: 'all', alertId: row.id });
    return alert;
  }
}
