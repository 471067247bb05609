import { badgeCount, bellLabel, inAppPath } from './notification-words';

describe('the notification words', () => {
  it('name the bell with its count', () => {
    expect(bellLabel(undefined)).toBe('Notifications');
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(120)).toBe('99+');
  });

  it('follow only links inside the app', () => {
    expect(inAppPath('/clinics/abc/clients/def')).toBe('/clinics/abc/clients/def');
    expect(inAppPath(null)).toBeNull();
    expect(inAppPath('https://example.org/')).toBeNull();
    expect(inAppPath('//example.org/')).toBeNull();
    expect(inAppPath('/\\example.org/')).toBeNull();
  });
});
