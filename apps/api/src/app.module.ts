import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { DemoModule } from './demo/demo.module';
import { AuditModule } from './modules/audit/audit.module';
import { AccountsModule } from './modules/auth/accounts.module';
import { AuthModule } from './modules/auth/auth.module';
import { ClientsModule } from './modules/clients/clients.module';
import { ClinicsModule } from './modules/clinics/clinics.module';
import { DemoMailboxModule } from './modules/demo-mailbox/demo-mailbox.module';
import { FhirModule } from './modules/fhir/fhir.module';
import { HealthModule } from './modules/health/health.module';
import { HomeworkModule } from './modules/homework/homework.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ReviewModule } from './modules/review/review.module';
import { StaffModule } from './modules/staff/staff.module';
import { PlatformAuthModule } from './platform/auth/platform-auth.module';
import { ConfigModule } from './platform/config/config.module';
import type { AppConfig } from './platform/config/config.schema';
import { DatabaseModule } from './platform/database/database.module';
import { LoggingModule } from './platform/logging/logging.module';
import { MailModule } from './platform/mail/mail.module';
import { SchedulerStarter } from './platform/queue/job-schedulers';
import { QueueModule } from './platform/queue/queue.module';
import { QueueWorker } from './platform/queue/queue-worker';

export interface AppOptions {
  /** Run the BullMQ processors in this process (the worker, or the demo with Redis). */
  processors?: boolean;
  /** Start the periodic passes where jobs run (default); tests that drive the passes themselves turn it off. */
  schedulers?: boolean;
}

/** Everything both entry points share: configuration, logs, database, queue and the feature modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    const processors = Boolean(options.processors && config.REDIS_URL);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        MailModule,
        PlatformAuthModule,
        AccountsModule,
        HealthModule,
        AuthModule,
        ClinicsModule,
        StaffModule,
        ClientsModule,
        HomeworkModule,
        ReviewModule,
        ReportsModule,
        FhirModule,
        NotificationsModule,
        AuditModule,
        ...(config.INTERLUDE_DEMO ? [DemoModule, DemoMailboxModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        ...(processors ? [QueueWorker] : []),
        // The periodic passes (reminders, digest, rollups) start where jobs run: the worker, or the
        // API itself without Redis (demo mode).
        ...((processors || !config.REDIS_URL) && options.schedulers !== false ? [SchedulerStarter] : []),
      ],
    };
  }
}
