import { Module } from '@nestjs/common';
import { ClinicsModule } from '../modules/clinics/clinics.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ClinicsModule, ReportsModule], providers: [DemoSeeder] })
export class DemoModule {}
