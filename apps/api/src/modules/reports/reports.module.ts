import { Module } from '@nestjs/common';
import { ReportExportsService } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { RollupTicker } from './rollup-ticker';
import { RollupWriter } from './rollup-writer';

/** Engagement and outcome reports over rollups kept current by jobs, and their CSV exports. */
@Module({
  controllers: [ReportsController],
  providers: [RollupWriter, ReportsService, ReportExportsService, RollupTicker],
  exports: [RollupWriter, RollupTicker],
})
export class ReportsModule {}
