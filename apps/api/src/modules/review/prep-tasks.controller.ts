import {
  CreatePrepTaskRequestSchema,
  PrepTaskListSchema,
  PrepTaskQuerySchema,
  PrepTaskSchema,
  UpdatePrepTaskRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { PrepTasksService } from './prep-tasks.service';

class PrepTaskDto extends createZodDto(PrepTaskSchema) {}
class PrepTaskListDto extends createZodDto(PrepTaskListSchema) {}
class PrepTaskQueryDto extends createZodDto(PrepTaskQuerySchema) {}
class CreatePrepTaskDto extends createZodDto(CreatePrepTaskRequestSchema) {}
class UpdatePrepTaskDto extends createZodDto(UpdatePrepTaskRequestSchema) {}

/** The clinician's own homework: each staff member sees and edits only their own tasks. */
@ApiTags('review')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/prep-tasks')
export class PrepTasksController {
  constructor(private readonly tasks: PrepTasksService) {}

  @Get()
  @ZodResponse({ type: PrepTaskListDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: PrepTaskQueryDto) {
    return this.tasks.list(me, query);
  }

  @Post()
  @ZodResponse({ status: 201, type: PrepTaskDto })
  create(@CurrentMembership() me: ClinicMembership, @Body() body: CreatePrepTaskDto) {
    return this.tasks.create(me, body);
  }

  @Patch(':taskId')
  @ZodResponse({ type: PrepTaskDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('taskId') id: string,
    @Body() body: UpdatePrepTaskDto,
  ) {
    return this.tasks.update(me, id, body);
  }
}
