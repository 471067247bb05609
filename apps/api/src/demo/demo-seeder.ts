import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { ClinicsService } from '../modules/clinics/clinics.service';
import { RollupWriter } from '../modules/reports/rollup-writer';
import { AuditLog } from '../platform/audit/audit-log';
import { hashPassword } from '../platform/auth/secrets';
import { TenantDatabase } from '../platform/database/tenant-database';
import { DEMO_CRISIS_RESOURCES, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';
import {
  DEMO_CASELOADS,
  DEMO_PORTAL_CLIENTS,
  demoClientEmail,
  demoSafetyPlan,
  demoTags,
} from './demo-clients';
import { type DemoHomeworkClient, seedDemoHomework } from './demo-homework';
import { DemoNotifications } from './demo-notifications';

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
    private readonly rollups: RollupWriter,
    private readonly notifications: DemoNotifications,
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
        // A small demo clinic: the lowest allowed small-cell threshold, so managers see real numbers.
        await m.query('UPDATE clinics SET crisis_resources = $2, small_cell_threshold = 5 WHERE id = $1', [
          clinicId,
          JSON.stringify(DEMO_CRISIS_RESOURCES),
        ]);
        const memberships = new Map<string, { membershipId: string; userId: string }>();
        for (const person of DEMO_STAFF) {
          const userId = uuidv7();
          await m.query(
            'INSERT INTO users (id, email, name, password_hash, password_changed_at) VALUES ($1, $2, $3, $4, now())',
            [userId, person.email, person.name, passwordHash],
          );
          const membershipId = uuidv7();
          await m.query('INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, $4)', [
            clinicId,
            membershipId,
            userId,
            person.roles,
          ]);
          memberships.set(person.email, { membershipId, userId });
        }
        await this.seedCaseloads(clinicId, memberships, passwordHash);
        // The seeded history goes straight into the tables: count it into the report rollups.
        await this.rollups.rebuild(clinicId);
        await this.notifications.seed(clinicId, DEMO_CLINIC_NAME, new Date());
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

  /** About ten clients per clinician, sessions over the coming two weeks, safety plans, a few portal accounts. */
  private async seedCaseloads(
    clinicId: string,
    staff: Map<string, { membershipId: string; userId: string }>,
    passwordHash: string,
  ): Promise<void> {
    const m = this.db.manager();
    const now = Date.now();
    const homeworkClients: DemoHomeworkClient[] = [];
    let i = 0;
    for (const [clinicianEmail, names] of Object.entries(DEMO_CASELOADS)) {
      const clinician = staff.get(clinicianEmail);
      if (!clinician) continue;
      for (const name of names) {
        const clientId = uuidv7();
        const nextSession = nextWeekdaySession(now, (i % 10) + 1, 14 + (i % 6));
        const createdAt = new Date(now - (90 - i) * 86_400_000);
        let portalMembershipId: string | null = null;
        if (DEMO_PORTAL_CLIENTS.includes(name)) {
          const userId = uuidv7();
          portalMembershipId = uuidv7();
          await m.query(
            'INSERT INTO users (id, email, name, password_hash, password_changed_at) VALUES ($1, $2, $3, $4, now())',
            [userId, demoClientEmail(name), name, passwordHash],
          );
          await m.query(
            "INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, '{client}')",
            [clinicId, portalMembershipId, userId],
          );
        }
        await m.query(
          `INSERT INTO clients (clinic_id, id, name, preferred_name, email, timezone, primary_clinician_id, next_session_at,
                                tags, portal_membership_id, portal_invited_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'America/New_York', $6, $7, $8, $9, $10, $11, $11)`,
          [
            clinicId,
            clientId,
            name,
            name.split(' ')[0],
            demoClientEmail(name),
            clinician.membershipId,
            nextSession,
            demoTags(i),
            portalMembershipId,
            portalMembershipId ? createdAt : null,
            createdAt,
          ],
        );
        await m.query(
          "INSERT INTO caseload_history (clinic_id, id, client_id, membership_id, role, started_at) VALUES ($1, $2, $3, $4, 'primary', $5)",
          [clinicId, uuidv7(), clientId, clinician.membershipId, createdAt],
        );
        await m.query(
          'INSERT INTO safety_plan_versions (clinic_id, client_id, version, content, updated_by, updated_at) VALUES ($1, $2, 1, $3, $4, $5)',
          [clinicId, clientId, JSON.stringify(demoSafetyPlan(i)), clinician.userId, createdAt],
        );
        homeworkClients.push({
          id: clientId,
          name,
          clinicianEmail,
          clinicianMembershipId: clinician.membershipId,
          timezone: 'America/New_York',
          createdAt,
          nextSessionAt: nextSession,
        });
        i += 1;
      }
    }
    const started = performance.now();
    const written = await seedDemoHomework(
      m,
      clinicId,
      new Date(now),
      homeworkClients,
      new Map([...staff].map(([email, s]) => [email, s.membershipId])),
    );
    this.logger.log({ ...written, ms: Math.round(performance.now() - started) }, 'Demo homework seeded');
  }
}

/** The `nth` working day after `now`, at `utcHour` (14–19 UTC is morning to early afternoon in New York). */
function nextWeekdaySession(now: number, nth: number, utcHour: number): Date {
  const day = new Date(Math.floor(now / 86_400_000) * 86_400_000);
  let found = 0;
  while (found < nth) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) found += 1;
  }
  day.setUTCHours(utcHour);
  return day;
}
