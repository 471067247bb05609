import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { ClinicsService } from '../modules/clinics/clinics.service';
import { AuditLog } from '../platform/audit/audit-log';
import { hashPassword } from '../platform/auth/secrets';
import { TenantDatabase } from '../platform/database/tenant-database';
import { DEMO_CRISIS_RESOURCES, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';

export const DEMO_CLINIC_NAME = 'Riverside Counseling';
const SEED = 'demo-v1';

/** Fills the demo clinic once (recorded in seed_runs, in the same transaction); later starts leave it alone. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly db: TenantDatabase,
    private readonly clinics: ClinicsService,
    private readonly audit: AuditLog,
  ) {}

  async seedOnce(): Promise<void> {
    const done = await this.db.global((m) => m.query('SELECT 1 FROM seed_runs WHERE name = $1', [SEED]));
    if (done.length > 0) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const clinic = await this.clinics.create(
      { name: DEMO_CLINIC_NAME, timezone: 'America/New_York' },
      async (clinicId) => {
        const m = this.db.manager();
        await m.query('INSERT INTO seed_runs (name) VALUES ($1)', [SEED]);
        await m.query('UPDATE clinics SET crisis_resources = $2 WHERE id = $1', [
          clinicId,
          JSON.stringify(DEMO_CRISIS_RESOURCES),
        ]);
        for (const person of DEMO_STAFF) {
          const userId = uuidv7();
          await m.query(
            'INSERT INTO users (id, email, name, password_hash, password_changed_at) VALUES ($1, $2, $3, $4, now())',
            [userId, person.email, person.name, passwordHash],
          );
          await m.query('INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, $4)', [
            clinicId,
            uuidv7(),
            userId,
            person.roles,
          ]);
        }
        await this.audit.record({
          clinicId,
          actorUserId: null,
          action: 'demo.seeded',
          resourceType: 'clinic',
          resourceId: clinicId,
        });
      },
    );
    this.logger.log({ clinicId: clinic.id }, 'Demo clinic created');
  }
}
