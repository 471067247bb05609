import { loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/interlude',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  APP_URL: 'http://localhost:3000',
};

describe('loadConfig', () => {
  it('accepts a complete environment and applies defaults', () => {
    const config = loadConfig(base);
    expect(config.PORT).toBe(3000);
    expect(config.MIGRATE_ON_START).toBe(true);
    expect(config.INTERLUDE_DEMO).toBe(false);
  });

  it('names a missing variable in one line', () => {
    const { DATABASE_URL: _omit, ...env } = base;
    expect(() => loadConfig(env)).toThrow(
      'Configuration error: DATABASE_URL must be a value (it is not set).',
    );
  });

  it('names a malformed variable and what is expected', () => {
    expect(() => loadConfig({ ...base, REDIS_URL: 'http://nope' })).toThrow(
      /^Configuration error: REDIS_URL must be a URL like redis:\/\/127\.0\.0\.1:6379 \(the value given is not valid\)\.$/,
    );
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });

  it('requires Redis, SMTP and the public URL outside demo mode only', () => {
    const env = { DATABASE_URL: base.DATABASE_URL };
    expect(() => loadConfig(env)).toThrow(/^Configuration error: REDIS_URL is required outside demo mode/);
    const demo = loadConfig({ ...env, INTERLUDE_DEMO: 'true', PORT: '4100' });
    expect(demo.REDIS_URL).toBeUndefined();
    expect(demo.APP_URL).toBe('http://localhost:4100');
  });
});
