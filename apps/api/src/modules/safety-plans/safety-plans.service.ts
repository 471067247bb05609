import type {
  AddSafetyPlanEntryRequest,
  SafetyPlan,
  SafetyPlanContent,
  SafetyPlanVersion,
} from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { ClientsService } from '../clients/clients.service';

interface VersionRow {
  version: number;
  content: SafetyPlanContent;
  updated_at: Date;
  updated_by_name: string | null;
}

export const etagOf = (version: number) => `"${version}"`;

/**
 * Stanley–Brown safety plans, versioned: every save is a new version, a stale write (If-Match not the
 * latest version) is refused with 412, and history stays readable.
 */
@Injectable()
export class SafetyPlansService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async current(member: ClinicMembership, clientId: string): Promise<SafetyPlan> {
    await this.clients.get(member, clientId, false);
    const plan = await this.load(member.clinicId, clientId);
    await this.record(member, 'safety_plan.viewed', clientId, plan.version);
    return plan;
  }

  async save(
    member: ClinicMembership,
    clientId: string,
    ifMatch: string | undefined,
    content: SafetyPlanContent,
  ): Promise<SafetyPlan> {
    await this.clients.get(member, clientId, false);
    if (!ifMatch) {
      throw new ProblemException(
        428,
        'Send If-Match with the version you edited, so no one’s changes are lost.',
        {
          code: 'if_match_required',
        },
      );
    }
    const latest = await this.lockLatest(member.clinicId, clientId);
    if (ifMatch.replace(/^W\//, '') !== etagOf(latest)) {
      throw new ProblemException(
        412,
        'Someone saved a newer version of this safety plan. Reload it and make your change again.',
        {
          code: 'stale_version',
        },
      );
    }
    return this.append(member, clientId, latest, content);
  }

  /** The client adds their own coping strategy or distraction from the portal. */
  async addOwnEntry(member: ClinicMembership, input: AddSafetyPlanEntryRequest): Promise<SafetyPlan> {
    const clientId = await this.ownClientId(member);
    const latest = await this.lockLatest(member.clinicId, clientId);
    const plan = await this.load(member.clinicId, clientId);
    const content = stripMeta(plan);
    content[input.section] = [...content[input.section], { text: input.text, addedBy: 'client' }];
    return this.append(member, clientId, latest, content);
  }

  async ownPlan(member: ClinicMembership): Promise<SafetyPlan> {
    const clientId = await this.ownClientId(member);
    const plan = await this.load(member.clinicId, clientId);
    await this.record(member, 'safety_plan.viewed', clientId, plan.version);
    return plan;
  }

  async versions(member: ClinicMembership, clientId: string): Promise<{ items: SafetyPlanVersion[] }> {
    await this.clients.get(member, clientId, false);
    const rows: Array<{ version: number; updated_at: Date; updated_by_name: string | null }> = await this.db
      .manager()
      .query(
        `SELECT v.version, v.updated_at, u.name AS updated_by_name FROM safety_plan_versions v LEFT JOIN users u ON u.id = v.updated_by
        WHERE v.clinic_id = $1 AND v.client_id = $2 ORDER BY v.version DESC`,
        [member.clinicId, clientId],
      );
    await this.record(member, 'safety_plan.history_viewed', clientId);
    return {
      items: rows.map((r) => ({
        version: r.version,
        updatedAt: r.updated_at.toISOString(),
        updatedBy: r.updated_by_name,
      })),
    };
  }

  async version(member: ClinicMembership, clientId: string, version: number): Promise<SafetyPlan> {
    await this.clients.get(member, clientId, false);
    const plan = await this.load(member.clinicId, clientId, version);
    await this.record(member, 'safety_plan.viewed', clientId, version);
    return plan;
  }

  async load(clinicId: string, clientId: string, version?: number): Promise<SafetyPlan> {
    const rows: VersionRow[] = await this.db.manager().query(
      `SELECT v.version, v.content, v.updated_at, u.name AS updated_by_name
         FROM safety_plan_versions v LEFT JOIN users u ON u.id = v.updated_by
        WHERE v.clinic_id = $1 AND v.client_id = $2 AND ($3::int IS NULL OR v.version = $3)
        ORDER BY v.version DESC LIMIT 1`,
      [clinicId, clientId, version ?? null],
    );
    if (!rows[0]) throw notFound('safety plan version');
    const r = rows[0];
    return {
      ...r.content,
      clientId,
      version: r.version,
      updatedAt: r.updated_at.toISOString(),
      updatedBy: r.updated_by_name,
    };
  }

  private async ownClientId(member: ClinicMembership): Promise<string> {
    const [row] = await this.db
      .manager()
      .query('SELECT id FROM clients WHERE clinic_id = $1 AND portal_membership_id = $2', [
        member.clinicId,
        member.membershipId,
      ]);
    if (!row) throw notFound('client record');
    return row.id;
  }

  /** Locks the client's row so two saves cannot both become the same next version. */
  private async lockLatest(clinicId: string, clientId: string): Promise<number> {
    await this.db
      .manager()
      .query('SELECT 1 FROM clients WHERE clinic_id = $1 AND id = $2 FOR UPDATE', [clinicId, clientId]);
    const [row] = await this.db
      .manager()
      .query(
        'SELECT max(version)::int AS v FROM safety_plan_versions WHERE clinic_id = $1 AND client_id = $2',
        [clinicId, clientId],
      );
    return row.v ?? 0;
  }

  private async append(
    member: ClinicMembership,
    clientId: string,
    latest: number,
    content: SafetyPlanContent,
  ): Promise<SafetyPlan> {
    await this.db
      .manager()
      .query(
        'INSERT INTO safety_plan_versions (clinic_id, client_id, version, content, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [member.clinicId, clientId, latest + 1, JSON.stringify(content), member.userId, this.clock.now()],
      );
    await this.record(member, 'safety_plan.updated', clientId, latest + 1);
    return this.load(member.clinicId, clientId);
  }

  private record(member: ClinicMembership, action: string, clientId: string, version?: number) {
    return this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action,
      resourceType: 'safety_plan',
      resourceId: clientId,
      details: version ? { version } : undefined,
    });
  }
}

function stripMeta(plan: SafetyPlan): SafetyPlanContent {
  const { clientId: _c, version: _v, updatedAt: _u, updatedBy: _b, ...content } = plan;
  return content;
}
