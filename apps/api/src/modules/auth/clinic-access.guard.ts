import type { Role } from '@interlude/contracts';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../../platform/audit/audit-log';
import { HIDDEN_FROM_OTHER_ROLES, ROLES_ALLOWED } from '../../platform/auth/auth.decorators';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ProblemException } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';

/**
 * For `/clinics/:clinicId/…`: the caller needs an active membership there, else the clinic does not
 * exist for them (404, audited in that clinic as denied). Inside their clinic, a role the route does
 * not allow answers 403.
 */
@Injectable()
export class ClinicAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const clinicId = (request.params as Record<string, string> | undefined)?.clinicId;
    if (clinicId === undefined || !request.auth) return true;
    const resource = request.routeOptions.url ?? 'clinic';
    if (!isUuid(clinicId)) throw new ProblemException(404, 'No such clinic.');
    const userId = request.auth.userId;
    const rows: Array<{ id: string; roles: Role[] }> = await this.db.inClinic(clinicId, (m) =>
      m.query(
        "SELECT id, roles FROM memberships WHERE clinic_id = $1 AND user_id = $2 AND status = 'active'",
        [clinicId, userId],
      ),
    );
    if (rows.length === 0) {
      await this.audit.recordDenied(clinicId, userId, resource);
      throw new ProblemException(404, 'No such clinic.');
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, [
      context.getHandler(),
      context.getClass(),
    ]);
    const roles = rows[0].roles;
    if (allowed && !allowed.some((role) => roles.includes(role))) {
      await this.audit.recordDenied(clinicId, userId, resource);
      if (
        this.reflector.getAllAndOverride<boolean>(HIDDEN_FROM_OTHER_ROLES, [
          context.getHandler(),
          context.getClass(),
        ])
      ) {
        throw new ProblemException(404, 'No such record.');
      }
      throw new ProblemException(403, `This needs one of these roles: ${allowed.join(', ')}.`, {
        code: 'role_required',
      });
    }
    request.membership = { clinicId, membershipId: rows[0].id, userId, roles };
    return true;
  }
}
