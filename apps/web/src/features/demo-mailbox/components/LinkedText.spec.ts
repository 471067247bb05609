import { splitLinks } from './LinkedText';

describe('splitLinks', () => {
  it('finds links in an email and keeps the path of links into this app', () => {
    const text = 'Choose a new password: http://localhost:3000/reset-password?token=abc123. It works once.';

    expect(splitLinks(text, 'http://localhost:3000')).toEqual([
      { kind: 'text', text: 'Choose a new password: ' },
      {
        kind: 'link',
        href: 'http://localhost:3000/reset-password?token=abc123',
        internalPath: '/reset-password?token=abc123',
      },
      { kind: 'text', text: '. It works once.' },
    ]);
  });

  it('leaves links to elsewhere as they are', () => {
    expect(splitLinks('See https://example.org/help', 'http://localhost:3000')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.org/help', internalPath: undefined },
    ]);
  });
});
