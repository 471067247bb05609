import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { currentRequest } from '../request/request-context';

/**
 * One pino logger per process. Every line written while a request is being served carries its
 * request id (via `mixin`, from the request context), without a child logger per request.
 */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    destination,
  );
}

/** Nest's logger interface over pino: Nest's own messages and `new Logger(context)` calls land here. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, ...rest: unknown[]) {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    this.write('error', message, context);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string) {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string) {
    if (message !== null && typeof message === 'object') {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.pino[level]({ context, ...fields }, typeof msg === 'string' ? msg : undefined);
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}
