import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import { Clock } from '../../platform/auth/clock';
import { hashPassword, newToken, tokenDigest } from '../../platform/auth/secrets';
import { SessionsService } from '../../platform/auth/sessions.service';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ProblemException } from '../../platform/errors/problem';
import { MailService } from '../../platform/mail/mail.service';
import { actionEmail } from '../../platform/mail/mail-templates';
import { AccountsRepository } from './accounts.repository';
import { assertUsablePassword } from './auth.service';

const RESET_TTL_MS = 60 * 60 * 1000;

/** Forgot / reset password with a single-use link valid for one hour. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers the same whether or not the address exists; the email goes through the user's clinic. */
  async requestReset(email: string): Promise<void> {
    const found = await this.db.global(async () => {
      const user = await this.accounts.findByEmail(email);
      if (!user) return null;
      const memberships = await this.accounts.membershipsOf(user.id);
      const home = memberships.find((m) => m.status === 'active') ?? memberships[0];
      if (!home) return null;
      const token = newToken();
      await this.db
        .manager()
        .query('INSERT INTO password_resets (id, token_hash, user_id, expires_at) VALUES ($1, $2, $3, $4)', [
          uuidv7(),
          tokenDigest(token),
          user.id,
          new Date(this.clock.now().getTime() + RESET_TTL_MS),
        ]);
      return { user, home, token };
    });
    if (!found) return;
    const url = `${this.config.APP_URL.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(found.token)}`;
    await this.db.inClinic(found.home.clinicId, async () => {
      await this.mail.queue({
        ...actionEmail({
          to: found.user.email,
          clinicName: found.home.clinicName,
          subject: 'Reset your Interlude password',
          greeting: `Hello ${found.user.name},`,
          lines: [
            'Someone asked to reset the password of your Interlude account. The link works once, for one hour.',
          ],
          action: { label: 'Choose a new password', url },
          footer: 'If this was not you, you can ignore this email; your password stays as it is.',
        }),
        kind: 'password_reset',
      });
      await this.audit.record({
        clinicId: found.home.clinicId,
        actorUserId: found.user.id,
        action: 'auth.password_reset_requested',
        resourceType: 'user',
        resourceId: found.user.id,
      });
    });
  }

  async reset(token: string, password: string): Promise<void> {
    assertUsablePassword(password);
    const passwordHash = await hashPassword(password);
    const userId = await this.db.global(async (m) => {
      const [rows]: [Array<{ user_id: string }>, number] = await m.query(
        `UPDATE password_resets SET used_at = $2
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id`,
        [tokenDigest(token), this.clock.now()],
      );
      if (rows.length === 0) {
        throw new ProblemException(
          400,
          'This reset link has expired or was already used. Ask for a new one.',
          {
            code: 'token_invalid',
            errors: [{ path: 'token', message: 'This link has expired or was already used' }],
          },
        );
      }
      await this.accounts.setPassword(rows[0].user_id, passwordHash);
      return rows[0].user_id;
    });
    await this.sessions.revokeAllFor(userId);
    const memberships = await this.db.global(() => this.accounts.membershipsOf(userId));
    for (const m of memberships) {
      await this.audit.record({
        clinicId: m.clinicId,
        actorUserId: userId,
        action: 'auth.password_reset',
        resourceType: 'user',
        resourceId: userId,
      });
    }
  }
}
