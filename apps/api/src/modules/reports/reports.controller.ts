import {
  CreateExportRequestSchema,
  EngagementQuerySchema,
  EngagementReportSchema,
  OutcomesQuerySchema,
  OutcomesReportSchema,
  ReportExportSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AuditLog } from '../../platform/audit/audit-log';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { ReportExportsService } from './report-exports.service';
import { ReportsService, scopeOf } from './reports.service';

class EngagementQueryDto extends createZodDto(EngagementQuerySchema) {}
class EngagementReportDto extends createZodDto(EngagementReportSchema) {}
class OutcomesQueryDto extends createZodDto(OutcomesQuerySchema) {}
class OutcomesReportDto extends createZodDto(OutcomesReportSchema) {}
class CreateExportRequestDto extends createZodDto(CreateExportRequestSchema) {}
class ReportExportDto extends createZodDto(ReportExportSchema) {}

/**
 * Aggregate reports: managers and admins over the whole clinic (small cells suppressed), clinicians
 * over their own caseload. Clients get 404. Nothing here names or identifies a client.
 */
@ApiTags('reports')
@ClinicScoped()
@RolesOrNotFound('admin', 'manager', 'clinician')
@Controller('v1/clinics/:clinicId')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportsService,
    private readonly audit: AuditLog,
  ) {}

  @Get('reports/engagement')
  @ZodResponse({ type: EngagementReportDto })
  async engagement(@CurrentMembership() me: ClinicMembership, @Query() query: EngagementQueryDto) {
    const report = await this.reports.engagement(me, query);
    await this.viewed(me, 'engagement');
    return report;
  }

  @Get('reports/outcomes')
  @ZodResponse({ type: OutcomesReportDto })
  async outcomes(@CurrentMembership() me: ClinicMembership, @Query() query: OutcomesQueryDto) {
    const report = await this.reports.outcomes(me, query);
    await this.viewed(me, 'outcomes');
    return report;
  }

  @Post('reports/:name/exports')
  @HttpCode(202)
  @ZodResponse({ status: 202, type: ReportExportDto })
  requestExport(
    @CurrentMembership() me: ClinicMembership,
    @Param('name') name: string,
    @Body() body: CreateExportRequestDto,
  ) {
    return this.exports.request(me, name, body);
  }

  @Get('exports/:exportId')
  @ZodResponse({ type: ReportExportDto })
  getExport(@CurrentMembership() me: ClinicMembership, @Param('exportId') id: string) {
    return this.exports.get(me, id);
  }

  private viewed(me: ClinicMembership, report: string) {
    return this.audit.record({
      clinicId: me.clinicId,
      actorUserId: me.userId,
      action: 'report.viewed',
      resourceType: 'report',
      resourceId: null,
      details: { report, scope: scopeOf(me) },
    });
  }
}
