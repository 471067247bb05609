export { ApiClientProvider, type ApiClientProviderProps, useApiClient } from './ApiClientProvider';
export { type ApiClient, createApiClient } from './api-client';
export { ApiError, type ApiErrorKind, isApiError } from './http/api-error';
export type { ApiClientOptions, FetchLike } from './http/http-transport';
export { shouldRetry } from './http/should-retry';
export { clinicScopedKeys, systemKeys } from './query-keys';
export { READINESS_REFETCH_INTERVAL_MS, readinessQueryOptions, useReadiness } from './system/use-readiness';
