import type { ApiClient } from '@interlude/api-client';
import type {
  AcceptInvitationRequest,
  InvitationPreview,
  LoginRequest,
  SessionResponse,
} from '@interlude/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { CLINIC_ID, clientSession, portalHome } from '../../../test-utils/fixtures';
import { problem, renderRoute } from '../../../test-utils/render-route';

const invitation: InvitationPreview = {
  clinicId: CLINIC_ID,
  clinicName: 'Harbour Therapy',
  email: 'sam@example.org',
  name: 'Samantha Reyes',
  roles: ['client'],
  expiresAt: '2026-12-10T00:00:00.000Z',
};

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('signing in to the portal', () => {
  it('signs a client in and opens their home: greeting, next session, clinic and the homework place', async () => {
    const signIn = jest.fn<Promise<SessionResponse>, [LoginRequest]>().mockResolvedValue(clientSession);
    const api: Partial<ApiClient> = {
      signIn,
      getPortalHome: () => Promise.resolve(portalHome()),
      listMyAssignments: () => Promise.resolve({ items: [] }),
      listMyProposals: () => Promise.resolve({ items: [] }),
    };
    const { router } = renderRoute('/sign-in', { apiClient: api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    type(/^Email/, ' Sam@Example.org ');
    type(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    expect(signIn).toHaveBeenCalledWith({ email: 'sam@example.org', password: 'correct horse battery' });
    expect(router.state.location.pathname).toMatch(/^\/portal\/?$/);
    expect(screen.getByText('Your next session is Thursday 3 December at 3:00 pm')).toBeInTheDocument();
    expect(screen.getAllByText('Harbour Therapy').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Your safety plan' })).toBeInTheDocument();
    const practice = screen.getByRole('region', { name: 'Practice' });
    expect(
      await within(practice).findByRole('heading', { name: 'Nothing due today — enjoy your day' }),
    ).toBeInTheDocument();
    expect(within(practice).getByRole('link', { name: 'See all my practice' })).toHaveAttribute(
      'href',
      '/portal/homework',
    );
  });

  it('uses the first name when there is no preferred name, and says when no session is booked', async () => {
    renderRoute('/sign-in', {
      apiClient: {
        signIn: () => Promise.resolve(clientSession),
        getPortalHome: () =>
          Promise.resolve(
            portalHome({
              client: { preferredName: null, nextSessionAt: null },
              clinic: { homeworkTerm: 'between-session activities' },
            }),
          ),
      },
    });
    type(/^Email/, 'sam@example.org');
    type(/^Password/, 'correct horse battery');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Samantha' })).toBeInTheDocument();
    expect(screen.getByText('No session booked yet')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Between-session activities' })).toBeInTheDocument();
  });

  it('says calmly when the email and password do not match, and checks the fields first', async () => {
    const signIn = jest.fn().mockRejectedValue(problem(401, 'invalid_credentials'));
    renderRoute('/sign-in', { apiClient: { signIn } });

    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter an email address like name@example.org')).toBeInTheDocument();
    expect(signIn).not.toHaveBeenCalled();

    type(/^Email/, 'sam@example.org');
    type(/^Password/, 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match');
  });
});

describe('accepting a portal invitation', () => {
  it('welcomes the client, shows the password rule, and lands on home after setting a password', async () => {
    const acceptInvitation = jest
      .fn<Promise<SessionResponse>, [string, AcceptInvitationRequest]>()
      .mockResolvedValue(clientSession);
    renderRoute('/invitations/tok_1234567890abcdef', {
      apiClient: {
        getInvitationPreview: () => Promise.resolve(invitation),
        acceptInvitation,
        getPortalHome: () => Promise.resolve(portalHome()),
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Harbour Therapy' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Your name/)).toHaveValue('Samantha Reyes');
    const password = screen.getByLabelText(/^Choose a password/);
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Use at least 10 characters'));

    type(/^Choose a password/, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Set up my account' }));
    // The schema's own message, tied to the field (the rule above stays too).
    expect(await screen.findByText('Use at least 10 characters')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-describedby', expect.stringContaining('-error'));
    expect(acceptInvitation).not.toHaveBeenCalled();

    type(/^Your name/, 'Sam Reyes');
    type(/^Choose a password/, 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Set up my account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    expect(acceptInvitation).toHaveBeenCalledWith('tok_1234567890abcdef', {
      name: 'Sam Reyes',
      password: 'a long enough passphrase',
    });
  });

  it('explains an invitation that can no longer be used', async () => {
    renderRoute('/invitations/gone', {
      apiClient: { getInvitationPreview: () => Promise.reject(problem(404)) },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation can’t be used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/portal/sign-in');
  });
});
