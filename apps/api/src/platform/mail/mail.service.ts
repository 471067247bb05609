import type { DeliveryKind } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../database/tenant-database';
import { Outbox } from '../queue/outbox';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the message is, for the admin's delivery screen. Defaults to `account`. */
  kind?: DeliveryKind;
  /**
   * One message per key, ever: a second `queue` with the same key in the clinic is a no-op. Keys name
   * the recipient, the subject and the kind, e.g. `reminder:due_soon:<occurrence>:<membership>`.
   */
  dedupeKey?: string;
  /** The client a reminder is for, with the digest of its one-click unsubscribe token and the link. */
  clientId?: string;
  unsubscribeDigest?: Buffer;
  unsubscribeUrl?: string;
}

export const MAIL_TOPIC = 'mail.send';

/**
 * Queues email with the change that caused it: messages are stored in the clinic's transaction and
 * only their ids travel through the outbox and Redis.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
  ) {}

  /** Queues one message; resolves with its id, or null when its dedupe key was already used. */
  async queue(mail: OutgoingMail): Promise<string | null> {
    const [id] = await this.queueMany([mail]);
    return id ?? null;
  }

  /** Queues many in three statements; resolves with the ids of those not already queued under their key. */
  async queueMany(mails: OutgoingMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const ids = mails.map(() => uuidv7());
    const rows: Array<{ id: string }> = await this.db.manager().query(
      `INSERT INTO mail_messages (clinic_id, id, to_address, subject, text_body, html_body, kind, dedupe_key,
                                  client_id, unsubscribe_digest, unsubscribe_url)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                $8::text[], $9::uuid[], $10::bytea[], $11::text[])
       ON CONFLICT (clinic_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        this.db.clinicId(),
        ids,
        mails.map((m) => m.to),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => m.html),
        mails.map((m) => m.kind ?? 'account'),
        mails.map((m) => m.dedupeKey ?? null),
        mails.map((m) => m.clientId ?? null),
        mails.map((m) => m.unsubscribeDigest ?? null),
        mails.map((m) => m.unsubscribeUrl ?? null),
      ],
    );
    const queued = rows.map((r) => r.id);
    await this.outbox.addMany(
      MAIL_TOPIC,
      queued.map((mailId) => ({ mailId })),
    );
    return queued;
  }
}
