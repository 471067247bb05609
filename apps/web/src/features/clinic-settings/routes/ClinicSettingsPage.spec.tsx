import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { admin, CLINIC_ID, clinicSettings, problem } from '../../../test-utils/fixtures';
import { type RenderRouteOptions, renderRoute } from '../../../test-utils/render-route';

const path = `/clinics/${CLINIC_ID}/settings`;

function renderSettings(apiClient: RenderRouteOptions['apiClient'] = {}) {
  return renderRoute(path, {
    me: admin(),
    apiClient: {
      getClinicSettings: () => Promise.resolve(clinicSettings()),
      // Saving refreshes `me` (the clinic's name is in the memberships) and the audit log.
      getMe: () => Promise.resolve(admin()),
      ...apiClient,
    },
  });
}

const crisisLine = (n: number) => screen.getByRole('group', { name: `Crisis line ${n}` });
const threshold = () => screen.getByRole('textbox', { name: 'Smallest group shown in reports' });

describe('the clinic settings page', () => {
  it('shows the saved settings in the form', async () => {
    renderSettings();

    expect(await screen.findByRole('textbox', { name: 'Clinic name' })).toHaveValue('Riverside Counseling');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/London');
    expect(screen.getByRole('radio', { name: 'Homework' })).toBeChecked();
    expect(within(crisisLine(1)).getByRole('textbox', { name: 'Phone number' })).toHaveValue('116 123');
    expect(threshold()).toHaveValue('5');
    expect(screen.getByRole('textbox', { name: /hours before homework is due/ })).toHaveValue('24');
    expect(screen.getByRole('textbox', { name: /hours after homework was due/ })).toHaveValue('12');
    expect(screen.getByLabelText(/Quiet hours start/)).toHaveValue('21:00');
    expect(screen.getByLabelText(/Quiet hours end/)).toHaveValue('08:00');
    expect(screen.getByLabelText(/morning summary at/)).toHaveValue('07:30');
  });

  it('says quiet hours follow each client’s time zone, and the summary the clinic’s', async () => {
    renderSettings();

    const quietHours = await screen.findByRole('group', { name: 'Quiet hours' });
    expect(quietHours).toHaveAccessibleDescription(expect.stringContaining('each client’s own time zone'));
    expect(screen.getByLabelText(/morning summary at/)).toHaveAccessibleDescription(
      expect.stringContaining('in the clinic’s time zone (Europe/London)'),
    );
  });

  it('checks the reminder settings with the contract before saving', async () => {
    const updateClinicSettings = jest.fn();
    renderSettings({ updateClinicSettings });

    const before = await screen.findByRole('textbox', { name: /hours before homework is due/ });
    fireEvent.change(before, { target: { value: '200' } });
    // A time input gives "" for anything that is not a whole time.
    fireEvent.change(screen.getByLabelText(/Quiet hours end/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(before).toHaveAccessibleDescription(expect.stringContaining('At most 168 hours (a week)')),
    );
    expect(before).toHaveFocus();
    expect(screen.getByLabelText(/Quiet hours end/)).toHaveAccessibleDescription(
      'Enter a time as HH:MM, for example 21:00',
    );
    expect(updateClinicSettings).not.toHaveBeenCalled();
  });

  it('puts the API’s field errors (errors[].path) on their fields, and the rest above the button', async () => {
    const updateClinicSettings = jest.fn().mockRejectedValue(
      problem(400, {
        detail: 'Some fields are missing or not valid.',
        errors: [
          {
            path: 'crisisResources.0.phone',
            message: 'This number cannot be called from the clinic’s country',
          },
          { path: 'smallCellThreshold', message: 'Your reports need at least 10' },
          { path: 'retentionPolicy', message: 'Record retention cannot be changed yet' },
        ],
      }),
    );
    renderSettings({ updateClinicSettings });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Clinic name' }), {
      target: { value: 'Riverside Counselling' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const phone = within(crisisLine(1)).getByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription('This number cannot be called from the clinic’s country');
    expect(phone).toHaveFocus();
    expect(threshold()).toHaveAttribute('aria-invalid', 'true');
    expect(threshold()).toHaveAccessibleDescription(expect.stringContaining('Your reports need at least 10'));
    expect(within(crisisLine(1)).getByRole('textbox', { name: 'Service name' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Record retention cannot be changed yet');
    expect(alert).not.toHaveTextContent('Your reports need at least 10');
  });

  it('checks the settings with the contract before saving', async () => {
    const updateClinicSettings = jest.fn();
    renderSettings({ updateClinicSettings });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Smallest group shown in reports' }), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(threshold()).toHaveAccessibleDescription(expect.stringContaining('At most 20')),
    );
    expect(threshold()).toHaveFocus();
    expect(updateClinicSettings).not.toHaveBeenCalled();
  });

  it('saves the cleaned settings and confirms without moving focus', async () => {
    const updateClinicSettings = jest
      .fn()
      .mockImplementation((_clinicId, body) => Promise.resolve(clinicSettings({ ...body })));
    renderSettings({ updateClinicSettings });

    fireEvent.click(await screen.findByRole('button', { name: 'Add a crisis line' }));
    const line = crisisLine(2);
    const name = within(line).getByRole('textbox', { name: 'Service name' });
    await waitFor(() => expect(name).toHaveFocus());
    fireEvent.change(name, { target: { value: '  Shout ' } });
    fireEvent.change(within(line).getByRole('textbox', { name: 'Phone number' }), {
      target: { value: '85258' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Practice' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Require two-step sign-in for all staff' }));

    const save = screen.getByRole('button', { name: 'Save settings' });
    save.focus();
    fireEvent.click(save);

    // A polite status message, not an alert, and not a dialog that would take focus.
    expect((await screen.findByText('Clinic settings saved.')).closest('[role="status"]')).not.toBeNull();
    expect(updateClinicSettings).toHaveBeenCalledWith(CLINIC_ID, {
      name: 'Riverside Counseling',
      timezone: 'Europe/London',
      homeworkTerm: 'practice',
      sessionTimeoutMinutes: 30,
      requireMfa: true,
      crisisResources: [
        { name: 'Samaritans', phone: '116 123', description: 'Free, 24 hours a day' },
        { name: 'Shout', phone: '85258' },
      ],
      smallCellThreshold: 5,
      reminderHoursBefore: 24,
      overdueNudgeHoursAfter: 12,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      digestTime: '07:30',
      outcomeThresholds: {
        phq9: { caseness: 10, reliableChange: 6 },
        gad7: { caseness: 8, reliableChange: 4 },
      },
    });
    expect(save).toHaveFocus();
  });

  it('sends the reminder settings, with 0 turning a reminder off', async () => {
    const updateClinicSettings = jest
      .fn()
      .mockImplementation((_clinicId, body) => Promise.resolve(clinicSettings({ ...body })));
    renderSettings({ updateClinicSettings });

    fireEvent.change(await screen.findByRole('textbox', { name: /hours before homework is due/ }), {
      target: { value: '48' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /hours after homework was due/ }), {
      target: { value: '0' },
    });
    fireEvent.change(screen.getByLabelText(/Quiet hours start/), { target: { value: '22:30' } });
    fireEvent.change(screen.getByLabelText(/Quiet hours end/), { target: { value: '07:00' } });
    fireEvent.change(screen.getByLabelText(/morning summary at/), { target: { value: '06:45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Clinic settings saved.')).toBeInTheDocument();
    expect(updateClinicSettings).toHaveBeenCalledWith(
      CLINIC_ID,
      expect.objectContaining({
        reminderHoursBefore: 48,
        overdueNudgeHoursAfter: 0,
        quietHoursStart: '22:30',
        quietHoursEnd: '07:00',
        digestTime: '06:45',
      }),
    );
    expect(screen.getByLabelText(/Quiet hours start/)).toHaveValue('22:30');
  });

  it('explains a failed load and retries it', async () => {
    const getClinicSettings = jest
      .fn()
      .mockRejectedValueOnce(problem(503, { detail: 'The database is not reachable.' }))
      .mockResolvedValue(clinicSettings());
    renderRoute(path, { me: admin(), apiClient: { getClinicSettings } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the clinic settings');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('textbox', { name: 'Clinic name' })).toHaveValue('Riverside Counseling');
  });

  it('sends the clinic’s own outcome thresholds, and refuses one beyond the questionnaire’s top score', async () => {
    const updateClinicSettings = jest
      .fn()
      .mockImplementation((_clinicId, body) => Promise.resolve(clinicSettings({ ...body })));
    renderSettings({ updateClinicSettings });

    const phq9 = await screen.findByRole('group', { name: 'PHQ-9 outcome thresholds' });
    const caseness = within(phq9).getByRole('textbox', { name: 'A case from this score' });
    fireEvent.change(caseness, { target: { value: '28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(phq9).findByText('At most 27')).toBeInTheDocument();
    expect(updateClinicSettings).not.toHaveBeenCalled();

    fireEvent.change(caseness, { target: { value: '12' } });
    const gad7 = screen.getByRole('group', { name: 'GAD-7 outcome thresholds' });
    fireEvent.change(within(gad7).getByRole('textbox', { name: 'Reliable change (points)' }), {
      target: { value: '5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(updateClinicSettings).toHaveBeenCalledWith(
        CLINIC_ID,
        expect.objectContaining({
          outcomeThresholds: {
            phq9: { caseness: 12, reliableChange: 6 },
            gad7: { caseness: 8, reliableChange: 5 },
          },
        }),
      ),
    );
  });
});
