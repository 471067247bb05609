import { z } from 'zod';
import { EmailSchema, PersonNameSchema, RoleSchema, StaffRoleSchema } from './auth.schema';
import { PageQuerySchema } from './pagination.schema';

export const StaffMemberSchema = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  status: z.enum(['active', 'deactivated']),
  mfaEnabled: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
});

export const StaffQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: StaffRoleSchema.optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});

export const InviteStaffRequestSchema = z.strictObject({
  email: EmailSchema,
  name: PersonNameSchema,
  roles: z.array(StaffRoleSchema).min(1, 'Choose at least one role').max(3),
});

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

export const UpdateStaffRequestSchema = z
  .strictObject({
    roles: z.array(StaffRoleSchema).min(1, 'Choose at least one role').max(3),
    status: z.enum(['active', 'deactivated']),
  })
  .partial()
  .refine((v) => v.roles !== undefined || v.status !== undefined, { message: 'Send roles or status' });

export type StaffMember = z.infer<typeof StaffMemberSchema>;
export type StaffQuery = z.infer<typeof StaffQuerySchema>;
export type InviteStaffRequest = z.infer<typeof InviteStaffRequestSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type UpdateStaffRequest = z.infer<typeof UpdateStaffRequestSchema>;
