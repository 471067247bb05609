import {
  AssignmentQuerySchema,
  AssignmentSchema,
  CreateAssignmentRequestSchema,
  CreatedAssignmentsSchema,
  OccurrenceListSchema,
  pageOf,
  UpdateAssignmentRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { AssignmentsService } from './assignments.service';

class CreateAssignmentDto extends createZodDto(CreateAssignmentRequestSchema) {}
class UpdateAssignmentDto extends createZodDto(UpdateAssignmentRequestSchema) {}
class AssignmentQueryDto extends createZodDto(AssignmentQuerySchema) {}
class AssignmentDto extends createZodDto(AssignmentSchema) {}
class AssignmentPageDto extends createZodDto(pageOf(AssignmentSchema)) {}
class CreatedAssignmentsDto extends createZodDto(CreatedAssignmentsSchema) {}
class OccurrenceListDto extends createZodDto(OccurrenceListSchema) {}

/** Assigning homework to a client of the caller's caseload, and following it. */
@ApiTags('assignments')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  /** A template on a schedule, or a program from a start date (one assignment per step). */
  @Post('clients/:clientId/assignments')
  @ZodResponse({ status: 201, type: CreatedAssignmentsDto })
  create(
    @CurrentMembership() me: ClinicMembership,
    @Param('clientId') clientId: string,
    @Body() body: CreateAssignmentDto,
  ) {
    return this.assignments.create(me, clientId, body);
  }

  @Get('assignments')
  @ZodResponse({ type: AssignmentPageDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: AssignmentQueryDto) {
    return this.assignments.list(me, query);
  }

  @Get('assignments/:assignmentId')
  @ZodResponse({ type: AssignmentDto })
  get(@CurrentMembership() me: ClinicMembership, @Param('assignmentId') assignmentId: string) {
    return this.assignments.get(me, assignmentId);
  }

  /** Instructions, back-up plan, a new schedule (future occurrences only), pause, resume or cancel. */
  @Patch('assignments/:assignmentId')
  @ZodResponse({ type: AssignmentDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('assignmentId') assignmentId: string,
    @Body() body: UpdateAssignmentDto,
  ) {
    return this.assignments.update(me, assignmentId, body);
  }

  @Get('assignments/:assignmentId/occurrences')
  @ZodResponse({ type: OccurrenceListDto })
  occurrences(@CurrentMembership() me: ClinicMembership, @Param('assignmentId') assignmentId: string) {
    return this.assignments.occurrences(me, assignmentId);
  }
}
