import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { MFA_ENROLMENT_ROUTE, PUBLIC_ROUTE } from '../../platform/auth/auth.decorators';
import { CSRF_HEADER, readSessionToken } from '../../platform/auth/session-cookie';
import { SessionsService } from '../../platform/auth/sessions.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ProblemException } from '../../platform/errors/problem';
import { AccountsRepository } from './accounts.repository';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session of every non-public route. Browsers (cookie) must also send the CSRF header on
 * state-changing requests; a cross-site page cannot add a custom header without our CORS consent.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const presented = readSessionToken(request);
    if (!presented) throw new ProblemException(401, 'Sign in to continue.', { code: 'unauthenticated' });
    if (
      presented.via === 'cookie' &&
      !SAFE_METHODS.has(request.method) &&
      request.headers[CSRF_HEADER] !== '1'
    ) {
      throw new ProblemException(403, 'This request is missing its CSRF header.', { code: 'csrf_missing' });
    }
    const session = await this.sessions.resolve(presented.token);
    if (!session) {
      throw new ProblemException(401, 'Your session has ended. Please sign in again.', {
        code: 'session_expired',
      });
    }
    const mfaEnrollmentRequired = await this.db.global(() =>
      this.accounts.mfaEnrolmentPending(session.userId),
    );
    request.auth = {
      userId: session.userId,
      sessionId: session.id,
      via: presented.via,
      mfaEnrollmentRequired,
    };
    if (mfaEnrollmentRequired && !this.reflector.getAllAndOverride<boolean>(MFA_ENROLMENT_ROUTE, targets)) {
      throw new ProblemException(403, 'Your clinic requires two-step sign-in. Set it up to continue.', {
        code: 'mfa_enrolment_required',
      });
    }
    return true;
  }
}
