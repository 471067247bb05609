import { ApiError } from '@interlude/api-client';
import type { UnsubscribeResult } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID } from '../../../test-utils/fixtures';
import { problem, renderRoute } from '../../../test-utils/render-route';

/** As the API writes it into the email: the clinic, a dot, and a long random part. */
const TOKEN = `${CLINIC_ID}.kq3V8nZcR2x7LwYpT5mHdA9sFjGbUeNo`;
const path = `/unsubscribe?token=${encodeURIComponent(TOKEN)}`;

describe('Stopping reminder emails from the link in an email', () => {
  it('changes nothing on opening the link; the button stops the emails and names the clinic', async () => {
    const unsubscribeFromReminders = jest
      .fn<Promise<UnsubscribeResult>, [string]>()
      .mockResolvedValue({ clinicName: 'Harbour Therapy', emailReminders: false });
    renderRoute(path, { apiClient: { unsubscribeFromReminders } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stop email reminders?' }),
    ).toBeInTheDocument();
    expect(unsubscribeFromReminders).not.toHaveBeenCalled();
    // No session needed, and "Need help now?" is still in the header.
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help now?' })).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Stop email reminders' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Email reminders stopped' });
    expect(unsubscribeFromReminders).toHaveBeenCalledTimes(1);
    expect(unsubscribeFromReminders).toHaveBeenCalledWith(TOKEN);
    expect(
      screen.getByText(
        'You will no longer get reminder emails from Harbour Therapy. You can turn them back on in the portal under Settings.',
      ),
    ).toBeInTheDocument();
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Sign in to the portal' })).toHaveAttribute(
      'href',
      '/portal/sign-in?next=%2Fsettings%2Fnotifications',
    );
  });

  it('helps when the link has no token', async () => {
    const unsubscribeFromReminders = jest.fn();
    renderRoute('/unsubscribe', { apiClient: { unsubscribeFromReminders } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is incomplete' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/open the link at the bottom of a reminder email again/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/portal/sign-in?next=%2Fsettings%2Fnotifications',
    );
    expect(screen.queryByRole('button', { name: 'Stop email reminders' })).not.toBeInTheDocument();
    expect(unsubscribeFromReminders).not.toHaveBeenCalled();
  });

  it('treats a cut-off token as incomplete without asking the server', async () => {
    const unsubscribeFromReminders = jest.fn();
    renderRoute('/unsubscribe?token=abc123', { apiClient: { unsubscribeFromReminders } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is incomplete' }),
    ).toBeInTheDocument();
    expect(unsubscribeFromReminders).not.toHaveBeenCalled();
  });

  it.each([400, 404])(
    'says a link the server refuses (%i) is not valid any more, with a way to sign in',
    async (status) => {
      const unsubscribeFromReminders = jest
        .fn<Promise<UnsubscribeResult>, [string]>()
        .mockRejectedValue(problem(status));
      renderRoute(path, { apiClient: { unsubscribeFromReminders } });

      fireEvent.click(await screen.findByRole('button', { name: 'Stop email reminders' }));

      expect(
        await screen.findByRole('heading', { level: 1, name: 'This link is not valid any more' }),
      ).toHaveFocus();
      expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
        'href',
        '/portal/sign-in?next=%2Fsettings%2Fnotifications',
      );
      expect(screen.queryByRole('button', { name: 'Stop email reminders' })).not.toBeInTheDocument();
    },
  );

  it('keeps the button when the server cannot be reached, so it can be pressed again', async () => {
    const unsubscribeFromReminders = jest
      .fn<Promise<UnsubscribeResult>, [string]>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('fetch failed')))
      .mockResolvedValueOnce({ clinicName: 'Harbour Therapy', emailReminders: false });
    renderRoute(path, { apiClient: { unsubscribeFromReminders } });

    fireEvent.click(await screen.findByRole('button', { name: 'Stop email reminders' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Check your connection, then try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Stop email reminders' }));

    await waitFor(() => expect(unsubscribeFromReminders).toHaveBeenCalledTimes(2));
    expect(await screen.findByText(/no longer get reminder emails from Harbour Therapy/)).toBeInTheDocument();
  });
});
