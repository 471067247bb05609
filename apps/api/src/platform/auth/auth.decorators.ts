import type { Role } from '@interlude/contracts';
import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthContext, ClinicMembership } from './auth-context';

export const PUBLIC_ROUTE = 'interlude:public';
export const ROLES_ALLOWED = 'interlude:roles';
export const MFA_ENROLMENT_ROUTE = 'interlude:mfa-enrolment';

/** No session needed (sign-in, sign-up, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The clinic roles allowed on a `/clinics/:clinicId/…` route; any one of them suffices. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);

export const HIDDEN_FROM_OTHER_ROLES = 'interlude:hidden-from-other-roles';

/**
 * Like `Roles`, but other roles get 404 instead of 403: for client records, whose existence a
 * manager (aggregates only) or another client must not learn.
 */
export const RolesOrNotFound = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_ALLOWED, roles), SetMetadata(HIDDEN_FROM_OTHER_ROLES, true));

/** Reachable while a clinic's MFA requirement still waits for this user to enrol. */
export const AllowedBeforeMfaEnrolment = () => SetMetadata(MFA_ENROLMENT_ROUTE, true);

export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new Error('CurrentAuth used on a public route');
  return auth;
});

export const CurrentMembership = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): ClinicMembership => {
    const membership = ctx.switchToHttp().getRequest<FastifyRequest>().membership;
    if (!membership) throw new Error('CurrentMembership used outside a clinic route');
    return membership;
  },
);
