import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TenantDatabase } from '../database/tenant-database';
import type { JobData } from '../queue/job';
import { JobHandlers } from '../queue/job-handlers';
import { ClinicBatcher } from './clinic-batcher';
import { MAIL_TOPIC } from './mail.service';

/** The queue's attempts for one event (BullmqDispatcher): after the last temporary failure, it is failed. */
export const MAIL_MAX_ATTEMPTS = 8;
/**
 * Eight attempts with exponential backoff from one second take about four minutes. A message still
 * pending long after that was lost by the queue (its job stalled repeatedly, or its own bookkeeping
 * failed on every attempt) and is failed, so the admin sees it and can retry it.
 */
export const LOST_MAIL_AFTER_MS = 60 * 60_000;
export const LOST_MAIL_REASON = 'Not sent within an hour: the sending job was lost. Retry to send it again.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: string;
  attempts: number;
  unsubscribe_url: string | null;
  clinic_name: string;
}

/**
 * A refusal that retrying cannot cure: the server answered 5xx (a refused address or message), or
 * nodemailer found no valid recipient before asking it. Timeouts, refused connections and 4xx
 * answers ("try again later") are temporary.
 */
export function isPermanentMailError(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600;
  return e.code === 'EENVELOPE';
}

/**
 * Sends a stored message over SMTP and marks it sent. Re-running for a message already sent does
 * nothing, and every send of one message carries the same Message-ID, so the one duplicate that
 * at-least-once delivery allows (a crash between the server's acceptance and our commit) is the
 * same message to the recipient's mailbox. A temporary failure throws so the queue retries with
 * backoff; a permanent one, or the last attempt, marks the message failed for the admin's screen.
 * Without SMTP_URL (demo mode) messages stay in the demo mailbox.
 */
@Injectable()
export class MailSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MailSender');
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly handlers: JobHandlers,
  ) {
    if (config.SMTP_URL) {
      // A small pool of kept-open connections: a burst of reminders does not open one connection each.
      const url = new URL(config.SMTP_URL);
      if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
      if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
      this.transport = nodemailer.createTransport(url.toString());
    }
  }

  /**
   * Concurrent deliveries of one clinic read their messages, and mark them sent, together: one
   * transaction for the messages that arrive while the previous one runs, instead of two
   * transactions (ten round trips) per message. Each delivery still waits for its own row.
   */
  private readonly loads = new ClinicBatcher<StoredMail>((clinicId, ids) =>
    this.db.inClinic(clinicId, async (m) => {
      const rows: StoredMail[] = await m.query(
        `SELECT m.id, m.to_address, m.subject, m.text_body, m.html_body, m.status, m.attempts, m.unsubscribe_url,
                c.name AS clinic_name
           FROM mail_messages m JOIN clinics c ON c.id = m.clinic_id
          WHERE m.clinic_id = $1 AND m.id = ANY ($2::uuid[])`,
        [clinicId, ids],
      );
      return new Map(rows.map((r) => [r.id, r]));
    }),
  );

  private readonly marks = new ClinicBatcher<true>((clinicId, ids) =>
    this.db.inClinic(clinicId, async (m) => {
      await m.query(
        `UPDATE mail_messages SET status = 'sent', sent_at = now(), attempts = attempts + 1
          WHERE clinic_id = $1 AND id = ANY ($2::uuid[])`,
        [clinicId, ids],
      );
      return new Map();
    }),
  );

  onModuleInit(): void {
    this.handlers.register(MAIL_TOPIC, (data) => this.send(data));
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  async send({ clinicId, ids }: JobData): Promise<void> {
    if (!this.transport) return;
    const mailId = ids.mailId;
    // Ids come from our own outbox; one that is not a UUID must not fail the batch it would join.
    if (!UUID.test(mailId) || !UUID.test(clinicId)) return;
    const message = await this.loads.request(clinicId, mailId);
    if (message?.status !== 'pending') return;
    try {
      await this.transport.sendMail({
        from: { name: `${message.clinic_name} via Interlude`, address: this.fromAddress() },
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body,
        messageId: `<${mailId}@${this.mailDomain()}>`,
        headers: { 'X-Interlude-Message': mailId },
        ...(message.unsubscribe_url
          ? { list: { unsubscribe: { url: message.unsubscribe_url, comment: 'Stop reminder emails' } } }
          : {}),
      });
    } catch (error) {
      await this.recordFailure(clinicId, mailId, message.attempts + 1, error);
      return;
    }
    await this.marks.request(clinicId, mailId);
  }

  /** Records the failure; throws (so the queue retries) only while a temporary failure has attempts left. */
  private async recordFailure(
    clinicId: string,
    mailId: string,
    attempt: number,
    error: unknown,
  ): Promise<void> {
    const permanent = isPermanentMailError(error);
    const giveUp = permanent || attempt >= MAIL_MAX_ATTEMPTS;
    // The server's words about the address or connection; our messages carry no clinical text to echo.
    const reason = String((error as Error).message).slice(0, 300);
    await this.db.inClinic(clinicId, (m) =>
      m.query(
        `UPDATE mail_messages SET attempts = attempts + 1, last_error = $3, permanent = $4,
                status = CASE WHEN $5 THEN 'failed' ELSE status END,
                failed_at = CASE WHEN $5 THEN now() ELSE failed_at END
          WHERE clinic_id = $1 AND id = $2`,
        [clinicId, mailId, reason, permanent, giveUp],
      ),
    );
    const code =
      (error as { responseCode?: number; code?: string }).responseCode ?? (error as { code?: string }).code;
    if (giveUp) {
      this.logger.warn({ mailId, code, permanent }, 'Email not delivered; listed for the admin');
      return;
    }
    this.logger.warn({ mailId, code, attempt }, 'Email not sent; will retry');
    throw error;
  }

  /** Fails the clinic's messages lost by the queue (see LOST_MAIL_AFTER_MS); resolves with how many. */
  async failLost(clinicId: string, now: Date): Promise<number> {
    if (!this.transport) return 0;
    const [rows] = await this.db.inClinic(clinicId, (m) =>
      m.query(
        `UPDATE mail_messages SET status = 'failed', failed_at = $3, permanent = false, last_error = $4
          WHERE clinic_id = $1 AND status = 'pending' AND created_at < $2
          RETURNING id`,
        [clinicId, new Date(now.getTime() - LOST_MAIL_AFTER_MS), now, LOST_MAIL_REASON],
      ),
    );
    const lost = (rows as unknown[]).length;
    if (lost > 0) this.logger.warn({ clinicId, lost }, 'Emails lost by the queue; listed for the admin');
    return lost;
  }

  private mailDomain(): string {
    const host = new URL(this.config.APP_URL).hostname;
    return host.includes('.') ? host : 'interlude.local';
  }

  private fromAddress(): string {
    return `no-reply@${this.mailDomain()}`;
  }
}
