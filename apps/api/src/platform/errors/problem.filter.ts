import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import type { SpaFallback } from '../http/spa-fallback';
import { ProblemException, problem } from './problem';

type Problem = ReturnType<typeof problem>;

const fastifyErrors: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'The request body is empty; send a JSON object.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'The request body is larger than 1 MB.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'The Content-Length header does not match the body.'],
};

/**
 * Turns every error into an RFC 9457 problem-details response. Expected errors keep their status and a
 * helpful detail; anything unexpected is logged with its stack here and answered with a bare 500, so no
 * stack trace, SQL or clinical data ever reaches a client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spa?: SpaFallback) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toProblem(error, request);
    if (body.status === 404 && this.spa?.serve(request, reply)) return;
    if (body.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'Unhandled error');
    const headers = error instanceof ProblemException ? error.extra.headers : undefined;
    if (headers && typeof headers === 'object') reply.headers(headers as Record<string, string>);
    reply
      .status(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({ ...body, requestId: request.id });
  }

  private toProblem(error: unknown, request: FastifyRequest): Problem {
    if (error instanceof ZodValidationException) {
      const zodError = error.getZodError() as ZodError;
      return problem(400, 'Some fields are missing or not valid.', {
        errors: zodError.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    if (error instanceof ProblemException) {
      const { headers: _headers, ...extra } = error.extra;
      return problem(error.status, error.detail, extra);
    }
    const code = (error as { code?: unknown })?.code;
    if (typeof code === 'string' && fastifyErrors[code]) {
      const [status, detail] = fastifyErrors[code];
      return problem(status, detail);
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      if (status === 404)
        return problem(404, `Nothing is served at ${request.method} ${request.url.split('?')[0]}.`);
      if (status >= 500) return problem(status);
      return problem(status, this.httpDetail(error));
    }
    // PostgreSQL "data exception" (class 22): a value it cannot store, such as a NUL character in text.
    const sqlState = (error as { driverError?: { code?: unknown } })?.driverError?.code;
    if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
      return problem(
        400,
        'A value in the request cannot be stored (for example a NUL character or an out-of-range number).',
      );
    }
    const statusCode = (error as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return problem(statusCode);
    return problem(500, 'Something went wrong on our side. It has been logged; please try again.');
  }

  private httpDetail(error: HttpException): string | undefined {
    const response = error.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return undefined;
  }
}
