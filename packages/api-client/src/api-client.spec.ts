/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient } from './api-client';
import { ApiError } from './http/api-error';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
const requests: { method?: string; url?: string; accept?: string }[] = [];

const reply =
  (status: number, body: unknown, contentType = 'application/json'): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, accept: req.headers.accept });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => {
  requests.length = 0;
});

const ready = { status: 'ready', version: '0.1.0', mode: 'demo', checks: { database: 'up', queue: 'up' } };

describe('createApiClient().getReadiness', () => {
  it('asks GET /api/ready and parses a 200 body', async () => {
    handler = reply(200, ready);

    await expect(createApiClient({ baseUrl: `${baseUrl}/` }).getReadiness()).resolves.toEqual(ready);
    expect(requests).toEqual([
      { method: 'GET', url: '/api/ready', accept: 'application/json, application/problem+json' },
    ]);
  });

  it('returns the readiness carried by a 503 problem body, without the problem fields', async () => {
    const body = { ...ready, status: 'unavailable', checks: { database: 'down', queue: 'up' } };
    handler = reply(
      503,
      {
        type: 'about:blank',
        title: 'Service unavailable',
        detail: 'The database is not reachable.',
        ...body,
      },
      'application/problem+json',
    );

    await expect(createApiClient({ baseUrl }).getReadiness()).resolves.toEqual(body);
  });

  it('throws an ApiError with the problem details for another error status', async () => {
    handler = reply(
      500,
      {
        type: 'about:blank',
        title: 'Internal error',
        status: 500,
        detail: 'Something broke on our side.',
        errors: [{ path: '', message: 'boom' }],
      },
      'application/problem+json',
    );

    const error = await createApiClient({ baseUrl })
      .getReadiness()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'problem',
      status: 500,
      title: 'Internal error',
      detail: 'Something broke on our side.',
      errors: [{ path: '', message: 'boom' }],
    });
  });

  it('throws an ApiError for a 503 whose body is not a readiness', async () => {
    handler = reply(503, 'Bad gateway', 'text/plain');

    await expect(createApiClient({ baseUrl }).getReadiness()).rejects.toMatchObject({
      kind: 'problem',
      status: 503,
      title: 'The request failed',
    });
  });

  it('throws an invalid-response ApiError when a 200 body breaks the contract', async () => {
    handler = reply(200, { ...ready, mode: 'party' });

    await expect(createApiClient({ baseUrl }).getReadiness()).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      detail: expect.stringContaining('mode'),
    });
  });

  it('lets a cancelled request fail as an abort, not as an ApiError', async () => {
    handler = () => undefined;
    const controller = new AbortController();

    const request = createApiClient({ baseUrl }).getReadiness(controller.signal);
    controller.abort();

    const error = await request.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('throws a network ApiError with status 0 when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    await expect(
      createApiClient({ baseUrl: `http://127.0.0.1:${port}` }).getReadiness(),
    ).rejects.toMatchObject({
      kind: 'network',
      status: 0,
      title: 'Could not reach the server',
    });
  });
});
