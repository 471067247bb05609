import { SafetyPlanContentSchema, SafetyPlanSchema, SafetyPlanVersionSchema } from '@interlude/contracts';
import { Body, Controller, Get, Headers, Param, ParseIntPipe, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { etagOf, SafetyPlansService } from './safety-plans.service';

class SafetyPlanDto extends createZodDto(SafetyPlanSchema) {}
class SafetyPlanContentDto extends createZodDto(SafetyPlanContentSchema) {}
class SafetyPlanVersionsDto extends createZodDto(z.object({ items: z.array(SafetyPlanVersionSchema) })) {}

@ApiTags('safety plans')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/clients/:clientId/safety-plan')
export class SafetyPlansController {
  constructor(private readonly plans: SafetyPlansService) {}

  @Get()
  @ZodResponse({ type: SafetyPlanDto })
  async get(
    @CurrentMembership() me: ClinicMembership,
    @Param('clientId') clientId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const plan = await this.plans.current(me, clientId);
    reply.header('etag', etagOf(plan.version));
    return plan;
  }

  /** Replaces the plan with a new version; `If-Match` must carry the ETag of the version edited. */
  @Put()
  @ZodResponse({ type: SafetyPlanDto })
  async put(
    @CurrentMembership() me: ClinicMembership,
    @Param('clientId') clientId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: SafetyPlanContentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const plan = await this.plans.save(me, clientId, ifMatch, body);
    reply.header('etag', etagOf(plan.version));
    return plan;
  }

  @Get('versions')
  @ZodResponse({ type: SafetyPlanVersionsDto })
  versions(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.plans.versions(me, clientId);
  }

  @Get('versions/:version')
  @ZodResponse({ type: SafetyPlanDto })
  version(
    @CurrentMembership() me: ClinicMembership,
    @Param('clientId') clientId: string,
    @Param('version', new ParseIntPipe({ errorHttpStatusCode: 404 })) version: number,
  ) {
    return this.plans.version(me, clientId, version);
  }
}
