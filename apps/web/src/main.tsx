import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createApiClient, endSession } from '@interlude/api-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';

// Without the trailing slash, so both `/base` and `/base/` match.
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
const router = createBrowserRouter(routes, { basename });
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
