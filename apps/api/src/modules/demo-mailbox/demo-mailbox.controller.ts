import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../platform/auth/auth.decorators';
import { TenantDatabase } from '../../platform/database/tenant-database';

/**
 * Demo mode only (the module is not loaded otherwise): the messages the demo would have emailed, so a
 * newcomer can follow an invitation or reset link without a mail server.
 */
@ApiExcludeController()
@Public()
@Controller('demo/mailbox')
export class DemoMailboxController {
  constructor(private readonly db: TenantDatabase) {}

  @Get()
  async list() {
    const rows: Array<{
      id: string;
      to_address: string;
      subject: string;
      text_body: string;
      html_body: string;
      created_at: Date;
    }> = await this.db.unsafeAsRelay((m) =>
      m.query(
        'SELECT id, to_address, subject, text_body, html_body, created_at FROM mail_messages ORDER BY created_at DESC LIMIT 100',
      ),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        html: r.html_body,
        createdAt: r.created_at.toISOString(),
      })),
    };
  }
}
