import { notificationCount, portalLink } from './notification-words';

describe('notification wording', () => {
  it('follows only paths inside the portal', () => {
    expect(portalLink('/homework/0190a5b4-0000-7000-8000-000000000010')).toBe(
      '/homework/0190a5b4-0000-7000-8000-000000000010',
    );
    expect(portalLink('/portal/homework/abc')).toBe('/homework/abc');
    expect(portalLink(null)).toBeNull();
    expect(portalLink('https://example.org/homework/1')).toBeNull();
    expect(portalLink('//example.org/homework/1')).toBeNull();
    expect(portalLink('/\\example.org')).toBeNull();
  });

  it('counts notifications', () => {
    expect(notificationCount(1)).toBe('1 notification');
    expect(notificationCount(3)).toBe('3 notifications');
  });
});
