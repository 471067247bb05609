import { ApiError, systemKeys } from '@interlude/api-client';
import type { Readiness } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  admin,
  CLINIC_ID,
  clinician,
  membership,
  OTHER_CLINIC_ID,
  person,
  problem,
  readiness,
} from '../test-utils/fixtures';
import { renderRoute } from '../test-utils/render-route';

const seedReadiness = (data: Readiness) => (queryClient: QueryClient) =>
  queryClient.setQueryData(systemKeys.readiness(), data);

function serviceRows() {
  return screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('the system status page (/status, public)', () => {
  it('shows the status from the cache', async () => {
    renderRoute('/status', {
      me: null,
      seed: seedReadiness({
        ...readiness,
        mode: 'demo',
        status: 'unavailable',
        checks: { database: 'down', queue: 'up' },
      }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(screen.getByText('Something is down')).toBeInTheDocument();
    expect(serviceRows()).toEqual([
      ['Database', 'Not reachable'],
      ['Background jobs', 'Working'],
    ]);
    expect(screen.getByText('Demo mode')).toBeInTheDocument();
  });

  it('says all systems work when every check is up', async () => {
    renderRoute('/status', { me: null, seed: seedReadiness(readiness) });

    expect(await screen.findByText('All systems working')).toBeInTheDocument();
  });

  it('shows a skeleton while the first check is running', async () => {
    renderRoute('/status', {
      me: null,
      apiClient: { getReadiness: () => new Promise<Readiness>(() => undefined) },
    });

    const loading = await screen.findByRole('status');
    expect(loading).toHaveAttribute('aria-busy', 'true');
    expect(loading).toHaveTextContent('Checking the service');
  });

  it('explains a failed check and retries it', async () => {
    const getReadiness = jest
      .fn<Promise<Readiness>, [AbortSignal?]>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockResolvedValue(readiness);
    renderRoute('/status', { me: null, apiClient: { getReadiness } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check the status');
    expect(alert).toHaveTextContent('The Interlude server could not be reached.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('All systems working')).toBeInTheDocument();
  });

  it('marks the current page in the navigation, which offers sign-in to visitors', async () => {
    renderRoute('/status', { me: null, seed: seedReadiness(readiness) });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'System status' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(nav).queryByRole('link', { name: 'Demo mailbox' })).not.toBeInTheDocument();
  });

  it('links the demo mailbox only in demo mode', async () => {
    renderRoute('/status', { me: null, seed: seedReadiness({ ...readiness, mode: 'demo' }) });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Demo mailbox' })).toHaveAttribute('href', '/demo/mailbox');
  });
});

describe('the not-found page', () => {
  it('renders inside the app shell with a link home', async () => {
    renderRoute('/no/such/page', { me: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});

describe('the home route (/)', () => {
  it('sends visitors to sign in', async () => {
    const { router } = renderRoute('/', { me: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('sends staff of one clinic to its home', async () => {
    const { router } = renderRoute('/', { me: admin() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ana Admin' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}`);
  });

  it('asks staff of several clinics which one, and remembers the choice in the URL', async () => {
    const me = person({}, [
      membership(),
      membership({ clinicId: OTHER_CLINIC_ID, clinicName: 'Hillside Therapy' }),
    ]);
    const { router } = renderRoute('/', { me });

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a clinic' })).toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('main')).getByRole('link', { name: /Hillside Therapy/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${OTHER_CLINIC_ID}`));
    expect(screen.getByRole('banner')).toHaveTextContent('Hillside Therapy');
  });

  it('goes straight to MFA set-up when a clinic requires it', async () => {
    const { router } = renderRoute('/', { me: person({ mfaEnrollmentRequired: true }) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step sign-in' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/mfa');
  });
});

describe('signed-in pages', () => {
  it('send visitors to sign in, and remember where they were going', async () => {
    const { router } = renderRoute(`/clinics/${CLINIC_ID}/staff`, { me: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/clinics/${CLINIC_ID}/staff`)}`);
  });

  it('keep a person who must set up MFA on the set-up page', async () => {
    const { router } = renderRoute('/account', { me: person({ mfaEnrollmentRequired: true }) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step sign-in' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/mfa');
  });

  it('show the clinic name, the person’s menu and the admin navigation to an admin', async () => {
    renderRoute(`/clinics/${CLINIC_ID}`, {
      me: admin(),
      apiClient: {
        getClinicSettings: () => new Promise(() => undefined),
        getDashboard: () => new Promise(() => undefined),
      },
    });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('banner')).toHaveTextContent('Riverside Counseling');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Clients',
      'Review',
      'Prep tasks',
      'Library',
      'Programs',
      'Reports',
      'Staff',
      'Clinic settings',
      'Audit log',
      'Email delivery',
      'System status',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Account menu for Ana Admin' }));
    expect(await screen.findByRole('menuitem', { name: 'My account' })).toHaveAttribute('href', '/account');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('show a clinician only what a clinician may open', async () => {
    renderRoute(`/clinics/${CLINIC_ID}`, {
      me: clinician(),
      apiClient: {
        getClinicSettings: () => new Promise(() => undefined),
        getDashboard: () =>
          Promise.resolve({
            riskAlerts: [],
            reviewCounts: { riskAlerts: 0, submissions: 0, declines: 0, flagged: 0 },
            prepTasksDue: [],
            caseload: [],
          }),
      },
    });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'My caseload', 'Review', 'Prep tasks', 'Library', 'Programs', 'Reports']);
    expect(within(nav).getByRole('link', { name: 'My caseload' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/clients`,
    );
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/templates`,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Cal Clinician' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Your caseload' })).toBeInTheDocument();
  });

  it('give a manager the reports but no client list in the navigation', async () => {
    const manager = person({}, [membership({ roles: ['manager'] })]);
    renderRoute(`/clinics/${CLINIC_ID}`, {
      me: manager,
      apiClient: { getClinicSettings: () => new Promise(() => undefined) },
    });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Reports']);
    expect(within(nav).getByRole('link', { name: 'Reports' })).toHaveAttribute(
      'href',
      `/clinics/${CLINIC_ID}/reports`,
    );
    expect(within(nav).queryByRole('link', { name: /Clients|caseload/ })).not.toBeInTheDocument();
  });

  it('refuse the client list to a manager who types its address', async () => {
    renderRoute(`/clinics/${CLINIC_ID}/clients`, { me: person({}, [membership({ roles: ['manager'] })]) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You don’t have access to this page' }),
    ).toBeInTheDocument();
  });

  it('refuse an admin page to a clinician who types its address', async () => {
    renderRoute(`/clinics/${CLINIC_ID}/settings`, { me: clinician() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You don’t have access to this page' }),
    ).toBeInTheDocument();
  });

  it('answer "not found" for a clinic the person does not belong to', async () => {
    renderRoute(`/clinics/${OTHER_CLINIC_ID}`, { me: admin() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Clinic not found' })).toBeInTheDocument();
  });
});

describe('when the session ends', () => {
  it('a 401 from any query leads to sign-in with a calm message, then back to the same page', async () => {
    const signIn = jest.fn().mockResolvedValue({ ...admin(), token: 't' });
    const { router, queryClient } = renderRoute(`/clinics/${CLINIC_ID}/audit?outcome=denied`, {
      me: admin(),
      apiClient: {
        getClinicSettings: () => Promise.reject(problem(401, { code: 'session_expired' })),
        listAuditEvents: () => Promise.reject(problem(401, { code: 'session_expired' })),
        signIn,
      },
    });

    expect(await screen.findByText('Your session ended. Please sign in again.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(queryClient.getQueryData(['session', 'me'])).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: [CLINIC_ID] })).toEqual([]);

    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'ana@riverside.example' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}/audit`));
    expect(router.state.location.search).toBe('?outcome=denied');
  });

  it('signing out says so', async () => {
    const signOut = jest.fn().mockResolvedValue(undefined);
    renderRoute(`/clinics/${CLINIC_ID}`, {
      me: admin(),
      apiClient: { signOut, getClinicSettings: () => new Promise(() => undefined) },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Account menu for Ana Admin' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
