import { z } from 'zod';

export const ROLES = ['admin', 'clinician', 'manager', 'client'] as const;
export const RoleSchema = z.enum(ROLES);
export const StaffRoleSchema = z.enum(['admin', 'clinician', 'manager']);

/** Trimmed and lower-cased before it is checked, so " Ada@Example.org" and "ada@example.org" are one person. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Enter an email address like name@example.org'));

/** Length is the rule (NIST 800-63B): no composition rules; common passwords are refused by the API. */
export const PasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(128, 'Use at most 128 characters');

export const PersonNameSchema = z.string().trim().min(1, 'Enter a name').max(120);

export const SignupRequestSchema = z.strictObject({
  clinicName: z.string().trim().min(2, 'Enter the clinic name').max(200),
  timezone: z.string().min(1).max(64),
  name: PersonNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

export const LoginRequestSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password').max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')
    .optional(),
  recoveryCode: z.string().trim().min(8).max(32).optional(),
});

export const MembershipSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  clinicName: z.string(),
  roles: z.array(RoleSchema),
  status: z.enum(['active', 'deactivated']),
});

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  mfaEnabled: z.boolean(),
});

export const MeSchema = z.object({
  user: UserSchema,
  memberships: z.array(MembershipSchema),
  /** A clinic requires MFA and this staff member has not enrolled yet: only /me routes work. */
  mfaEnrollmentRequired: z.boolean(),
});

export const SessionResponseSchema = MeSchema.extend({
  token: z.string(),
});

export const ForgotPasswordRequestSchema = z.strictObject({ email: EmailSchema });
export const ResetPasswordRequestSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: PasswordSchema,
});
export const AcceptInvitationRequestSchema = z.strictObject({
  name: PersonNameSchema,
  password: PasswordSchema,
});
export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export const MfaEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrCodeDataUrl: z.string(),
});
export const MfaVerifyRequestSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app'),
});
export const MfaRecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const MfaDisableRequestSchema = z.strictObject({ password: z.string().min(1).max(256) });

export const InvitationPreviewSchema = z.object({
  clinicId: z.uuid(),
  clinicName: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  expiresAt: z.iso.datetime(),
});

export type Role = z.infer<typeof RoleSchema>;
export type StaffRole = z.infer<typeof StaffRoleSchema>;
export type SignupRequest = z.infer<typeof SignupRequestSchema>;
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type User = z.infer<typeof UserSchema>;
export type Me = z.infer<typeof MeSchema>;
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
export type ForgotPasswordRequest = z.infer<typeof ForgotPasswordRequestSchema>;
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>;
export type MfaVerifyRequest = z.infer<typeof MfaVerifyRequestSchema>;
export type MfaRecoveryCodes = z.infer<typeof MfaRecoveryCodesSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
