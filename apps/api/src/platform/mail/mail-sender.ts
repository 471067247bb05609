import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TenantDatabase } from '../database/tenant-database';
import type { JobData } from '../queue/job';
import { JobHandlers } from '../queue/job-handlers';
import { MAIL_TOPIC } from './mail.service';

/**
 * Sends a stored message over SMTP and marks it sent. Re-running for a message already sent does
 * nothing; a failure throws so the queue retries with backoff. Without SMTP_URL (demo mode) messages
 * stay in the demo mailbox.
 */
@Injectable()
export class MailSender implements OnModuleInit {
  private readonly logger = new Logger('MailSender');
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly handlers: JobHandlers,
  ) {
    if (config.SMTP_URL) this.transport = nodemailer.createTransport(config.SMTP_URL);
  }

  onModuleInit(): void {
    this.handlers.register(MAIL_TOPIC, (data) => this.send(data));
  }

  async send({ clinicId, ids }: JobData): Promise<void> {
    if (!this.transport) return;
    const mailId = ids.mailId;
    const message = await this.db.inClinic(clinicId, async (m) => {
      const [row] = await m.query(
        `SELECT m.to_address, m.subject, m.text_body, m.html_body, m.status, c.name AS clinic_name
           FROM mail_messages m JOIN clinics c ON c.id = m.clinic_id WHERE m.clinic_id = $1 AND m.id = $2`,
        [clinicId, mailId],
      );
      return row as
        | {
            to_address: string;
            subject: string;
            text_body: string;
            html_body: string;
            status: string;
            clinic_name: string;
          }
        | undefined;
    });
    if (!message || message.status === 'sent') return;
    try {
      await this.transport.sendMail({
        from: { name: `${message.clinic_name} via Interlude`, address: this.fromAddress() },
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body,
        headers: { 'X-Interlude-Message': mailId },
      });
    } catch (error) {
      await this.db.inClinic(clinicId, (m) =>
        m.query(
          'UPDATE mail_messages SET attempts = attempts + 1, last_error = $3 WHERE clinic_id = $1 AND id = $2',
          [clinicId, mailId, String((error as Error).message).slice(0, 300)],
        ),
      );
      this.logger.warn({ mailId, err: (error as Error).message }, 'Email not sent; will retry');
      throw error;
    }
    await this.db.inClinic(clinicId, (m) =>
      m.query(
        "UPDATE mail_messages SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE clinic_id = $1 AND id = $2",
        [clinicId, mailId],
      ),
    );
  }

  private fromAddress(): string {
    const host = new URL(this.config.APP_URL).hostname;
    return `no-reply@${host.includes('.') ? host : 'interlude.local'}`;
  }
}
