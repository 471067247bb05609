import { Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';
import { DigestScan } from './digest-scan';
import { Notices } from './notices';
import { NotificationSettingsController, UnsubscribeController } from './notification-settings.controller';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { ReminderScan } from './reminder-scan';
import { ReminderSchedules } from './reminder-schedules';

/** Reminders, notices and the morning digest; in-app notifications; the admin's delivery screen. */
@Module({
  controllers: [
    NotificationsController,
    NotificationSettingsController,
    UnsubscribeController,
    DeliveriesController,
  ],
  providers: [
    Notifier,
    ReminderScan,
    DigestScan,
    Notices,
    ReminderSchedules,
    NotificationsService,
    NotificationSettingsService,
    DeliveriesService,
  ],
  exports: [ReminderScan, DigestScan, Notices, Notifier],
})
export class NotificationsModule {}
