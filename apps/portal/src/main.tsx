import '@mantine/core/styles.css';
import { createApiClient } from '@interlude/api-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { endSession } from './features/session/session-end';

// Without the trailing slash, so both `/base` and `/base/` match.
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
const router = createBrowserRouter(routes, { basename });
// A 401 anywhere (session timed out, access withdrawn): forget the data and go to sign-in, calmly.
const queryClient = createQueryClient({ onSessionEnded: (client) => endSession(client) });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} apiClient={createApiClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
