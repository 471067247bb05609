import type { Role } from '@interlude/contracts';

/** The signed-in caller, attached to the request by SessionGuard. */
export interface AuthContext {
  userId: string;
  sessionId: string;
  via: 'cookie' | 'bearer';
  mfaEnrollmentRequired: boolean;
}

/** The caller's membership in the clinic of the path, attached by ClinicAccessGuard. */
export interface ClinicMembership {
  clinicId: string;
  membershipId: string;
  userId: string;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
    membership?: ClinicMembership;
  }
}
