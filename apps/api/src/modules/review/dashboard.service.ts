import type { CaseloadEngagement, ClinicianDashboard } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { visibleClients } from '../clients/client-access';
import { listPrepTasks } from './prep-tasks.service';
import { iso, reviewAudit } from './review-access';
import { reviewItems } from './review-items';
import { listRiskAlerts } from './risk-alerts.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The engagement window of a caseload row. */
export const ENGAGEMENT_DAYS = 28;
/** Prep tasks due within this many days (or overdue) show on the dashboard. */
export const PREP_HORIZON_DAYS = 7;

interface CaseloadRow {
  id: string;
  name: string;
  next_session_at: Date | null;
  due: number;
  submitted: number;
  overdue: number;
  last_activity_at: Date | null;
  open_declines: number;
  open_risk_alerts: number;
}

/**
 * The clinician's start page: open risk alerts, what waits for review, their own prep tasks coming
 * up, and engagement at a glance for each active client they may see (admins: the clinic's).
 *
 * Engagement over the last 28 days (`now - 28d < due_at <= now`), set-based in one statement:
 * - due: every occurrence that fell due in the window, except those of assignments still only
 *   proposed (the client has not accepted them). A declined occurrence counts as due and not submitted;
 *   occurrences of assignments cancelled or paused later still count (they were due when they fell due).
 * - submitted: of those, the ones submitted or reviewed; completionRate = submitted ÷ due (null when
 *   nothing was due).
 * - overdue: of those, the ones still pending — both "overdue" (under a week) and "missed" (older).
 * - lastActivityAt: the latest submission, decline or draft save, at any time.
 * - openDeclines / openRiskAlerts: undiscussed declines and unacknowledged alerts, at any time.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async dashboard(member: ClinicMembership): Promise<ClinicianDashboard> {
    const m = this.db.manager();
    const now = this.clock.now();
    const riskAlerts = await listRiskAlerts(m, member, { status: 'open' });
    const { counts } = await reviewItems(m, member, { openOnly: true, riskFirst: true, limit: 0 });
    const [{ by }]: Array<{ by: string }> = await m.query(
      `SELECT to_char((($2::timestamptz AT TIME ZONE timezone)::date + ${PREP_HORIZON_DAYS}), 'YYYY-MM-DD') AS by
         FROM clinics WHERE id = $1`,
      [member.clinicId, now],
    );
    const prepTasksDue = await listPrepTasks(m, member, {
      status: 'open',
      dueSoon: { by, now, sessionBefore: new Date(now.getTime() + PREP_HORIZON_DAYS * DAY_MS) },
    });
    const caseload = await this.caseload(member, now);
    await this.audit.record(
      reviewAudit(member, 'dashboard.viewed', 'dashboard', null, {
        clients: caseload.length,
        riskAlerts: riskAlerts.length,
      }),
    );
    return { riskAlerts, reviewCounts: counts, prepTasksDue, caseload };
  }

  private async caseload(member: ClinicMembership, now: Date): Promise<CaseloadEngagement[]> {
    const rows: CaseloadRow[] = await this.db.manager().query(
      `WITH vis AS (
         SELECT c.id, c.name, c.next_session_at FROM clients c
          WHERE c.clinic_id = $1 AND c.status = 'active' AND ${visibleClients(member, 2)}
       ),
       occ AS (
         SELECT o.client_id,
                count(*)::int AS due,
                count(*) FILTER (WHERE o.status IN ('submitted', 'reviewed'))::int AS submitted,
                count(*) FILTER (WHERE o.status = 'pending')::int AS overdue
           FROM occurrences o
           JOIN vis ON vis.id = o.client_id
           JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
          WHERE o.clinic_id = $1 AND o.due_at > $3 AND o.due_at <= $4 AND a.status <> 'proposed'
          GROUP BY o.client_id
       ),
       drafts AS (
         SELECT o.client_id, max(o.draft_saved_at) AS at
           FROM occurrences o JOIN vis ON vis.id = o.client_id
          WHERE o.clinic_id = $1 AND o.draft_saved_at IS NOT NULL
          GROUP BY o.client_id
       ),
       subs AS (
         SELECT s.client_id, max(s.submitted_at) AS at
           FROM submissions s JOIN vis ON vis.id = s.client_id
          WHERE s.clinic_id = $1
          GROUP BY s.client_id
       ),
       decl AS (
         SELECT d.client_id, max(d.declined_at) AS at,
                count(*) FILTER (WHERE d.discussed_at IS NULL)::int AS open
           FROM declines d JOIN vis ON vis.id = d.client_id
          WHERE d.clinic_id = $1
          GROUP BY d.client_id
       ),
       alerts AS (
         SELECT r.client_id, count(*)::int AS open
           FROM risk_alerts r JOIN vis ON vis.id = r.client_id
          WHERE r.clinic_id = $1 AND r.acknowledged_at IS NULL
          GROUP BY r.client_id
       )
       SELECT vis.id, vis.name, vis.next_session_at,
              coalesce(occ.due, 0) AS due, coalesce(occ.submitted, 0) AS submitted,
              coalesce(occ.overdue, 0) AS overdue,
              greatest(subs.at, decl.at, drafts.at) AS last_activity_at,
              coalesce(decl.open, 0) AS open_declines, coalesce(alerts.open, 0) AS open_risk_alerts
         FROM vis
         LEFT JOIN occ ON occ.client_id = vis.id
         LEFT JOIN drafts ON drafts.client_id = vis.id
         LEFT JOIN subs ON subs.client_id = vis.id
         LEFT JOIN decl ON decl.client_id = vis.id
         LEFT JOIN alerts ON alerts.client_id = vis.id
        ORDER BY coalesce(alerts.open, 0) DESC, vis.next_session_at NULLS LAST, vis.name, vis.id`,
      [member.clinicId, member.membershipId, new Date(now.getTime() - ENGAGEMENT_DAYS * DAY_MS), now],
    );
    return rows.map((r) => ({
      client: { id: r.id, name: r.name, nextSessionAt: iso(r.next_session_at) },
      completionRate: r.due > 0 ? r.submitted / r.due : null,
      due: r.due,
      submitted: r.submitted,
      overdue: r.overdue,
      lastActivityAt: iso(r.last_activity_at),
      openDeclines: r.open_declines,
      openRiskAlerts: r.open_risk_alerts,
    }));
  }
}
