import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { admin, CLINIC_ID, person, problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const enrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUrl:
    'otpauth://totp/Interlude:ana@riverside.example?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Interlude',
  qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
};
const recoveryCodes = ['abcd-efgh-2345', 'ijkl-mnop-6789'];

describe('my account', () => {
  it('turns on two-step sign-in: QR code and key, the code, then the recovery codes once', async () => {
    const startMfaEnrolment = jest.fn().mockResolvedValue(enrolment);
    const verifyMfaEnrolment = jest
      .fn()
      .mockRejectedValueOnce(problem(400, { code: 'mfa_invalid' }))
      .mockResolvedValueOnce({ recoveryCodes });
    const getMe = jest.fn().mockResolvedValue(person({ user: { ...admin().user, mfaEnabled: true } }));
    renderRoute('/account', { me: admin(), apiClient: { startMfaEnrolment, verifyMfaEnrolment, getMe } });

    const section = await screen.findByRole('region', { name: 'Two-step sign-in' });
    expect(within(section).getByText('Off')).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Set up two-step sign-in' }));

    const heading = await within(section).findByRole('heading', {
      name: 'Add Interlude to your authenticator app',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(section).getByRole('img', { name: /QR code/ })).toHaveAttribute(
      'src',
      enrolment.qrCodeDataUrl,
    );
    expect(within(section).getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeInTheDocument();

    const code = within(section).getByRole('textbox', { name: '6-digit code' });
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Turn on two-step sign-in' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(expect.stringContaining('That code did not work')),
    );

    fireEvent.change(code, { target: { value: '222222' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Turn on two-step sign-in' }));

    const codes = await within(section).findByRole('list', { name: 'Recovery codes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(recoveryCodes);
    expect(verifyMfaEnrolment).toHaveBeenLastCalledWith({ code: '222222' });
    // `me` now says MFA is on, yet the codes stay until the person says they have saved them.
    await waitFor(() => expect(getMe).toHaveBeenCalled());
    expect(within(section).getByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: "I've saved these" }));
    expect(within(section).queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(within(section).getByText('On')).toBeInTheDocument();
  });

  it('changes the password and says the current one was wrong when it was', async () => {
    const changePassword = jest
      .fn()
      .mockRejectedValueOnce(problem(401, { code: 'invalid_credentials' }))
      .mockResolvedValueOnce(undefined);
    renderRoute('/account', { me: admin(), apiClient: { changePassword } });

    const section = await screen.findByRole('region', { name: 'Password' });
    const current = within(section).getByLabelText(/Current password/);
    const next = within(section).getByLabelText(/New password/);
    expect(next).toHaveAccessibleDescription('At least 10 characters. Avoid common passwords.');

    fireEvent.change(current, { target: { value: 'not my password' } });
    fireEvent.change(next, { target: { value: 'short' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(next).toHaveAccessibleDescription(expect.stringContaining('Use at least 10 characters')),
    );
    expect(changePassword).not.toHaveBeenCalled();

    fireEvent.change(next, { target: { value: 'a much longer passphrase' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(current).toHaveAccessibleDescription('That is not your current password'));
    expect(current).toHaveFocus();
    // A wrong current password does not end the session.
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();

    fireEvent.change(current, { target: { value: 'my password' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Password changed/)).toBeInTheDocument();
    expect(current).toHaveValue('');
  });

  it('the required set-up leads on to the clinic once done', async () => {
    const me = person({ mfaEnrollmentRequired: true });
    const done = person({ user: { ...me.user, mfaEnabled: true } });
    const { router } = renderRoute('/account/mfa', {
      me,
      apiClient: {
        startMfaEnrolment: () => Promise.resolve(enrolment),
        verifyMfaEnrolment: () => Promise.resolve({ recoveryCodes }),
        getMe: () => Promise.resolve(done),
        getClinicSettings: () => new Promise(() => undefined),
      },
    });

    expect(await screen.findByText(/Your clinic asks everyone on its staff/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Set up two-step sign-in' }));
    fireEvent.change(await screen.findByRole('textbox', { name: '6-digit code' }), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));
    fireEvent.click(await screen.findByRole('button', { name: "I've saved these" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/clinics/${CLINIC_ID}`));
  });
});
