export { AppShellLayout, type AppShellLayoutProps, MAIN_CONTENT_ID } from './layout/AppShellLayout';
export { EmptyState, type EmptyStateProps } from './states/EmptyState';
export { ErrorState, type ErrorStateProps } from './states/ErrorState';
export { LoadingState, type LoadingStateProps } from './states/LoadingState';
export { NotFoundState, type NotFoundStateProps } from './states/NotFoundState';
export {
  type ServiceState,
  type SystemReadiness,
  SystemStatus,
  type SystemStatusProps,
} from './system-status/SystemStatus';
export { InterludeProvider, type InterludeProviderProps } from './theme/InterludeProvider';
export { interludeCssVariables, interludeTheme } from './theme/interlude-theme';
