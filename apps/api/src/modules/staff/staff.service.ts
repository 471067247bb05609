import type { Role, StaffMember, StaffQuery, UpdateStaffRequest } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import { SessionsService } from '../../platform/auth/sessions.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { isText, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';

interface StaffRow {
  membership_id: string;
  user_id: string;
  name: string;
  email: string;
  roles: Role[];
  status: StaffMember['status'];
  mfa_enabled_at: Date | null;
  last_sign_in_at: Date | null;
  sort_name: string;
}

const SELECT = `SELECT m.id AS membership_id, m.user_id, u.name, u.email, m.roles, m.status, u.mfa_enabled_at,
                       m.last_sign_in_at, lower(u.name) AS sort_name
                  FROM memberships m JOIN users u ON u.id = m.user_id`;

const toStaff = (r: StaffRow): StaffMember => ({
  membershipId: r.membership_id,
  userId: r.user_id,
  name: r.name,
  email: r.email,
  roles: r.roles,
  status: r.status,
  mfaEnabled: r.mfa_enabled_at !== null,
  lastSignInAt: r.last_sign_in_at?.toISOString() ?? null,
});

/** The clinic's staff (memberships with a staff role), run inside the clinic's transaction. */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
  ) {}

  async list(query: StaffQuery) {
    const after = decodeCursor(query.cursor, [isText, isUuid]);
    const params: unknown[] = [this.db.clinicId(), query.limit + 1];
    const where = [`m.clinic_id = $1`, `m.roles && ARRAY['admin','clinician','manager']::text[]`];
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
    }
    if (query.role) {
      params.push(query.role);
      where.push(`$${params.length} = ANY (m.roles)`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`m.status = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(lower(u.name), m.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const rows: StaffRow[] = await this.db
      .manager()
      .query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(u.name), m.id LIMIT $2`, params);
    const result = page(rows, query.limit, (r) => [r.sort_name, r.membership_id]);
    return { items: result.items.map(toStaff), nextCursor: result.nextCursor };
  }

  async update(actorUserId: string, membershipId: string, change: UpdateStaffRequest): Promise<StaffMember> {
    const clinicId = this.db.clinicId();
    const current = await this.find(membershipId);
    const roles = change.roles
      ? ([...new Set(change.roles)] as Role[]).concat(current.roles.includes('client') ? ['client'] : [])
      : current.roles;
    const status = change.status ?? current.status;
    const stillAdmin = roles.includes('admin') && status === 'active';
    if (current.roles.includes('admin') && current.status === 'active' && !stillAdmin) {
      // Lock the active admins so two admins demoting each other at once cannot both succeed.
      const admins: unknown[] = await this.db
        .manager()
        .query(
          "SELECT id FROM memberships WHERE clinic_id = $1 AND status = 'active' AND 'admin' = ANY (roles) FOR UPDATE",
          [clinicId],
        );
      if (admins.length <= 1) {
        throw new ProblemException(
          409,
          'A clinic needs at least one active admin. Make someone else an admin first.',
          {
            code: 'last_admin',
          },
        );
      }
    }
    const losesCaseload =
      current.roles.includes('clinician') &&
      current.status === 'active' &&
      (status === 'deactivated' || !roles.includes('clinician'));
    if (losesCaseload) {
      const [{ held }] = await this.db
        .manager()
        .query(
          "SELECT count(*)::int AS held FROM clients WHERE clinic_id = $1 AND primary_clinician_id = $2 AND status = 'active'",
          [clinicId, membershipId],
        );
      if (held > 0) {
        throw new ProblemException(
          409,
          `${current.name} still holds ${held} active client(s). Transfer them first.`,
          {
            code: 'clinician_holds_clients',
            clientCount: held,
          },
        );
      }
    }
    await this.db
      .manager()
      .query('UPDATE memberships SET roles = $3, status = $4 WHERE clinic_id = $1 AND id = $2', [
        clinicId,
        membershipId,
        roles,
        status,
      ]);
    if (change.roles && roles.join() !== current.roles.join()) {
      await this.audit.record({
        clinicId,
        actorUserId,
        action: 'staff.roles_changed',
        resourceType: 'membership',
        resourceId: membershipId,
        details: { from: current.roles, to: roles },
      });
    }
    if (status !== current.status) {
      if (status === 'deactivated') await this.sessions.revokeAllFor(current.user_id);
      await this.audit.record({
        clinicId,
        actorUserId,
        action: status === 'deactivated' ? 'staff.deactivated' : 'staff.reactivated',
        resourceType: 'membership',
        resourceId: membershipId,
      });
    }
    return toStaff(await this.find(membershipId));
  }

  private async find(membershipId: string): Promise<StaffRow> {
    const rows: StaffRow[] = isUuid(membershipId)
      ? await this.db
          .manager()
          .query(
            `${SELECT} WHERE m.clinic_id = $1 AND m.id = $2 AND m.roles && ARRAY['admin','clinician','manager']::text[]`,
            [this.db.clinicId(), membershipId],
          )
      : [];
    if (!rows[0]) throw notFound('staff member');
    return rows[0];
  }
}
