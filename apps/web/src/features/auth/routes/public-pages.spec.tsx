import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CLINIC_ID, person, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

describe('forgot password', () => {
  it('gives the same answer whether or not the address has an account', async () => {
    const requestPasswordReset = jest.fn().mockResolvedValue(undefined);
    renderRoute('/forgot-password', { me: null, apiClient: { requestPasswordReset } });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Email' }), {
      target: { value: 'Someone@Example.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    const sent = await screen.findByRole('status');
    expect(sent).toHaveTextContent("If an account exists for that address, we've sent a link.");
    await waitFor(() => expect(sent).toHaveFocus());
    expect(requestPasswordReset).toHaveBeenCalledWith({ email: 'someone@example.org' });
  });
});

describe('reset password', () => {
  it('sets the new password and sends the person to sign in', async () => {
    const resetPassword = jest.fn().mockResolvedValue(undefined);
    const token = 'a-reset-token-of-enough-length';
    const { router } = renderRoute(`/reset-password?token=${token}`, {
      me: null,
      apiClient: { resetPassword },
    });

    const password = await screen.findByLabelText(/New password/);
    expect(password).toHaveAccessibleDescription('At least 10 characters. Avoid common passwords.');
    fireEvent.change(password, { target: { value: 'a new long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(
      await screen.findByText('Your password has been changed. Sign in with your new password.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(resetPassword).toHaveBeenCalledWith({ token, password: 'a new long passphrase' });
  });

  it('offers a new link when this one has expired', async () => {
    renderRoute('/reset-password?token=a-reset-token-of-enough-length', {
      me: null,
      apiClient: {
        resetPassword: () =>
          Promise.reject(
            problem(400, {
              code: 'token_invalid',
              errors: [{ path: 'token', message: 'This link has expired or was already used' }],
            }),
          ),
      },
    });

    fireEvent.change(await screen.findByLabelText(/New password/), {
      target: { value: 'a new long passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link has expired or was already used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});

describe('accept an invitation', () => {
  const preview = {
    clinicId: CLINIC_ID,
    clinicName: 'Riverside Counseling',
    email: 'new@riverside.example',
    name: 'New Colleague',
    roles: ['clinician' as const],
    expiresAt: '2026-07-08T12:00:00.000Z',
  };

  it('shows the clinic, prefills the name, and joins', async () => {
    const acceptInvitation = jest.fn().mockResolvedValue({ ...person(), token: 't' });
    const { router } = renderRoute('/invitations/invite-token', {
      me: null,
      apiClient: {
        getInvitationPreview: () => Promise.resolve(preview),
        acceptInvitation,
        getClinicSettings: () => new Promise(() => undefined),
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Riverside Counseling' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/invited as Clinician/)).toHaveTextContent('new@riverside.example');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('New Colleague');

    fireEvent.change(screen.getByLabelText(/Choose a password/), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Riverside Counseling' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}`));
    expect(acceptInvitation).toHaveBeenCalledWith('invite-token', {
      name: 'New Colleague',
      password: 'a long passphrase',
    });
  });

  it('explains an invitation that cannot be used', async () => {
    renderRoute('/invitations/used-token', {
      me: null,
      apiClient: { getInvitationPreview: () => Promise.reject(problem(404)) },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation can’t be used' }),
    ).toBeInTheDocument();
  });
});

describe('sign up', () => {
  it('creates the clinic in the browser’s time zone and opens it', async () => {
    const signUp = jest.fn().mockResolvedValue({ ...person(), token: 't' });
    const { router } = renderRoute('/sign-up', {
      me: null,
      apiClient: { signUp, getClinicSettings: () => new Promise(() => undefined) },
    });

    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await screen.findByRole('combobox', { name: 'Time zone' })).toHaveValue(zone);
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      'At least 10 characters. Avoid common passwords.',
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Clinic name' }), {
      target: { value: 'Riverside Counseling' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ana Admin' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), {
      target: { value: 'ana@riverside.example' },
    });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}`));
    expect(signUp).toHaveBeenCalledWith({
      clinicName: 'Riverside Counseling',
      timezone: zone,
      name: 'Ana Admin',
      email: 'ana@riverside.example',
      password: 'a long passphrase',
    });
  });

  it('puts a refused address on the email field', async () => {
    renderRoute('/sign-up', {
      me: null,
      apiClient: {
        signUp: () =>
          Promise.reject(
            problem(409, {
              errors: [{ path: 'email', message: 'An account with this email already exists' }],
            }),
          ),
      },
    });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Clinic name' }), {
      target: { value: 'Riverside' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), {
      target: { value: 'ana@riverside.example' },
    });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('An account with this email already exists'),
    );
    expect(email).toHaveFocus();
  });
});
