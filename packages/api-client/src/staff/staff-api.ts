import {
  type Invitation,
  InvitationSchema,
  type InviteStaffRequest,
  pageOf,
  type StaffMember,
  StaffMemberSchema,
  type StaffQuerySchema,
  type UpdateStaffRequest,
} from '@interlude/contracts';
import { z } from 'zod';
import { clinicPath } from '../clinic/clinic-api';
import type { HttpTransport } from '../http/http-transport';
import type { Page } from '../pagination';

/** What the staff list accepts (`limit` defaults to 25 on the server). */
export type StaffListQuery = Omit<z.input<typeof StaffQuerySchema>, 'limit'> & { limit?: number };

const StaffPageSchema = pageOf(StaffMemberSchema);
const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });

/** Staff memberships and invitations of a clinic: admins only. */
export interface StaffApi {
  /** `GET /clinics/{clinicId}/staff`: one page, with `nextCursor` for the next. */
  listStaff(clinicId: string, query?: StaffListQuery, signal?: AbortSignal): Promise<Page<StaffMember>>;
  /** `POST /clinics/{clinicId}/staff`: emails a 7-day, single-use link. */
  inviteStaff(clinicId: string, body: InviteStaffRequest): Promise<Invitation>;
  /** `PATCH /clinics/{clinicId}/staff/{membershipId}`: roles, or deactivate / reactivate. */
  updateStaff(clinicId: string, membershipId: string, body: UpdateStaffRequest): Promise<StaffMember>;
  /** `GET /clinics/{clinicId}/invitations`: pending first. */
  listInvitations(clinicId: string, signal?: AbortSignal): Promise<{ items: Invitation[] }>;
  /** `POST /clinics/{clinicId}/invitations/{invitationId}/resend`: a new link, valid 7 days from now. */
  resendInvitation(clinicId: string, invitationId: string): Promise<Invitation>;
  /** `POST /clinics/{clinicId}/invitations/{invitationId}/revoke`. */
  revokeInvitation(clinicId: string, invitationId: string): Promise<Invitation>;
}

export function createStaffApi(http: HttpTransport): StaffApi {
  const invitation = (clinicId: string, invitationId: string, action: 'resend' | 'revoke') =>
    `${clinicPath(clinicId)}/invitations/${encodeURIComponent(invitationId)}/${action}`;

  return {
    listStaff: (clinicId, query = {}, signal) =>
      http.json(StaffPageSchema, `${clinicPath(clinicId)}/staff`, { query: { ...query }, signal }),
    inviteStaff: (clinicId, body) =>
      http.json(InvitationSchema, `${clinicPath(clinicId)}/staff`, { method: 'POST', json: body }),
    updateStaff: (clinicId, membershipId, body) =>
      http.json(StaffMemberSchema, `${clinicPath(clinicId)}/staff/${encodeURIComponent(membershipId)}`, {
        method: 'PATCH',
        json: body,
      }),
    listInvitations: (clinicId, signal) =>
      http.json(InvitationListSchema, `${clinicPath(clinicId)}/invitations`, { signal }),
    resendInvitation: (clinicId, invitationId) =>
      http.json(InvitationSchema, invitation(clinicId, invitationId, 'resend'), { method: 'POST' }),
    revokeInvitation: (clinicId, invitationId) =>
      http.json(InvitationSchema, invitation(clinicId, invitationId, 'revoke'), { method: 'POST' }),
  };
}
