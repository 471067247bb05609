import { Module } from '@nestjs/common';
import { ClinicsModule } from '../modules/clinics/clinics.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ClinicsModule], providers: [DemoSeeder] })
export class DemoModule {}
