import type { AddressInfo } from 'node:net';
import { appFactory, config } from './api-dist';
import { serveForBench } from './child-protocol';

/** The real Interlude HTTP app (compiled dist), configured by the bench through BENCH_API_ENV. */
serveForBench(async () => {
  const env = JSON.parse(process.env.BENCH_API_ENV ?? '{}') as Record<string, string>;
  const app = await appFactory().createHttpApp(config().loadConfig(env));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { port, close: () => app.close() };
});
