import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { serveForBench } from './child-protocol';

/** The baseline: plain Fastify with no plugins or hooks, answering what the API's liveness route answers. */
serveForBench(async () => {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { port, close: () => app.close() };
});
