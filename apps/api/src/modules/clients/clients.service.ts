import type {
  Client,
  ClientQuery,
  CreateClientRequest,
  TransferClientsRequest,
  UpdateClientRequest,
} from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound, ProblemException } from '../../platform/errors/problem';
import { assertTimezone } from '../auth/auth.service';
import { ClientsRepository } from './clients.repository';

/** Client records: who may see them, who holds them, and every read and change audited. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(member: ClinicMembership, query: ClientQuery) {
    const result = await this.clients.list(member, query);
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'client.listed',
      resourceType: 'client',
      details: { count: result.items.length },
    });
    return result;
  }

  /** The record, or 404 when it does not exist or is outside what this member may see. */
  async get(member: ClinicMembership, clientId: string, audit = true): Promise<Client> {
    const client = await this.clients.findVisible(member, clientId);
    if (!client) throw notFound('client');
    if (audit) await this.record(member, 'client.viewed', clientId);
    return client;
  }

  async create(member: ClinicMembership, input: CreateClientRequest): Promise<Client> {
    const m = this.db.manager();
    const primary =
      input.primaryClinicianId ?? (member.roles.includes('clinician') ? member.membershipId : undefined);
    if (!primary) throw invalid([{ path: 'primaryClinicianId', message: 'Choose the primary clinician' }]);
    const additional = [...new Set(input.additionalClinicianIds ?? [])].filter((id) => id !== primary);
    await this.assertClinicians(member.clinicId, primary, additional);
    const [clinic] = await m.query('SELECT timezone FROM clinics WHERE id = $1', [member.clinicId]);
    const timezone = input.timezone ?? clinic.timezone;
    assertTimezone(timezone);
    const id = uuidv7();
    const now = this.clock.now();
    await m.query(
      `INSERT INTO clients (clinic_id, id, name, preferred_name, email, phone, date_of_birth, timezone,
                            primary_clinician_id, next_session_at, tags, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
      [
        member.clinicId,
        id,
        input.name,
        input.preferredName ?? null,
        input.email ?? null,
        input.phone ?? null,
        input.dateOfBirth ?? null,
        timezone,
        primary,
        input.nextSessionAt ?? null,
        [...new Set(input.tags ?? [])],
        now,
      ],
    );
    await this.hold(member.clinicId, id, primary, 'primary', now);
    for (const extra of additional) {
      await m.query(
        'INSERT INTO client_clinicians (clinic_id, client_id, membership_id) VALUES ($1, $2, $3)',
        [member.clinicId, id, extra],
      );
      await this.hold(member.clinicId, id, extra, 'additional', now);
    }
    await m.query(
      'INSERT INTO safety_plan_versions (clinic_id, client_id, version, content, updated_by, updated_at) VALUES ($1, $2, 1, $3, $4, $5)',
      [member.clinicId, id, JSON.stringify(EMPTY_PLAN), member.userId, now],
    );
    await this.record(member, 'client.created', id);
    return this.get(member, id, false);
  }

  async update(member: ClinicMembership, clientId: string, change: UpdateClientRequest): Promise<Client> {
    const current = await this.get(member, clientId, false);
    const changesHolder =
      change.primaryClinicianId !== undefined &&
      change.primaryClinicianId !== current.primaryClinician.membershipId;
    if (changesHolder && !member.roles.includes('admin')) {
      throw new ProblemException(
        403,
        'Only an admin can change who holds a client; ask them to transfer it.',
        {
          code: 'transfer_requires_admin',
        },
      );
    }
    const m = this.db.manager();
    const now = this.clock.now();
    const primary = change.primaryClinicianId ?? current.primaryClinician.membershipId;
    const additional =
      change.additionalClinicianIds === undefined
        ? current.additionalClinicians.map((c) => c.membershipId).filter((id) => id !== primary)
        : [...new Set(change.additionalClinicianIds)].filter((id) => id !== primary);
    if (change.primaryClinicianId !== undefined || change.additionalClinicianIds !== undefined) {
      await this.assertClinicians(member.clinicId, primary, additional);
    }
    if (change.timezone) assertTimezone(change.timezone);
    const columns: Record<string, unknown> = {
      name: change.name,
      preferred_name: change.preferredName,
      email: change.email,
      phone: change.phone,
      date_of_birth: change.dateOfBirth,
      timezone: change.timezone,
      status: change.status,
      next_session_at: change.nextSessionAt,
      tags: change.tags ? [...new Set(change.tags)] : undefined,
      primary_clinician_id: change.primaryClinicianId,
    };
    const set = Object.entries(columns).filter(([, v]) => v !== undefined);
    if (set.length > 0) {
      await m.query(
        `UPDATE clients SET ${set.map(([k], i) => `${k} = $${i + 3}`).join(', ')}, updated_at = $${set.length + 3}
          WHERE clinic_id = $1 AND id = $2`,
        [member.clinicId, clientId, ...set.map(([, v]) => v), now],
      );
    }
    await this.reassign(member.clinicId, clientId, current, primary, additional, now);
    await this.record(member, 'client.updated', clientId, { fields: Object.keys(change) });
    return this.get(member, clientId, false);
  }

  /** Moves clients to another clinician as primary (admins); history keeps who held each when. */
  async transfer(member: ClinicMembership, input: TransferClientsRequest): Promise<{ transferred: number }> {
    await this.assertClinicians(member.clinicId, input.toClinicianId, []);
    const now = this.clock.now();
    let transferred = 0;
    for (const clientId of new Set(input.clientIds)) {
      const current = await this.clients.findVisible(member, clientId);
      if (!current) throw invalid([{ path: 'clientIds', message: `No such client: ${clientId}` }]);
      if (current.primaryClinician.membershipId === input.toClinicianId) continue;
      const additional = current.additionalClinicians
        .map((c) => c.membershipId)
        .filter((id) => id !== input.toClinicianId);
      await this.db
        .manager()
        .query(
          'UPDATE clients SET primary_clinician_id = $3, updated_at = $4 WHERE clinic_id = $1 AND id = $2',
          [member.clinicId, clientId, input.toClinicianId, now],
        );
      await this.reassign(member.clinicId, clientId, current, input.toClinicianId, additional, now);
      await this.record(member, 'client.transferred', clientId, { to: input.toClinicianId });
      transferred += 1;
    }
    return { transferred };
  }

  async history(member: ClinicMembership, clientId: string) {
    await this.get(member, clientId, false);
    const rows: Array<{
      membership_id: string;
      name: string;
      role: 'primary' | 'additional';
      started_at: Date;
      ended_at: Date | null;
    }> = await this.db.manager().query(
      `SELECT h.membership_id, u.name, h.role, h.started_at, h.ended_at
           FROM caseload_history h
           JOIN memberships m ON m.clinic_id = h.clinic_id AND m.id = h.membership_id
           JOIN users u ON u.id = m.user_id
          WHERE h.clinic_id = $1 AND h.client_id = $2 ORDER BY h.started_at, h.id`,
      [member.clinicId, clientId],
    );
    await this.record(member, 'client.history_viewed', clientId);
    return {
      items: rows.map((r) => ({
        clinician: { membershipId: r.membership_id, name: r.name },
        role: r.role,
        from: r.started_at.toISOString(),
        to: r.ended_at?.toISOString() ?? null,
      })),
    };
  }

  /** Clients a clinician still holds as primary: to reassign before deactivating them. */
  async heldBy(clinicId: string, membershipId: string): Promise<number> {
    const [row] = await this.db
      .manager()
      .query(
        "SELECT count(*)::int AS n FROM clients WHERE clinic_id = $1 AND primary_clinician_id = $2 AND status = 'active'",
        [clinicId, membershipId],
      );
    return row.n;
  }

  private async reassign(
    clinicId: string,
    clientId: string,
    current: Client,
    primary: string,
    additional: string[],
    now: Date,
  ) {
    const m = this.db.manager();
    const before = new Map<string, 'primary' | 'additional'>([
      [current.primaryClinician.membershipId, 'primary'],
      ...current.additionalClinicians.map((c) => [c.membershipId, 'additional'] as [string, 'additional']),
    ]);
    const after = new Map<string, 'primary' | 'additional'>([
      [primary, 'primary'],
      ...additional.map((id) => [id, 'additional'] as [string, 'additional']),
    ]);
    for (const [id, role] of before) {
      if (after.get(id) !== role) {
        await m.query(
          'UPDATE caseload_history SET ended_at = $4 WHERE clinic_id = $1 AND client_id = $2 AND membership_id = $3 AND ended_at IS NULL',
          [clinicId, clientId, id, now],
        );
      }
    }
    for (const [id, role] of after)
      if (before.get(id) !== role) await this.hold(clinicId, clientId, id, role, now);
    await m.query('DELETE FROM client_clinicians WHERE clinic_id = $1 AND client_id = $2', [
      clinicId,
      clientId,
    ]);
    for (const id of additional) {
      await m.query(
        'INSERT INTO client_clinicians (clinic_id, client_id, membership_id) VALUES ($1, $2, $3)',
        [clinicId, clientId, id],
      );
    }
  }

  private hold(
    clinicId: string,
    clientId: string,
    membershipId: string,
    role: 'primary' | 'additional',
    now: Date,
  ) {
    return this.db
      .manager()
      .query(
        'INSERT INTO caseload_history (clinic_id, id, client_id, membership_id, role, started_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [clinicId, uuidv7(), clientId, membershipId, role, now],
      );
  }

  private async assertClinicians(clinicId: string, primary: string, additional: string[]) {
    const found = await this.clients.activeClinicians(clinicId, [primary, ...additional]);
    if (!found.has(primary))
      throw invalid([{ path: 'primaryClinicianId', message: 'Choose an active clinician of this clinic' }]);
    const missing = additional.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw invalid([
        { path: `additionalClinicianIds.${missing}`, message: 'Choose an active clinician of this clinic' },
      ]);
    }
  }

  private record(
    member: ClinicMembership,
    action: string,
    clientId: string,
    details?: Record<string, string | number | string[]>,
  ) {
    return this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action,
      resourceType: 'client',
      resourceId: clientId,
      details,
    });
  }
}

export const EMPTY_PLAN = {
  warningSigns: [],
  copingStrategies: [],
  distractions: [],
  peopleToAsk: [],
  professionals: [],
  environmentSafety: [],
  reasonsForLiving: [],
};
