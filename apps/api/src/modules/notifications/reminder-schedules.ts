import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { MailSender } from '../../platform/mail/mail-sender';
import { allClinicIds, JobSchedulers } from '../../platform/queue/job-schedulers';
import { DigestScan } from './digest-scan';
import { ReminderScan } from './reminder-scan';

/** The reminder pass runs every minute, so a reminder held by quiet hours goes out within a minute of their end. */
export const REMINDER_EVERY_MS = 60_000;
/** The digest pass looks every five minutes for clinics whose digest time has come. */
export const DIGEST_EVERY_MS = 5 * 60_000;

/** Defines the reminder and digest passes over every clinic; one clinic's failure does not stop the rest. */
@Injectable()
export class ReminderSchedules implements OnModuleInit {
  private readonly logger = new Logger('ReminderSchedules');

  constructor(
    private readonly db: TenantDatabase,
    private readonly schedulers: JobSchedulers,
    private readonly reminders: ReminderScan,
    private readonly digests: DigestScan,
    private readonly mail: MailSender,
  ) {}

  onModuleInit(): void {
    this.schedulers.define({
      name: 'reminders',
      everyMs: REMINDER_EVERY_MS,
      // The same pass fails email the queue lost, so no message waits unseen for ever.
      run: (now) =>
        this.eachClinic('reminders', async (id) => {
          await this.mail.failLost(id, now);
          return this.reminders.scanClinic(id, now);
        }),
    });
    this.schedulers.define({
      name: 'digest',
      everyMs: DIGEST_EVERY_MS,
      run: (now) => this.eachClinic('digest', (id) => this.digests.scanClinic(id, now)),
    });
  }

  private async eachClinic(pass: string, scan: (clinicId: string) => Promise<number>): Promise<number> {
    let total = 0;
    let failed = 0;
    for (const clinicId of await allClinicIds(this.db)) {
      try {
        total += await scan(clinicId);
      } catch (error) {
        failed += 1;
        this.logger.warn({ pass, clinicId, err: (error as Error).message }, 'Clinic skipped this pass');
      }
    }
    if (failed > 0) throw new Error(`${failed} clinic(s) failed in the ${pass} pass; ${total} handled`);
    return total;
  }
}
