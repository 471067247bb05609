import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../features/not-found/routes/NotFoundPage';
import { SystemStatusPage } from '../features/system-status/routes/SystemStatusPage';
import { RootLayout } from './RootLayout';
import { RouteErrorPage } from './RouteErrorPage';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    children: [
      {
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, Component: SystemStatusPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
