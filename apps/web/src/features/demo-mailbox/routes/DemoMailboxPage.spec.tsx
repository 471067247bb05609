import { fireEvent, screen } from '@testing-library/react';
import { problem } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const mailbox = {
  items: [
    {
      id: 'm-1',
      to: 'new@riverside.example',
      subject: 'Join Riverside Counseling on Interlude',
      text: 'Ana invited you. Accept here: http://localhost/invitations/abc123 (the link works for 7 days).',
      html: '<p>Ana invited you.</p>',
      createdAt: '2026-07-01T12:00:00.000Z',
    },
    {
      id: 'm-2',
      to: 'ana@riverside.example',
      subject: 'Choose a new password',
      text: 'Open http://localhost/reset-password?token=t1',
      html: null,
      createdAt: '2026-07-02T12:00:00.000Z',
    },
  ],
};

describe('the demo mailbox', () => {
  it('lists the emails newest first and opens one with its links working', async () => {
    renderRoute('/demo/mailbox', { me: null, apiClient: { getDemoMailbox: () => Promise.resolve(mailbox) } });

    const list = await screen.findByRole('list', { name: 'Emails, newest first' });
    expect(list).toHaveTextContent(/Choose a new password.*Join Riverside Counseling/);

    fireEvent.click(screen.getByRole('link', { name: 'Join Riverside Counseling on Interlude' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Riverside Counseling on Interlude' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'http://localhost/invitations/abc123' })).toHaveAttribute(
      'href',
      '/invitations/abc123',
    );
  });

  it('says it exists only in the demo', async () => {
    renderRoute('/demo/mailbox', {
      me: null,
      apiClient: { getDemoMailbox: () => Promise.reject(problem(404)) },
    });

    expect(
      await screen.findByRole('heading', { name: 'The mailbox is only in the demo' }),
    ).toBeInTheDocument();
  });
});
