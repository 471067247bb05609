import { screen } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { browserTimeZone, TimezoneSelect, timeZoneOptions } from './TimezoneSelect';

describe('timeZoneOptions', () => {
  it('lists IANA zones in order, including the browser zone and any extra one', () => {
    const zones = timeZoneOptions(['Etc/Made-Up']);

    expect(zones).toContain('Europe/London');
    expect(zones).toContain('America/New_York');
    expect(zones).toContain(browserTimeZone());
    expect(zones).toContain('Etc/Made-Up');
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });
});

describe('TimezoneSelect', () => {
  it('is a labelled, searchable input showing the chosen zone', () => {
    renderWithTheme(<TimezoneSelect label="Time zone" value="Europe/London" onChange={() => undefined} />);

    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/London');
  });
});
