import { Module } from '@nestjs/common';
import { ClinicsModule } from '../modules/clinics/clinics.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { DemoNotifications } from './demo-notifications';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [ClinicsModule, ReportsModule, NotificationsModule],
  providers: [DemoSeeder, DemoNotifications],
})
export class DemoModule {}
