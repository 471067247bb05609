import {
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type ForgotPasswordRequest,
  type InvitationPreview,
  InvitationPreviewSchema,
  type LoginRequest,
  type Me,
  MeSchema,
  type MfaEnrolment,
  MfaEnrolmentSchema,
  type MfaRecoveryCodes,
  MfaRecoveryCodesSchema,
  type MfaVerifyRequest,
  type ResetPasswordRequest,
  type SessionResponse,
  SessionResponseSchema,
  type SignupRequest,
} from '@interlude/contracts';
import type { HttpTransport } from '../http/http-transport';

/** Sign-up, sign-in and the signed-in person's own account: `/api/v1/auth/…` and `/api/v1/me/…`. */
export interface AuthApi {
  /** `POST /auth/signup`: a new clinic and its first admin, signed in (sets the session cookie). */
  signUp(body: SignupRequest): Promise<SessionResponse>;
  /** `POST /auth/login`; 401 `mfa_required` asks for `totp` or `recoveryCode` with the same email and password. */
  signIn(body: LoginRequest): Promise<SessionResponse>;
  /** `POST /auth/logout`. */
  signOut(): Promise<void>;
  /** `GET /me`: 401 when nobody is signed in. */
  getMe(signal?: AbortSignal): Promise<Me>;
  /** `POST /me/password`: the person's other sessions end. */
  changePassword(body: ChangePasswordRequest): Promise<void>;
  /** `POST /me/mfa/totp`: a new secret to add to an authenticator app. */
  startMfaEnrolment(): Promise<MfaEnrolment>;
  /** `POST /me/mfa/totp/verify`: turns MFA on; the recovery codes are shown this once. */
  verifyMfaEnrolment(body: MfaVerifyRequest): Promise<MfaRecoveryCodes>;
  /** `POST /auth/password/forgot`: 202 whether or not the address has an account. */
  requestPasswordReset(body: ForgotPasswordRequest): Promise<void>;
  /** `POST /auth/password/reset`. */
  resetPassword(body: ResetPasswordRequest): Promise<void>;
  /** `GET /auth/invitations/{token}`: 404 when unknown, used, revoked or expired. */
  getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview>;
  /** `POST /auth/invitations/{token}/accept`: joins the clinic and signs in. */
  acceptInvitation(token: string, body: AcceptInvitationRequest): Promise<SessionResponse>;
}

export function createAuthApi(http: HttpTransport): AuthApi {
  return {
    signUp: (body) => http.json(SessionResponseSchema, '/v1/auth/signup', { method: 'POST', json: body }),
    signIn: (body) => http.json(SessionResponseSchema, '/v1/auth/login', { method: 'POST', json: body }),
    signOut: () => http.empty('/v1/auth/logout', { method: 'POST' }),
    getMe: (signal) => http.json(MeSchema, '/v1/me', { signal }),
    changePassword: (body) => http.empty('/v1/me/password', { method: 'POST', json: body }),
    startMfaEnrolment: () => http.json(MfaEnrolmentSchema, '/v1/me/mfa/totp', { method: 'POST' }),
    verifyMfaEnrolment: (body) =>
      http.json(MfaRecoveryCodesSchema, '/v1/me/mfa/totp/verify', { method: 'POST', json: body }),
    requestPasswordReset: (body) => http.empty('/v1/auth/password/forgot', { method: 'POST', json: body }),
    resetPassword: (body) => http.empty('/v1/auth/password/reset', { method: 'POST', json: body }),
    getInvitationPreview: (token, signal) =>
      http.json(InvitationPreviewSchema, `/v1/auth/invitations/${encodeURIComponent(token)}`, { signal }),
    acceptInvitation: (token, body) =>
      http.json(SessionResponseSchema, `/v1/auth/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        json: body,
      }),
  };
}
