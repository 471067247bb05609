import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/routes/AccountPage';
import { MfaSetupPage } from '../features/account/routes/MfaSetupPage';
import { AuditLogPage } from '../features/audit-log/routes/AuditLogPage';
import { AcceptInvitationPage } from '../features/auth/routes/AcceptInvitationPage';
import { ForgotPasswordPage } from '../features/auth/routes/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/routes/ResetPasswordPage';
import { SignInPage } from '../features/auth/routes/SignInPage';
import { SignUpPage } from '../features/auth/routes/SignUpPage';
import { ClientDetailPage } from '../features/clients/routes/ClientDetailPage';
import { ClientListPage } from '../features/clients/routes/ClientListPage';
import { EditClientPage } from '../features/clients/routes/EditClientPage';
import { NewClientPage } from '../features/clients/routes/NewClientPage';
import { ClinicHomePage } from '../features/clinic-home/routes/ClinicHomePage';
import { ClinicSettingsPage } from '../features/clinic-settings/routes/ClinicSettingsPage';
import { DeliveriesPage } from '../features/deliveries/routes/DeliveriesPage';
import { DemoMailboxPage } from '../features/demo-mailbox/routes/DemoMailboxPage';
import { DemoMessagePage } from '../features/demo-mailbox/routes/DemoMessagePage';
import { AssignHomeworkPage } from '../features/homework/routes/AssignHomeworkPage';
import { NotFoundPage } from '../features/not-found/routes/NotFoundPage';
import { NotificationsPage } from '../features/notifications/routes/NotificationsPage';
import { PrepTasksPage } from '../features/prep-tasks/routes/PrepTasksPage';
import { ReportsPage } from '../features/reports/routes/ReportsPage';
import { ReviewQueuePage } from '../features/review/routes/ReviewQueuePage';
import { SubmissionPage } from '../features/review/routes/SubmissionPage';
import { RequireClinicMembership } from '../features/session/components/RequireClinicMembership';
import { RequireRole } from '../features/session/components/RequireRole';
import { RequireSession } from '../features/session/components/RequireSession';
import { ChooseClinicPage } from '../features/session/routes/ChooseClinicPage';
import { HomeRedirect } from '../features/session/routes/HomeRedirect';
import { StaffPage } from '../features/staff/routes/StaffPage';
import { SystemStatusPage } from '../features/system-status/routes/SystemStatusPage';
import { templateRoutes } from '../features/templates/template-routes';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Public screens sit in a quiet one-column layout; everything else in the app shell. Staff pages live
 * under `/clinics/:clinicId/…`, so the clinic someone works in is in the URL (and survives a reload).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            ErrorBoundary: RouteErrorPage,
            children: [
              { index: true, Component: HomeRedirect },
              { path: 'sign-in', Component: SignInPage },
              { path: 'sign-up', Component: SignUpPage },
              { path: 'forgot-password', Component: ForgotPasswordPage },
              { path: 'reset-password', Component: ResetPasswordPage },
              { path: 'invitations/:token', Component: AcceptInvitationPage },
              { Component: RequireSession, children: [{ path: 'account/mfa', Component: MfaSetupPage }] },
            ],
          },
        ],
      },
      {
        Component: AppLayout,
        children: [
          {
            ErrorBoundary: RouteErrorPage,
            children: [
              { path: 'status', Component: SystemStatusPage },
              { path: 'demo/mailbox', Component: DemoMailboxPage },
              { path: 'demo/mailbox/:messageId', Component: DemoMessagePage },
              {
                Component: RequireSession,
                children: [
                  { path: 'account', Component: AccountPage },
                  { path: 'clinics', Component: ChooseClinicPage },
                  {
                    path: 'clinics/:clinicId',
                    Component: RequireClinicMembership,
                    children: [
                      { index: true, Component: ClinicHomePage },
                      // Every staff role has notifications (risk alerts, the morning summary).
                      { path: 'notifications', Component: NotificationsPage },
                      {
                        // Managers see no individual client; the API answers 404 for them anyway.
                        element: <RequireRole roles={['admin', 'clinician']} />,
                        children: [
                          { path: 'clients', Component: ClientListPage },
                          { path: 'clients/new', Component: NewClientPage },
                          { path: 'clients/:clientId', Component: ClientDetailPage },
                          { path: 'clients/:clientId/edit', Component: EditClientPage },
                          { path: 'clients/:clientId/assign', Component: AssignHomeworkPage },
                          { path: 'submissions/:submissionId', Component: SubmissionPage },
                          { path: 'review', Component: ReviewQueuePage },
                          { path: 'prep-tasks', Component: PrepTasksPage },
                          ...templateRoutes,
                        ],
                      },
                      {
                        // Aggregate figures only: managers and admins see the clinic, clinicians their caseload.
                        element: <RequireRole roles={['admin', 'manager', 'clinician']} />,
                        children: [{ path: 'reports', Component: ReportsPage }],
                      },
                      {
                        element: <RequireRole roles={['admin']} />,
                        children: [
                          { path: 'staff', Component: StaffPage },
                          { path: 'settings', Component: ClinicSettingsPage },
                          { path: 'audit', Component: AuditLogPage },
                          { path: 'deliveries', Component: DeliveriesPage },
                        ],
                      },
                    ],
                  },
                ],
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];
