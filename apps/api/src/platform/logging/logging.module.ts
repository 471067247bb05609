import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.schema';
import { createRootLogger, NestPinoLogger } from './logger';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Structured JSON logs (pino): request lines are written by the HTTP layer, see app.factory.ts. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const root = createRootLogger(config.LOG_LEVEL);
    return {
      module: LoggingModule,
      providers: [
        { provide: ROOT_LOGGER, useValue: root },
        {
          provide: NestPinoLogger,
          useFactory: (logger: Logger) => new NestPinoLogger(logger),
          inject: [ROOT_LOGGER],
        },
      ],
      exports: [ROOT_LOGGER, NestPinoLogger],
    };
  }
}
