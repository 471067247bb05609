import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule, type AppOptions } from './app.module';
import type { AppConfig } from './platform/config/config.schema';
import { ProblemFilter } from './platform/errors/problem.filter';
import { SpaFallback } from './platform/http/spa-fallback';
import { NestPinoLogger } from './platform/logging/logger';
import { ROOT_LOGGER } from './platform/logging/logging.module';
import { serveOpenApi } from './platform/openapi/openapi';
import { requestContext } from './platform/request/request-context';

const ONE_MEGABYTE = 1024 * 1024;
const ONE_CLICK_UNSUBSCRIBE = '/api/v1/reminders/unsubscribe?';
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Uses the caller's X-Request-Id when it is a plain token, so logs join up across services. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** The HTTP application: the API under /api and, when built, the staff app at / and the portal at /portal/. */
export async function createHttpApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: ONE_MEGABYTE,
    genReqId: requestId,
    trustProxy: config.TRUST_PROXY,
  });
  // JSON only: Nest's urlencoded parser and Fastify's text/plain parser are left out, so any other
  // media type is refused with 415 before it reaches a route.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  // One exception: a mail provider's one-click unsubscribe (RFC 8058) posts a form to that one route,
  // with the token in the query; the form's content is ignored.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      'application/x-www-form-urlencoded',
      { bodyLimit: 1024 },
      (request, _payload, done) => {
        if (request.url.startsWith(ONE_CLICK_UNSUBSCRIBE)) return done(null, {});
        done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 }), undefined);
      },
    );
  app.useLogger(app.get(NestPinoLogger));
  app.setGlobalPrefix('api');
  // helmet-equivalent defaults (CSP, HSTS, no sniffing, frame-ancestors none, …) on every response.
  app.useSecurityHeaders();
  app.enableShutdownHooks();
  const apps = [
    { prefix: '/portal/', dist: config.PORTAL_DIST },
    { prefix: '/', dist: config.WEB_DIST },
  ];
  app.useGlobalFilters(new ProblemFilter(new SpaFallback(apps)));
  const fastify = app.getHttpAdapter().getInstance();
  const log = app.get<Logger>(ROOT_LOGGER);
  // One hook per request: the request context (request id and address, for logs and the audit trail)
  // and the X-Request-Id response header. Liveness probes skip it.
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (request.url === '/api/health') return done();
    requestContext.run({ requestId: String(request.id), ip: request.ip }, done);
  });
  // One line per request: method, path without the query string, status and duration; never bodies.
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.url !== '/api/health') {
      const status = reply.statusCode;
      const line = {
        requestId: request.id,
        method: request.method,
        path: request.url.split('?')[0],
        status,
        ms: Math.round(reply.elapsedTime),
      };
      if (status >= 500) log.error(line, 'request failed');
      else if (status >= 400) log.warn(line, 'request refused');
      else log.info(line, 'request completed');
    }
    done();
  });
  await app.register(fastifyCookie, { hook: false });
  if (config.WEB_DIST) {
    await app.register(fastifyStatic, {
      root: config.WEB_DIST,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
    });
  }
  if (config.PORTAL_DIST) {
    await app.register(fastifyStatic, {
      root: config.PORTAL_DIST,
      prefix: '/portal/',
      decorateReply: false,
      wildcard: true,
      index: 'index.html',
    });
  }
  serveOpenApi(app);
  return app;
}
