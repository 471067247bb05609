import {
  CreateProgramRequestSchema,
  ProgramListSchema,
  ProgramSchema,
  UpdateProgramRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { ProgramsService } from './programs.service';

class ProgramQueryDto extends createZodDto(
  z.object({ status: z.enum(['active', 'archived']).default('active') }),
) {}
class CreateProgramDto extends createZodDto(CreateProgramRequestSchema) {}
class UpdateProgramDto extends createZodDto(UpdateProgramRequestSchema) {}
class ProgramDto extends createZodDto(ProgramSchema) {}
class ProgramListDto extends createZodDto(ProgramListSchema) {}

/** Programs of homework steps (admins and clinicians). */
@ApiTags('homework library')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  /** Managers may list programs too (names only), to filter reports by program. */
  @Get()
  @RolesOrNotFound('admin', 'clinician', 'manager')
  @ZodResponse({ type: ProgramListDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: ProgramQueryDto) {
    return this.programs.list(me, query.status);
  }

  @Post()
  @ZodResponse({ status: 201, type: ProgramDto })
  create(@CurrentMembership() me: ClinicMembership, @Body() body: CreateProgramDto) {
    return this.programs.create(me, body);
  }

  @Get(':programId')
  @ZodResponse({ type: ProgramDto })
  get(@CurrentMembership() me: ClinicMembership, @Param('programId') programId: string) {
    return this.programs.get(me, programId);
  }

  @Patch(':programId')
  @ZodResponse({ type: ProgramDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('programId') programId: string,
    @Body() body: UpdateProgramDto,
  ) {
    return this.programs.update(me, programId, body);
  }
}
