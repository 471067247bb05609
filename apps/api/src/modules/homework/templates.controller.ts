import {
  CreateTemplateRequestSchema,
  pageOf,
  TemplateQuerySchema,
  TemplateSchema,
  TemplateSummarySchema,
  UpdateTemplateRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { TemplatesService } from './templates.service';

class TemplateQueryDto extends createZodDto(TemplateQuerySchema) {}
class CreateTemplateDto extends createZodDto(CreateTemplateRequestSchema) {}
class UpdateTemplateDto extends createZodDto(UpdateTemplateRequestSchema) {}
class TemplateDto extends createZodDto(TemplateSchema) {}
class TemplatePageDto extends createZodDto(pageOf(TemplateSummarySchema)) {}

/** The clinic's homework library (admins and clinicians). */
@ApiTags('homework library')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ZodResponse({ type: TemplatePageDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: TemplateQueryDto) {
    return this.templates.list(me, query);
  }

  @Post()
  @ZodResponse({ status: 201, type: TemplateDto })
  create(@CurrentMembership() me: ClinicMembership, @Body() body: CreateTemplateDto) {
    return this.templates.create(me, body);
  }

  @Get(':templateId')
  @ZodResponse({ type: TemplateDto })
  get(@CurrentMembership() me: ClinicMembership, @Param('templateId') templateId: string) {
    return this.templates.get(me, templateId);
  }

  @Get(':templateId/versions/:version')
  @ZodResponse({ type: TemplateDto })
  version(
    @CurrentMembership() me: ClinicMembership,
    @Param('templateId') templateId: string,
    @Param('version', new ParseIntPipe({ errorHttpStatusCode: 404 })) version: number,
  ) {
    return this.templates.get(me, templateId, version);
  }

  /** A change of title, instructions or questions makes a new version; `status` archives or restores. */
  @Patch(':templateId')
  @ZodResponse({ type: TemplateDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('templateId') templateId: string,
    @Body() body: UpdateTemplateDto,
  ) {
    return this.templates.update(me, templateId, body);
  }
}
