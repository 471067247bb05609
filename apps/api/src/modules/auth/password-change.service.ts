import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/auth-context';
import { hashPassword, verifyPassword } from '../../platform/auth/secrets';
import { SessionsService } from '../../platform/auth/sessions.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid } from '../../platform/errors/problem';
import { AccountsRepository } from './accounts.repository';
import { assertUsablePassword } from './auth.service';

/** Changing a password ends every other session of the person. */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
  ) {}

  async change(auth: AuthContext, currentPassword: string, newPassword: string): Promise<void> {
    assertUsablePassword(newPassword, 'newPassword');
    const user = await this.db.global(() => this.accounts.findById(auth.userId));
    if (!(await verifyPassword(user?.password_hash ?? null, currentPassword))) {
      throw invalid([{ path: 'currentPassword', message: 'This is not your current password' }]);
    }
    const hash = await hashPassword(newPassword);
    await this.db.global(() => this.accounts.setPassword(auth.userId, hash));
    await this.sessions.revokeAllFor(auth.userId, auth.sessionId);
    const memberships = await this.db.global(() => this.accounts.membershipsOf(auth.userId));
    for (const m of memberships) {
      await this.audit.record({
        clinicId: m.clinicId,
        actorUserId: auth.userId,
        action: 'auth.password_changed',
        resourceType: 'user',
        resourceId: auth.userId,
      });
    }
  }
}
