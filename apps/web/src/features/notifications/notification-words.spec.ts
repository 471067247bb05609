import { inAppPath } from './notification-words';

describe('the notification words', () => {
  it('follow only links inside the app', () => {
    expect(inAppPath('/clinics/abc/clients/def')).toBe('/clinics/abc/clients/def');
    expect(inAppPath(null)).toBeNull();
    expect(inAppPath('https://example.org/')).toBeNull();
    expect(inAppPath('//example.org/')).toBeNull();
    expect(inAppPath('/\\example.org/')).toBeNull();
  });
});
