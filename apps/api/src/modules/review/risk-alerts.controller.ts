import {
  AcknowledgeRiskAlertRequestSchema,
  RiskAlertListSchema,
  RiskAlertQuerySchema,
  RiskAlertSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { RiskAlertsService } from './risk-alerts.service';

class RiskAlertDto extends createZodDto(RiskAlertSchema) {}
class RiskAlertListDto extends createZodDto(RiskAlertListSchema) {}
class RiskAlertQueryDto extends createZodDto(RiskAlertQuerySchema) {}
class AcknowledgeRiskAlertDto extends createZodDto(AcknowledgeRiskAlertRequestSchema) {}

/** PHQ-9 item 9 alerts of the caller's caseload (admins: the clinic's). */
@ApiTags('review')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/risk-alerts')
export class RiskAlertsController {
  constructor(private readonly alerts: RiskAlertsService) {}

  @Get()
  @ZodResponse({ type: RiskAlertListDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: RiskAlertQueryDto) {
    return this.alerts.list(me, query);
  }

  /** Once, with what was done; a second acknowledgement is a 409 and keeps the first note. */
  @Post(':alertId/acknowledge')
  @HttpCode(200)
  @ZodResponse({ type: RiskAlertDto })
  acknowledge(
    @CurrentMembership() me: ClinicMembership,
    @Param('alertId') id: string,
    @Body() body: AcknowledgeRiskAlertDto,
  ) {
    return this.alerts.acknowledge(me, id, body);
  }
}
