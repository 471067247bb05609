import type { NotificationList, NotificationListQuery, UnreadCount } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/problem';
import { isTimestamp, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';
import { type NotificationRow, renderNotification } from './notification-words';

/** The signed-in person's own in-app notifications in this clinic; no one reads another's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
  ) {}

  async list(member: ClinicMembership, query: NotificationListQuery): Promise<NotificationList> {
    const m = this.db.manager();
    const after = decodeCursor(query.cursor, [isTimestamp, isUuid]);
    const rows: NotificationRow[] = await m.query(
      `SELECT id, kind, subject_id, data, created_at, read_at FROM notifications
        WHERE clinic_id = $1 AND recipient_id = $2
          AND ($3::boolean IS NOT TRUE OR read_at IS NULL)
          AND ($4::timestamptz IS NULL OR (created_at, id) < ($4, $5::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $6`,
      [
        member.clinicId,
        member.membershipId,
        query.unread === 'true',
        after?.[0] ?? null,
        after?.[1] ?? null,
        query.limit + 1,
      ],
    );
    const { items, nextCursor } = page(rows, query.limit, (r) => [r.created_at.toISOString(), r.id]);
    const { unreadCount } = await this.unread(member);
    // Reminders name the client's own homework by id: reading them is a read of client data.
    if (member.roles.includes('client') && items.length > 0) {
      await this.audit.record({
        clinicId: member.clinicId,
        actorUserId: member.userId,
        action: 'notifications.viewed',
        resourceType: 'notification',
        resourceId: null,
        details: { count: items.length },
      });
    }
    return { items: items.map((r) => renderNotification(r, member.clinicId)), nextCursor, unreadCount };
  }

  async markRead(member: ClinicMembership, id: string): Promise<UnreadCount> {
    if (!isUuid(id)) throw notFound('notification');
    const [updated]: [unknown[], number] = await this.db.manager().query(
      `UPDATE notifications SET read_at = coalesce(read_at, now())
        WHERE clinic_id = $1 AND recipient_id = $2 AND id = $3 RETURNING id`,
      [member.clinicId, member.membershipId, id],
    );
    if (updated.length === 0) throw notFound('notification');
    return this.unread(member);
  }

  async markAllRead(member: ClinicMembership): Promise<UnreadCount> {
    await this.db
      .manager()
      .query(
        'UPDATE notifications SET read_at = now() WHERE clinic_id = $1 AND recipient_id = $2 AND read_at IS NULL',
        [member.clinicId, member.membershipId],
      );
    return { unreadCount: 0 };
  }

  private async unread(member: ClinicMembership): Promise<UnreadCount> {
    const [{ n }] = await this.db
      .manager()
      .query(
        'SELECT count(*)::int AS n FROM notifications WHERE clinic_id = $1 AND recipient_id = $2 AND read_at IS NULL',
        [member.clinicId, member.membershipId],
      );
    return { unreadCount: n };
  }
}
