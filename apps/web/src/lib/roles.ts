import type { Membership, Role, StaffRole } from '@interlude/contracts';

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'clinician', 'manager'];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  clinician: 'Clinician',
  manager: 'Manager',
  client: 'Client',
};

export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  admin: 'Runs the clinic: staff, settings and the audit log.',
  clinician: 'Holds a caseload, assigns homework and reviews what comes back.',
  manager: 'Reads engagement and outcome reports, which never name a client.',
};

export const isStaffRole = (role: Role): role is StaffRole => role !== 'client';

/** "Admin, Clinician" in the order the app lists roles. */
export const describeRoles = (roles: readonly Role[]): string =>
  STAFF_ROLES.filter((role) => roles.includes(role))
    .map((role) => ROLE_LABELS[role])
    .join(', ');

/** Memberships that open the staff app: active, with at least one staff role. */
export const isActiveStaffMembership = (membership: Membership): boolean =>
  membership.status === 'active' && membership.roles.some(isStaffRole);
