import { startTestApp, type TestApp } from './support/app';
import { redisUrl, serverUrl } from './support/databases';
import { TcpProxy } from './support/tcp-proxy';

async function ready(t: TestApp) {
  const res = await fetch(`${t.baseUrl}/api/ready`);
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
}

async function eventually<T>(
  probe: () => Promise<T>,
  accept: (v: T) => boolean,
  timeoutMs = 15000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('readiness follows PostgreSQL and Redis without a restart', () => {
  const pg = TcpProxy.forUrl(serverUrl);
  const redis = TcpProxy.forUrl(redisUrl);
  let t: TestApp;

  beforeAll(async () => {
    await pg.start();
    await redis.start();
    t = await startTestApp({ REDIS_URL: redis.wrap(redisUrl) }, { wrapDatabaseUrl: (url) => pg.wrap(url) });
  });
  afterAll(async () => {
    await t.close();
    await pg.stop();
    await redis.stop();
  });

  it('is ready while both are reachable', async () => {
    expect((await ready(t)).status).toBe(200);
  });

  it('answers 503 naming the database when PostgreSQL is unreachable, and 200 once it is back', async () => {
    await pg.cut();
    const down = await eventually(
      () => ready(t),
      (r) => r.status === 503,
    );
    expect(down.status).toBe(503);
    expect(down.type).toContain('application/problem+json');
    expect(down.body).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
      checks: { database: 'down', queue: 'up' },
    });
    expect(down.body.detail).toBe('Not ready: database unreachable.');
    await pg.restore();
    const up = await eventually(
      () => ready(t),
      (r) => r.status === 200,
    );
    expect(up.body).toMatchObject({ status: 'ready', checks: { database: 'up', queue: 'up' } });
  });

  it('answers 503 naming the queue when Redis is unreachable, and 200 once it is back', async () => {
    await redis.cut();
    const down = await eventually(
      () => ready(t),
      (r) => r.status === 503,
    );
    expect(down.body.checks).toEqual({ database: 'up', queue: 'down' });
    expect(down.body.detail).toBe('Not ready: queue unreachable.');
    await redis.restore();
    const up = await eventually(
      () => ready(t),
      (r) => r.status === 200,
    );
    expect(up.body.checks).toEqual({ database: 'up', queue: 'up' });
  });
});
