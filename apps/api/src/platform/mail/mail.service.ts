import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../database/tenant-database';
import { Outbox } from '../queue/outbox';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export const MAIL_TOPIC = 'mail.send';

/**
 * Queues an email with the change that caused it: the message is stored in the clinic's transaction
 * and only its id travels through the outbox and Redis.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
  ) {}

  async queue(mail: OutgoingMail): Promise<string> {
    const id = uuidv7();
    await this.db
      .manager()
      .query(
        'INSERT INTO mail_messages (clinic_id, id, to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)',
        [this.db.clinicId(), id, mail.to, mail.subject, mail.text, mail.html],
      );
    await this.outbox.add(MAIL_TOPIC, { mailId: id });
    return id;
  }
}
