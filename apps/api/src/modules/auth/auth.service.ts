import type { LoginRequest, SessionResponse, SignupRequest } from '@interlude/contracts';
import { passwordProblem } from '@interlude/domain';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import { Clock } from '../../platform/auth/clock';
import { LoginThrottle } from '../../platform/auth/login-throttle';
import { hashPassword, tokenDigest, verifyPassword } from '../../platform/auth/secrets';
import { SessionsService } from '../../platform/auth/sessions.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, ProblemException } from '../../platform/errors/problem';
import { ClinicsService } from '../clinics/clinics.service';
import { AccountsRepository, toUser, type UserRow } from './accounts.repository';
import { totpMatches } from './totp';

export function assertUsablePassword(password: string, path = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw invalid([{ path, message: problem }], problem);
}

export function assertTimezone(timezone: string, path = 'timezone'): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw invalid([{ path, message: 'Choose a time zone like Europe/London or America/New_York' }]);
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
    private readonly clinics: ClinicsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    private readonly throttle: LoginThrottle,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** A new clinic and its first admin, signed in. */
  async signup(
    input: SignupRequest,
  ): Promise<{ response: SessionResponse; token: string; maxAgeSeconds: number }> {
    assertUsablePassword(input.password);
    assertTimezone(input.timezone);
    const passwordHash = await hashPassword(input.password);
    const userId = uuidv7();
    await this.clinics.create({ name: input.clinicName, timezone: input.timezone }, async (clinicId) => {
      if (await this.accounts.findByEmail(input.email)) {
        throw new ProblemException(409, 'An account with this email already exists. Sign in instead.', {
          errors: [{ path: 'email', message: 'An account with this email already exists' }],
        });
      }
      await this.accounts.insertUser({ id: userId, email: input.email, name: input.name, passwordHash });
      await this.db
        .manager()
        .query("INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, '{admin}')", [
          clinicId,
          uuidv7(),
          userId,
        ]);
      await this.audit.record({
        clinicId,
        actorUserId: userId,
        action: 'clinic.signed_up',
        resourceType: 'clinic',
        resourceId: clinicId,
      });
    });
    return this.startSession(userId);
  }

  async login(
    input: LoginRequest,
    ip: string,
  ): Promise<{ response: SessionResponse; token: string; maxAgeSeconds: number }> {
    await this.throttle.assertAllowed(input.email, ip);
    const user = await this.db.global(() => this.accounts.findByEmail(input.email));
    if (!(await verifyPassword(user?.password_hash ?? null, input.password)) || !user) {
      await this.failed(input.email, ip, user, 'password');
      throw new ProblemException(401, 'That email and password do not match.', {
        code: 'invalid_credentials',
      });
    }
    if (user.mfa_enabled_at) await this.secondStep(user, input, ip);
    const memberships = await this.db.global(() => this.accounts.membershipsOf(user.id));
    const active = memberships.filter((m) => m.status === 'active');
    if (active.length === 0) {
      throw new ProblemException(403, 'Your access has been turned off. Please contact your clinic.', {
        code: 'account_inactive',
      });
    }
    await this.throttle.recordSuccess(input.email, ip);
    for (const m of active) {
      await this.db.inClinic(m.clinicId, async (tx) => {
        await tx.query('UPDATE memberships SET last_sign_in_at = $3 WHERE clinic_id = $1 AND id = $2', [
          m.clinicId,
          m.id,
          this.clock.now(),
        ]);
        await this.audit.record({
          clinicId: m.clinicId,
          actorUserId: user.id,
          action: 'auth.signed_in',
          resourceType: 'session',
        });
      });
    }
    return this.startSession(user.id);
  }

  async logout(userId: string, sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
    const memberships = await this.db.global(() => this.accounts.membershipsOf(userId));
    for (const m of memberships.filter((x) => x.status === 'active')) {
      await this.audit.record({
        clinicId: m.clinicId,
        actorUserId: userId,
        action: 'auth.signed_out',
        resourceType: 'session',
        resourceId: sessionId,
      });
    }
  }

  async startSession(
    userId: string,
  ): Promise<{ response: SessionResponse; token: string; maxAgeSeconds: number }> {
    const started = await this.sessions.start(userId);
    const me = await this.me(userId);
    return {
      response: { ...me, token: started.token },
      token: started.token,
      maxAgeSeconds: started.maxAgeSeconds,
    };
  }

  async me(userId: string) {
    return this.db.global(async () => {
      const user = await this.accounts.findById(userId);
      if (!user)
        throw new ProblemException(401, 'Your session has ended. Please sign in again.', {
          code: 'session_expired',
        });
      return {
        user: toUser(user),
        memberships: await this.accounts.membershipsOf(userId),
        mfaEnrollmentRequired: await this.accounts.mfaEnrolmentPending(userId),
      };
    });
  }

  private async secondStep(user: UserRow, input: LoginRequest, ip: string): Promise<void> {
    if (input.totp && user.mfa_secret && (await totpMatches(user.mfa_secret, input.totp, this.clock.now())))
      return;
    const recoveryCode = input.recoveryCode;
    if (recoveryCode) {
      const used = await this.db.global((m) =>
        m.query(
          'UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING user_id',
          [user.id, tokenDigest(recoveryCode.replace(/[\s-]/g, '').toLowerCase()).toString('hex')],
        ),
      );
      if ((used as [unknown[], number])[0].length > 0) return;
    }
    if (!input.totp && !input.recoveryCode) {
      throw new ProblemException(401, 'Enter the 6-digit code from your authenticator app.', {
        code: 'mfa_required',
      });
    }
    await this.failed(input.email, ip, user, 'second_step');
    throw new ProblemException(401, 'That code did not work. Check your authenticator app and try again.', {
      code: 'mfa_invalid',
    });
  }

  private async failed(email: string, ip: string, user: UserRow | null, step: string): Promise<void> {
    await this.throttle.recordFailure(email, ip);
    if (!user) return;
    const memberships = await this.db.global(() => this.accounts.membershipsOf(user.id));
    for (const m of memberships) {
      await this.audit.record({
        clinicId: m.clinicId,
        actorUserId: user.id,
        action: 'auth.sign_in_failed',
        resourceType: 'session',
        outcome: 'failure',
        details: { step },
      });
    }
  }
}
