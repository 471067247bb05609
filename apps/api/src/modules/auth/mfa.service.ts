import { randomBytes } from 'node:crypto';
import type { MfaEnrolment } from '@interlude/contracts';
import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { AuditLog } from '../../platform/audit/audit-log';
import { Clock } from '../../platform/auth/clock';
import { tokenDigest } from '../../platform/auth/secrets';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ProblemException } from '../../platform/errors/problem';
import { AccountsRepository } from './accounts.repository';
import { newTotpSecret, totpMatches, totpUri } from './totp';

const RECOVERY_CODES = 10;

/** TOTP enrolment: a secret shown once as a QR code, confirmed by a first code, then recovery codes. */
@Injectable()
export class MfaService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditLog,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async enrol(userId: string): Promise<MfaEnrolment> {
    const user = await this.db.global(() => this.accounts.findById(userId));
    if (!user) throw new ProblemException(401, 'Your session has ended. Please sign in again.');
    if (user.mfa_enabled_at) {
      throw new ProblemException(409, 'Two-step sign-in is already set up for your account.', {
        code: 'mfa_already_enabled',
      });
    }
    const secret = newTotpSecret();
    await this.db.global((m) => m.query('UPDATE users SET mfa_secret = $2 WHERE id = $1', [userId, secret]));
    const otpauthUrl = totpUri(secret, user.email);
    return {
      secret,
      otpauthUrl,
      qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }),
    };
  }

  async verify(userId: string, code: string): Promise<{ recoveryCodes: string[] }> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await this.db.global(async (m) => {
      const user = await this.accounts.findById(userId);
      if (!user?.mfa_secret || user.mfa_enabled_at) {
        throw new ProblemException(409, 'Start setting up two-step sign-in first.', {
          code: 'mfa_not_started',
        });
      }
      if (!(await totpMatches(user.mfa_secret, code, this.clock.now()))) {
        throw new ProblemException(
          400,
          'That code did not work. Check the time on your phone and try again.',
          {
            code: 'mfa_invalid',
            errors: [{ path: 'code', message: 'That code did not work' }],
          },
        );
      }
      await m.query('UPDATE users SET mfa_enabled_at = $2 WHERE id = $1', [userId, this.clock.now()]);
      await m.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
      for (const c of codes) {
        await m.query('INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES ($1, $2)', [
          userId,
          tokenDigest(c.replace('-', '')).toString('hex'),
        ]);
      }
    });
    const memberships = await this.db.global(() => this.accounts.membershipsOf(userId));
    for (const ms of memberships) {
      await this.audit.record({
        clinicId: ms.clinicId,
        actorUserId: userId,
        action: 'auth.mfa_enabled',
        resourceType: 'user',
        resourceId: userId,
      });
    }
    return { recoveryCodes: codes };
  }
}
