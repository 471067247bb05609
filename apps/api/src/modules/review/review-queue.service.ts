import type { ReviewQueue, ReviewQueueQuery, Score } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/problem';
import { findVisibleClient, reviewAudit } from './review-access';
import { reviewItems } from './review-items';
import { SCORE_COLUMNS, type ScoreRow, toScore } from './scores';

/** What waits for a clinician, one client's homework timeline, and their questionnaire scores. */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Open risk alerts first, then unreviewed submissions and undiscussed declines, newest first. A
   * `clientId` outside the caller's caseload simply matches nothing (like any other filter).
   */
  async queue(member: ClinicMembership, query: ReviewQueueQuery): Promise<ReviewQueue> {
    const result = await reviewItems(this.db.manager(), member, {
      openOnly: true,
      riskFirst: true,
      clientId: query.clientId,
      type: query.type,
    });
    await this.audit.record(
      reviewAudit(member, 'review_queue.viewed', 'review_queue', null, {
        count: result.items.length,
        clientIds: [...new Set(result.items.map((i) => i.client.id))],
      }),
    );
    return result;
  }

  /** The client's submissions, declines and risk alerts, whatever their state, newest first. */
  async activity(member: ClinicMembership, clientId: string): Promise<ReviewQueue> {
    const m = this.db.manager();
    const client = await findVisibleClient(m, member, clientId);
    if (!client) throw notFound('client');
    const result = await reviewItems(m, member, { openOnly: false, riskFirst: false, clientId: client.id });
    await this.audit.record(
      reviewAudit(member, 'client.activity_viewed', 'client', client.id, { count: result.items.length }),
    );
    return result;
  }

  async scores(member: ClinicMembership, clientId: string): Promise<{ items: Score[] }> {
    const m = this.db.manager();
    const client = await findVisibleClient(m, member, clientId);
    if (!client) throw notFound('client');
    const rows: ScoreRow[] = await m.query(
      `SELECT ${SCORE_COLUMNS} FROM measure_scores ms
        WHERE ms.clinic_id = $1 AND ms.client_id = $2
        ORDER BY ms.scored_at, ms.id`,
      [member.clinicId, client.id],
    );
    await this.audit.record(
      reviewAudit(member, 'scores.viewed', 'client', client.id, { count: rows.length }),
    );
    return { items: rows.map(toScore) };
  }
}
