import type { RouteObject } from 'react-router';
import { AboutPage } from '../features/about/routes/AboutPage';
import { AcceptInvitationPage } from '../features/auth/routes/AcceptInvitationPage';
import { SignInPage } from '../features/auth/routes/SignInPage';
import { HomePage } from '../features/home/routes/HomePage';
import { HomeworkListPage } from '../features/homework/routes/HomeworkListPage';
import { OccurrencePage } from '../features/homework/routes/OccurrencePage';
import { NotFoundPage } from '../features/not-found/routes/NotFoundPage';
import { NotificationSettingsPage } from '../features/notifications/routes/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/routes/NotificationsPage';
import { UnsubscribePage } from '../features/notifications/routes/UnsubscribePage';
import { ProgressPage } from '../features/progress/routes/ProgressPage';
import { SafetyPlanPage } from '../features/safety-plan/routes/SafetyPlanPage';
import { RequireSession } from '../features/session/components/RequireSession';
import { PortalLayout } from './PortalLayout';
import { PublicLayout } from './PublicLayout';
import { RootRoute } from './RootRoute';
import { RouteErrorPage } from './RouteErrorPage';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootRoute,
    children: [
      {
        // Before sign-in, and anything unknown: "Need help now?" is in this header too.
        Component: PublicLayout,
        children: [
          {
            ErrorBoundary: RouteErrorPage,
            children: [
              { path: 'sign-in', Component: SignInPage },
              { path: 'invitations/:token', Component: AcceptInvitationPage },
              // The link in every reminder email: works without a session, and changes nothing until pressed.
              { path: 'unsubscribe', Component: UnsubscribePage },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
      {
        Component: RequireSession,
        children: [
          {
            Component: PortalLayout,
            children: [
              {
                ErrorBoundary: RouteErrorPage,
                children: [
                  { index: true, Component: HomePage },
                  { path: 'homework', Component: HomeworkListPage },
                  { path: 'homework/:occurrenceId', Component: OccurrencePage },
                  { path: 'progress', Component: ProgressPage },
                  { path: 'safety-plan', Component: SafetyPlanPage },
                  { path: 'notifications', Component: NotificationsPage },
                  { path: 'settings/notifications', Component: NotificationSettingsPage },
                  { path: 'about', Component: AboutPage },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
