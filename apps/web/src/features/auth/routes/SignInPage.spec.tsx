import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { admin, CLINIC_ID, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** The text an input's aria-describedby points to (its description and error). */
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('sign in', () => {
  it('checks the fields with the contract before asking the API', async () => {
    const signIn = jest.fn();
    renderRoute('/sign-in', { me: null, apiClient: { signIn } });

    fillIn('not-an-email', '');

    const email = await screen.findByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(email)).toContain('Enter an email address like name@example.org');
    expect(describedBy(screen.getByLabelText(/^Password/))).toContain('Enter your password');
    expect(email).toHaveFocus();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('shows the field errors of a 400 problem on their fields', async () => {
    const signIn = jest.fn().mockRejectedValue(
      problem(400, {
        detail: 'Some fields are missing or not valid.',
        errors: [{ path: 'email', message: 'This address cannot sign in here' }],
      }),
    );
    renderRoute('/sign-in', { me: null, apiClient: { signIn } });

    fillIn('Ana@Riverside.example ', 'a long passphrase');

    const email = screen.getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(describedBy(email)).toContain('This address cannot sign in here'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    // The body is the contract's output: the address trimmed and lower-cased.
    expect(signIn).toHaveBeenCalledWith({ email: 'ana@riverside.example', password: 'a long passphrase' });
  });

  it('says when the email and password do not match', async () => {
    renderRoute('/sign-in', {
      me: null,
      apiClient: { signIn: () => Promise.reject(problem(401, { code: 'invalid_credentials' })) },
    });

    fillIn('ana@riverside.example', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match');
    // A wrong password is not a session that ended: the person stays on the form.
    expect(screen.queryByText('Your session ended. Please sign in again.')).not.toBeInTheDocument();
  });

  it('says how long to wait after too many attempts', async () => {
    renderRoute('/sign-in', {
      me: null,
      apiClient: {
        signIn: () =>
          Promise.reject(
            problem(429, {
              code: 'too_many_attempts',
              detail: 'Too many failed sign-in attempts. Please wait and try again.',
              retryAfterSeconds: 300,
            }),
          ),
      },
    });

    fillIn('ana@riverside.example', 'a long passphrase');

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in about 5 minutes.');
  });

  it('moves to the code step on mfa_required, then signs in with the code', async () => {
    const signIn = jest
      .fn()
      .mockRejectedValueOnce(problem(401, { code: 'mfa_required' }))
      .mockResolvedValueOnce({ ...admin(), token: 'api-token' });
    const { router } = renderRoute('/sign-in', { me: null, apiClient: { signIn } });

    fillIn('ana@riverside.example', 'a long passphrase');

    expect(await screen.findByRole('heading', { name: 'Two-step sign-in' })).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}`));
    expect(signIn).toHaveBeenLastCalledWith({
      email: 'ana@riverside.example',
      password: 'a long passphrase',
      totp: '123456',
    });
  });

  it('checks the code and says when it did not work', async () => {
    const signIn = jest
      .fn()
      .mockRejectedValueOnce(problem(401, { code: 'mfa_required' }))
      .mockRejectedValueOnce(problem(401, { code: 'mfa_invalid' }));
    renderRoute('/sign-in', { me: null, apiClient: { signIn } });
    fillIn('ana@riverside.example', 'a long passphrase');
    const code = await screen.findByRole('textbox', { name: '6-digit code' });

    fireEvent.change(code, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(describedBy(code)).toContain('Enter the 6-digit code from your authenticator app'),
    );
    expect(signIn).toHaveBeenCalledTimes(1);

    fireEvent.change(code, { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(describedBy(code)).toContain('That code did not work'));
    expect(screen.queryByText('Your session ended. Please sign in again.')).not.toBeInTheDocument();
  });

  it('offers a recovery code instead of the app', async () => {
    const signIn = jest
      .fn()
      .mockRejectedValueOnce(problem(401, { code: 'mfa_required' }))
      .mockResolvedValueOnce({ ...admin(), token: 'api-token' });
    renderRoute('/sign-in', { me: null, apiClient: { signIn } });
    fillIn('ana@riverside.example', 'a long passphrase');

    fireEvent.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    const recovery = screen.getByRole('textbox', { name: 'Recovery code' });
    await waitFor(() => expect(recovery).toHaveFocus());
    fireEvent.change(recovery, { target: { value: ' abcd-efgh-2345 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(signIn).toHaveBeenLastCalledWith({
        email: 'ana@riverside.example',
        password: 'a long passphrase',
        recoveryCode: 'abcd-efgh-2345',
      }),
    );
  });

  it('shows why the person is asked to sign in again', async () => {
    renderRoute('/sign-in?reason=session-ended', { me: null });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Your session ended. Please sign in again.');
  });
});
