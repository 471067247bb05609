export { FormAlert, type FormAlertProps } from './forms/FormAlert';
export { SubmitButton, type SubmitButtonProps } from './forms/SubmitButton';
export {
  browserTimeZone,
  TimezoneSelect,
  type TimezoneSelectProps,
  timeZoneOptions,
} from './forms/TimezoneSelect';
export { AppShellLayout, type AppShellLayoutProps, MAIN_CONTENT_ID } from './layout/AppShellLayout';
export { PublicPageLayout, type PublicPageLayoutProps } from './layout/PublicPageLayout';
export { UserMenu, type UserMenuProps } from './layout/UserMenu';
export { NotificationBellLink, type NotificationBellLinkProps } from './notifications/NotificationBellLink';
export {
  NotificationListView,
  type NotificationListViewItem,
  type NotificationListViewProps,
  type NotificationListWords,
} from './notifications/NotificationListView';
export { ConfirmDialog, type ConfirmDialogProps } from './overlays/ConfirmDialog';
export { PageHeader, type PageHeaderProps } from './page/PageHeader';
export type { RouterLinkComponent, RouterLinkProps } from './routing/router-link';
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
