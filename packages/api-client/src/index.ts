export { ApiClientProvider, type ApiClientProviderProps, useApiClient } from './ApiClientProvider';
export { type ApiClient, createApiClient, type SystemApi } from './api-client';
export type { AuditApi, AuditEventsQuery } from './audit/audit-api';
export {
  AUDIT_PAGE_SIZE,
  type AuditEventFilters,
  auditEventsQueryOptions,
  useAuditEvents,
} from './audit/use-audit-events';
export type { AuthApi } from './auth/auth-api';
export { meOf, replaceSession } from './auth/session-cache';
export { endSession, type SessionEndReason, useSessionEndReason } from './auth/session-end';
export {
  invitationPreviewQueryOptions,
  meQueryOptions,
  useAcceptInvitation,
  useChangePassword,
  useInvitationPreview,
  useMe,
  useRequestPasswordReset,
  useResetPassword,
  useSignIn,
  useSignOut,
  useSignUp,
  useStartMfaEnrolment,
  useVerifyMfaEnrolment,
} from './auth/use-auth';
export * from './clients';
export type { ClinicApi } from './clinic/clinic-api';
export {
  clinicSettingsQueryOptions,
  useClinicSettings,
  useUpdateClinicSettings,
} from './clinic/use-clinic-settings';
export {
  type DemoApi,
  type DemoMailbox,
  DemoMailboxSchema,
  type DemoMailMessage,
  DemoMailMessageSchema,
} from './demo/demo-api';
export {
  DEMO_MAILBOX_REFETCH_INTERVAL_MS,
  demoMailboxQueryOptions,
  useDemoMailbox,
} from './demo/use-demo-mailbox';
export * from './homework';
export {
  ApiError,
  type ApiErrorKind,
  type ApiErrorOptions,
  isApiError,
  isMfaEnrolmentRequired,
  isSessionEnded,
  type ProblemDetails,
} from './http/api-error';
export { type ApiClientOptions, CSRF_HEADER, type FetchLike } from './http/http-transport';
export { shouldRetry } from './http/should-retry';
export * from './my-homework';
export * from './notifications';
export { nextPageCursor, type Page } from './pagination';
export * from './portal';
export {
  auditEventKeys,
  clinicScopedKeys,
  clinicSettingsKeys,
  invitationKeys,
  isSystemKey,
  publicKeys,
  sessionKeys,
  staffKeys,
  systemKeys,
} from './query-keys';
export * from './reports';
export * from './safety-plans';
export type { StaffApi, StaffListQuery } from './staff/staff-api';
export {
  invitationsQueryOptions,
  STAFF_PAGE_SIZE,
  type StaffFilters,
  staffListQueryOptions,
  type UpdateStaffVariables,
  useInvitations,
  useInviteStaff,
  useResendInvitation,
  useRevokeInvitation,
  useStaffList,
  useUpdateStaff,
} from './staff/use-staff';
export {
  READINESS_REFETCH_INTERVAL_MS,
  readinessQueryOptions,
  useReadiness,
  useServiceMode,
} from './system/use-readiness';
export * from './templates';
