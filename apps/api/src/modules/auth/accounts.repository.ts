import type { Membership, Role, User } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  mfa_secret: string | null;
  mfa_enabled_at: Date | null;
}

const STAFF_ROLES: Role[] = ['admin', 'clinician', 'manager'];

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  mfaEnabled: row.mfa_enabled_at !== null,
});

/** Global identities and a person's own memberships; runs inside the caller's transaction. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async findByEmail(email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.manager().query('SELECT * FROM users WHERE email = $1', [email]);
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.manager().query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async insertUser(user: { id: string; email: string; name: string; passwordHash: string }): Promise<void> {
    await this.db
      .manager()
      .query(
        'INSERT INTO users (id, email, name, password_hash, password_changed_at) VALUES ($1, $2, $3, $4, now())',
        [user.id, user.email, user.name, user.passwordHash],
      );
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .manager()
      .query('UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1', [
        userId,
        passwordHash,
      ]);
  }

  /** Every membership of this person, in every clinic (RLS allows their own rows once actAsUser is set). */
  async membershipsOf(userId: string): Promise<Membership[]> {
    await this.db.actAsUser(userId);
    const rows: Array<{
      id: string;
      clinic_id: string;
      clinic_name: string;
      roles: Role[];
      status: Membership['status'];
    }> = await this.db.manager().query(
      `SELECT m.id, m.clinic_id, c.name AS clinic_name, m.roles, m.status
           FROM memberships m JOIN clinics c ON c.id = m.clinic_id
          WHERE m.user_id = $1 ORDER BY c.name, m.clinic_id`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      clinicId: r.clinic_id,
      clinicName: r.clinic_name,
      roles: r.roles,
      status: r.status,
    }));
  }

  /** True when a clinic this person works in as staff requires MFA and they have not enrolled. */
  async mfaEnrolmentPending(userId: string): Promise<boolean> {
    await this.db.actAsUser(userId);
    const [row] = await this.db.manager().query(
      `SELECT (u.mfa_enabled_at IS NULL AND EXISTS (
                 SELECT 1 FROM memberships m JOIN clinics c ON c.id = m.clinic_id
                  WHERE m.user_id = u.id AND m.status = 'active' AND c.require_mfa AND m.roles && $2::text[]
               )) AS pending
         FROM users u WHERE u.id = $1`,
      [userId, STAFF_ROLES],
    );
    return Boolean(row?.pending);
  }
}
