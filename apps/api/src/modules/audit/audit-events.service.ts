import type { AuditEvent, AuditQuery } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { isTimestamp, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: AuditEvent['outcome'];
  request_id: string | null;
  ip: string | null;
}

@Injectable()
export class AuditEventsService {
  constructor(private readonly db: TenantDatabase) {}

  /** Newest first, keyset-paginated on (occurred_at, id). */
  async list(query: AuditQuery) {
    const after = decodeCursor(query.cursor, [isTimestamp, isUuid]);
    const params: unknown[] = [this.db.clinicId(), query.limit + 1];
    const where = ['a.clinic_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) add('a.action = ?', query.action);
    if (query.actorId) add('a.actor_user_id = ?', query.actorId);
    if (query.outcome) add('a.outcome = ?', query.outcome);
    if (query.from) add('a.occurred_at >= ?', query.from);
    if (query.to) add('a.occurred_at < ?', query.to);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(a.occurred_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: AuditRow[] = await this.db.manager().query(
      `SELECT a.id, a.occurred_at, a.actor_user_id, u.name AS actor_name, a.action, a.resource_type, a.resource_id,
              a.outcome, a.request_id, a.ip
         FROM audit_events a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE ${where.join(' AND ')} ORDER BY a.occurred_at DESC, a.id DESC LIMIT $2`,
      params,
    );
    const result = page(rows, query.limit, (r) => [r.occurred_at.toISOString(), r.id]);
    return {
      nextCursor: result.nextCursor,
      items: result.items.map(
        (r): AuditEvent => ({
          id: r.id,
          occurredAt: r.occurred_at.toISOString(),
          actor: r.actor_user_id ? { userId: r.actor_user_id, name: r.actor_name ?? '' } : null,
          action: r.action,
          resourceType: r.resource_type,
          resourceId: r.resource_id,
          outcome: r.outcome,
          requestId: r.request_id,
          ip: r.ip,
        }),
      ),
    };
  }
}
