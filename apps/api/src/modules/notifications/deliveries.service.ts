import type { Delivery, DeliveryHealth, DeliveryList, DeliveryListQuery } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { isTimestamp, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';
import { MAIL_TOPIC } from '../../platform/mail/mail.service';
import { BullmqDispatcher } from '../../platform/queue/bullmq-dispatcher';
import { JobDispatcher } from '../../platform/queue/job-dispatcher';
import { JobSchedulers } from '../../platform/queue/job-schedulers';
import { Outbox } from '../../platform/queue/outbox';

interface MailRow {
  id: string;
  kind: Delivery['kind'];
  to_address: string;
  subject: string;
  status: Delivery['status'];
  attempts: number;
  permanent: boolean;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const COLUMNS = 'id, kind, to_address, subject, status, attempts, permanent, last_error, created_at, sent_at';

const toDelivery = (r: MailRow): Delivery => ({
  id: r.id,
  kind: r.kind,
  to: r.to_address,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  permanent: r.permanent,
  lastError: r.last_error,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});

/** The admin's view of this clinic's email: what failed and why, a retry, and the queue's health. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly dispatcher: JobDispatcher,
    private readonly schedulers: JobSchedulers,
  ) {}

  async list(member: ClinicMembership, query: DeliveryListQuery): Promise<DeliveryList> {
    const after = decodeCursor(query.cursor, [isTimestamp, isUuid]);
    const rows: MailRow[] = await this.db.manager().query(
      `SELECT ${COLUMNS} FROM mail_messages
        WHERE clinic_id = $1 AND status = $2
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [member.clinicId, query.status, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
    );
    const { items, nextCursor } = page(rows, query.limit, (r) => [r.created_at.toISOString(), r.id]);
    return { items: items.map(toDelivery), nextCursor };
  }

  /** Sends a failed message again from the start (a fresh set of attempts); anything else is a 409. */
  async retry(member: ClinicMembership, id: string): Promise<Delivery> {
    if (!isUuid(id)) throw notFound('delivery');
    const m = this.db.manager();
    const [[row]]: [MailRow[], number] = await m.query(
      `UPDATE mail_messages SET status = 'pending', attempts = 0, permanent = false, last_error = NULL, failed_at = NULL
        WHERE clinic_id = $1 AND id = $2 AND status = 'failed' RETURNING ${COLUMNS}`,
      [member.clinicId, id],
    );
    if (!row) {
      const [exists] = await m.query('SELECT status FROM mail_messages WHERE clinic_id = $1 AND id = $2', [
        member.clinicId,
        id,
      ]);
      if (!exists) throw notFound('delivery');
      throw new ProblemException(409, `Only a failed delivery can be retried; this one is ${exists.status}.`);
    }
    await this.outbox.add(MAIL_TOPIC, { mailId: id });
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'delivery.retried',
      resourceType: 'mail_message',
      resourceId: id,
    });
    return toDelivery(row);
  }

  async health(member: ClinicMembership): Promise<DeliveryHealth> {
    const [clinic] = await this.db.manager().query(
      `SELECT (SELECT count(*)::int FROM outbox_events WHERE clinic_id = $1 AND relayed_at IS NULL) AS pending_events,
              count(*) FILTER (WHERE status = 'pending')::int AS pending_emails,
              count(*) FILTER (WHERE status = 'failed')::int AS failed_emails,
              count(*) FILTER (WHERE status = 'sent' AND sent_at > now() - interval '24 hours')::int AS sent_last_24h
         FROM mail_messages WHERE clinic_id = $1`,
      [member.clinicId],
    );
    return {
      queue: await queueDepth(this.dispatcher),
      clinic: {
        pendingEvents: clinic.pending_events,
        pendingEmails: clinic.pending_emails,
        failedEmails: clinic.failed_emails,
        sentLast24h: clinic.sent_last_24h,
      },
      schedulers: await this.schedulers.lastRuns(),
    };
  }
}

/** The queue's depth across the service (counts only); nulls when Redis does not answer. */
export async function queueDepth(dispatcher: JobDispatcher): Promise<DeliveryHealth['queue']> {
  const unknown = { waiting: null, active: null, delayed: null, failed: null };
  if (!(dispatcher instanceof BullmqDispatcher)) return { state: 'up', driver: 'inline', ...unknown };
  const counts = await dispatcher.jobCounts();
  return counts
    ? { state: 'up', driver: 'bullmq', ...counts }
    : { state: 'down', driver: 'bullmq', ...unknown };
}
