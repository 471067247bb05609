import { clinicSettingsKeys } from '@interlude/api-client';
import type { DeliveryListQuery } from '@interlude/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { admin, CLINIC_ID, clinician, clinicSettings, problem } from '../../../test-utils/fixtures';
import { delivery, deliveryHealth, deliveryId } from '../../../test-utils/notification-fixtures';
import { type RenderRouteOptions, renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/deliveries`;
const seed = (queryClient: QueryClient) =>
  queryClient.setQueryData(clinicSettingsKeys.all(CLINIC_ID), clinicSettings({ timezone: 'UTC' }));

const refused = delivery(1, {
  kind: 'invitation',
  to: 'new.clinician@riverside.example',
  subject: 'You are invited to Riverside Counseling',
  attempts: 1,
  permanent: true,
  lastError: '550 5.1.1 The email account does not exist',
});
const timedOut = delivery(2);
const sent = delivery(3, {
  kind: 'digest',
  to: 'cal@riverside.example',
  subject: 'Your morning summary',
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-07-01T08:00:05.000Z',
});

function fakeDeliveries() {
  return jest.fn((_clinicId: string, query: Partial<DeliveryListQuery>) =>
    Promise.resolve({
      items: query.status === 'sent' ? [sent] : query.status === 'pending' ? [] : [refused, timedOut],
      nextCursor: null,
    }),
  );
}

function renderDeliveries(apiClient: RenderRouteOptions['apiClient'] = {}) {
  return renderRoute(path, {
    me: admin(),
    seed,
    apiClient: {
      getDeliveryHealth: () => Promise.resolve(deliveryHealth()),
      listDeliveries: fakeDeliveries(),
      ...apiClient,
    },
  });
}

const emails = () => screen.findByRole('table', { name: /emails/ });
/** Each count as [label, value], in order, from a card's description list. */
const figures = (card: HTMLElement) =>
  within(card)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
const card = (heading: HTMLElement) => heading.closest('.mantine-Paper-root') as HTMLElement;

describe('the email delivery page', () => {
  it('shows the queue, this clinic’s email and the scheduled jobs in plain words', async () => {
    renderDeliveries();

    const health = await screen.findByRole('region', { name: 'Queue health' });
    const queue = card(await within(health).findByRole('heading', { name: 'Background jobs' }));
    expect(queue).toHaveTextContent('Working');
    expect(figures(queue)).toEqual([
      ['Waiting', '3'],
      ['Running', '1'],
      ['Delayed', '—not known'],
      ['Failed', '2'],
    ]);
    expect(figures(card(within(health).getByRole('heading', { name: 'This clinic’s email' })))).toEqual([
      ['Waiting to send', '4'],
      ['Failed', '2'],
      ['Sent in the last 24 hours', '137'],
    ]);

    const jobs = within(health).getByRole('table', { name: 'Scheduled jobs' });
    const [reminders, digest, rollups] = within(jobs).getAllByRole('row').slice(1);
    expect(within(jobs).getByRole('columnheader', { name: 'Last run (UTC)' })).toBeInTheDocument();
    expect(reminders).toHaveTextContent('Homework reminders');
    expect(reminders).toHaveTextContent('Every 5 minutes');
    expect(reminders).toHaveTextContent('2 minutes ago');
    expect(reminders).toHaveTextContent('12 reminders created');
    expect(reminders).toHaveTextContent('None');
    expect(digest).toHaveTextContent('Clinicians’ morning summaries');
    expect(digest).toHaveTextContent('Every 15 minutes');
    expect(digest).toHaveTextContent('3 summaries sent');
    expect(digest).toHaveTextContent('The mail server refused the connection');
    expect(rollups).toHaveTextContent('Report figures');
    expect(rollups).toHaveTextContent('Every hour');
    expect(rollups).toHaveTextContent('Not run yet');
  });

  it('says when the queue cannot be reached', async () => {
    renderDeliveries({
      getDeliveryHealth: () =>
        Promise.resolve(
          deliveryHealth({
            queue: {
              state: 'down',
              driver: 'bullmq',
              waiting: null,
              active: null,
              delayed: null,
              failed: null,
            },
          }),
        ),
    });

    const health = await screen.findByRole('region', { name: 'Queue health' });
    expect(await within(health).findByText('Not reachable')).toBeInTheDocument();
    expect(health).toHaveTextContent('emails wait and are sent once it is back');
  });

  it('lists failed emails first, each with what went wrong', async () => {
    const listDeliveries = fakeDeliveries();
    renderDeliveries({ listDeliveries });

    const table = await emails();
    expect(table).toHaveAccessibleName('Failed emails, newest first');
    expect(listDeliveries).toHaveBeenCalledWith(
      CLINIC_ID,
      { status: 'failed', cursor: undefined },
      expect.anything(),
    );
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Staff invitation');
    expect(first).toHaveTextContent('You are invited to Riverside Counseling');
    expect(first).toHaveTextContent('new.clinician@riverside.example');
    expect(first).toHaveTextContent('Permanent');
    expect(first).toHaveTextContent('550 5.1.1 The email account does not exist');
    expect(first).toHaveTextContent(/Jul 1, 2026|1 Jul 2026/);
    expect(second).toHaveTextContent('Homework reminder');
    expect(second).toHaveTextContent('5');
    expect(second).not.toHaveTextContent('Permanent');
    expect(second).toHaveTextContent('Connection to the mail server timed out');
  });

  it('retries a failed email, confirms it, and asks for the list again', async () => {
    const listDeliveries = fakeDeliveries();
    const retryDelivery = jest.fn().mockResolvedValue({ ...refused, status: 'pending', permanent: false });
    renderDeliveries({ listDeliveries, retryDelivery });

    await emails();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Retry the staff invitation email to new.clinician@riverside.example',
      }),
    );

    await waitFor(() => expect(retryDelivery).toHaveBeenCalledWith(CLINIC_ID, deliveryId(1)));
    expect(
      await screen.findByText(
        'The staff invitation email to new.clinician@riverside.example will be sent again.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(listDeliveries).toHaveBeenCalledTimes(2));
  });

  it('says why a retry did not work', async () => {
    const retryDelivery = jest
      .fn()
      .mockRejectedValue(problem(409, { detail: 'This email has already been sent.' }));
    renderDeliveries({ retryDelivery });

    await emails();
    fireEvent.click(screen.getByRole('button', { name: /Retry the homework reminder email to client2/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not retry the email to client2@example.org.');
    expect(alert).toHaveTextContent('This email has already been sent.');
  });

  it('shows pending and sent emails on request, without a retry button', async () => {
    const listDeliveries = fakeDeliveries();
    renderDeliveries({ listDeliveries });

    await emails();
    fireEvent.click(screen.getByRole('radio', { name: 'Sent' }));

    await waitFor(() =>
      expect(listDeliveries).toHaveBeenLastCalledWith(
        CLINIC_ID,
        { status: 'sent', cursor: undefined },
        expect.anything(),
      ),
    );
    const table = await screen.findByRole('table', { name: 'Sent emails, newest first' });
    expect(table).toHaveTextContent('Morning summary');
    expect(table).toHaveTextContent('cal@riverside.example');
    expect(within(table).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'Pending' }));
    expect(await screen.findByRole('heading', { name: 'Nothing waiting to send' })).toBeInTheDocument();
  });

  it('says so when no email has failed', async () => {
    renderDeliveries({ listDeliveries: () => Promise.resolve({ items: [], nextCursor: null }) });

    expect(await screen.findByRole('heading', { name: 'No failed deliveries' })).toBeInTheDocument();
    expect(screen.getByText('Every email has gone out.')).toBeInTheDocument();
  });

  it('explains a failed health check and retries it', async () => {
    const getDeliveryHealth = jest
      .fn()
      .mockRejectedValueOnce(problem(503, { detail: 'The queue did not answer.' }))
      .mockResolvedValue(deliveryHealth());
    renderDeliveries({ getDeliveryHealth });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check the email queue');
    expect(alert).toHaveTextContent('The queue did not answer.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Scheduled jobs' })).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    renderRoute(path, { me: clinician() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You don’t have access to this page' }),
    ).toBeInTheDocument();
  });
});
