import { Injectable, Logger } from '@nestjs/common';
import { ClinicsService } from '../modules/clinics/clinics.service';
import { TenantDatabase } from '../platform/database/tenant-database';

export const DEMO_CLINIC_NAME = 'Riverside Counseling';
const SEED = 'demo-v1';

/** Fills the demo clinic once (recorded in seed_runs); later starts leave the data alone. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly db: TenantDatabase,
    private readonly clinics: ClinicsService,
  ) {}

  async seedOnce(): Promise<void> {
    const claimed = await this.db.global(async (manager) => {
      const rows: unknown[] = await manager.query(
        'INSERT INTO seed_runs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name',
        [SEED],
      );
      return rows.length > 0;
    });
    if (!claimed) return;
    const clinic = await this.clinics.create({ name: DEMO_CLINIC_NAME, timezone: 'America/New_York' });
    this.logger.log({ clinicId: clinic.id }, 'Demo clinic created');
  }
}
