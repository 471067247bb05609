import { AddSafetyPlanEntryRequestSchema, PortalHomeSchema, SafetyPlanSchema } from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { SafetyPlansService } from '../safety-plans/safety-plans.service';
import { PortalService } from './portal.service';

class PortalHomeDto extends createZodDto(PortalHomeSchema) {}
class SafetyPlanDto extends createZodDto(SafetyPlanSchema) {}
class AddEntryDto extends createZodDto(AddSafetyPlanEntryRequestSchema) {}

/** The client's own view, for the portal. */
@ApiTags('portal')
@ClinicScoped()
@RolesOrNotFound('client')
@Controller('v1/clinics/:clinicId/me')
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly plans: SafetyPlansService,
  ) {}

  @Get('portal')
  @ZodResponse({ type: PortalHomeDto })
  home(@CurrentMembership() me: ClinicMembership) {
    return this.portal.home(me);
  }

  @Get('safety-plan')
  @ZodResponse({ type: SafetyPlanDto })
  safetyPlan(@CurrentMembership() me: ClinicMembership) {
    return this.plans.ownPlan(me);
  }

  @Post('safety-plan/entries')
  @HttpCode(201)
  @ZodResponse({ status: 201, type: SafetyPlanDto })
  addEntry(@CurrentMembership() me: ClinicMembership, @Body() body: AddEntryDto) {
    return this.plans.addOwnEntry(me, body);
  }
}
