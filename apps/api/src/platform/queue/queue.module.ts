import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TenantDatabase } from '../database/tenant-database';
import { BullmqDispatcher } from './bullmq-dispatcher';
import { InlineDispatcher } from './inline-dispatcher';
import { JobDispatcher } from './job-dispatcher';
import { JobHandlers } from './job-handlers';
import { JobSchedulers } from './job-schedulers';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

/** BullMQ on Redis when REDIS_URL is set; otherwise (demo mode) the inline driver. */
@Global()
@Module({
  providers: [
    JobHandlers,
    {
      provide: JobDispatcher,
      inject: [APP_CONFIG, TenantDatabase, JobHandlers],
      useFactory: (config: AppConfig, db: TenantDatabase, handlers: JobHandlers) =>
        config.REDIS_URL
          ? new BullmqDispatcher(config.REDIS_URL, config.QUEUE_PREFIX)
          : new InlineDispatcher(db, handlers),
    },
    OutboxRelay,
    Outbox,
    JobSchedulers,
  ],
  exports: [JobHandlers, JobDispatcher, Outbox, OutboxRelay, JobSchedulers],
})
export class QueueModule {}
