import { screen, within } from '@testing-library/react';
import {
  admin,
  CLINIC_ID,
  clinician,
  membership,
  OTHER_CLINIC_ID,
  person,
  problem,
} from '../../../test-utils/fixtures';
import { notification, notificationList } from '../../../test-utils/notification-fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const clinicHome = `/clinics/${CLINIC_ID}`;
const pending = () => new Promise<never>(() => undefined);

describe('the notification bell', () => {
  it('shows the unread count in the header, in its name and on its badge', async () => {
    const listNotifications = jest
      .fn()
      .mockResolvedValue(notificationList([notification(1)], { unreadCount: 3, nextCursor: 'older' }));
    renderRoute(clinicHome, {
      me: clinician(),
      apiClient: { listNotifications, getClinicSettings: pending, getDashboard: pending },
    });

    const bell = await within(screen.getByRole('banner')).findByRole('link', {
      name: 'Notifications, 3 unread',
    });
    expect(bell).toHaveAttribute('href', `/clinics/${CLINIC_ID}/notifications`);
    expect(bell).not.toHaveAttribute('aria-current');
    // The badge repeats the count for the eye only; the link's name already says it.
    expect(within(screen.getByRole('banner')).getByText('3').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(listNotifications).toHaveBeenCalledWith(CLINIC_ID, { limit: 1 }, expect.anything());
  });

  it('says when nothing is unread, and shows no badge', async () => {
    renderRoute(clinicHome, {
      me: person({}, [membership({ roles: ['manager'] })]),
      apiClient: {
        listNotifications: () => Promise.resolve(notificationList([])),
        getClinicSettings: pending,
      },
    });

    const bell = await screen.findByRole('link', { name: 'Notifications, none unread' });
    expect(bell.parentElement).toHaveTextContent(/^$/);
  });

  it('stays, without a number, when the count cannot be fetched', async () => {
    renderRoute(clinicHome, {
      me: admin(),
      apiClient: {
        listNotifications: () => Promise.reject(problem(503)),
        getClinicSettings: pending,
        getDashboard: pending,
      },
    });

    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not in the header outside a clinic', async () => {
    const twoClinics = person({}, [
      membership(),
      membership({ clinicId: OTHER_CLINIC_ID, clinicName: 'Hillside Therapy' }),
    ]);
    renderRoute('/clinics', { me: twoClinics });

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a clinic' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: /Notifications/ })).toBeNull();
  });
});
