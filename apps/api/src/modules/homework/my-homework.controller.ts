import {
  DeclineRequestSchema,
  DeclineSchema,
  DraftSavedSchema,
  MyAssignmentsQuerySchema,
  MyAssignmentsSchema,
  MyOccurrenceSchema,
  MyProgressSchema,
  MyProposalListSchema,
  SaveDraftRequestSchema,
  SubmitRequestSchema,
  SubmitResultSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { MyHomeworkService } from './my-homework.service';
import { SubmissionsService } from './submissions.service';

class MyAssignmentsQueryDto extends createZodDto(MyAssignmentsQuerySchema) {}
class MyAssignmentsDto extends createZodDto(MyAssignmentsSchema) {}
class MyProposalListDto extends createZodDto(MyProposalListSchema) {}
class MyOccurrenceDto extends createZodDto(MyOccurrenceSchema) {}
class MyProgressDto extends createZodDto(MyProgressSchema) {}
class SaveDraftDto extends createZodDto(SaveDraftRequestSchema) {}
class DraftSavedDto extends createZodDto(DraftSavedSchema) {}
class SubmitDto extends createZodDto(SubmitRequestSchema) {}
class SubmitResultDto extends createZodDto(SubmitResultSchema) {}
class DeclineRequestDto extends createZodDto(DeclineRequestSchema) {}
class DeclineDto extends createZodDto(DeclineSchema) {}

/** The client's own homework, from the portal. Staff and other clients get 404. */
@ApiTags('portal homework')
@ClinicScoped()
@RolesOrNotFound('client')
@Controller('v1/clinics/:clinicId')
export class MyHomeworkController {
  constructor(
    private readonly mine: MyHomeworkService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Get('me/assignments')
  @ZodResponse({ type: MyAssignmentsDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: MyAssignmentsQueryDto) {
    return this.mine.list(me, query);
  }

  @Get('me/proposals')
  @ZodResponse({ type: MyProposalListDto })
  proposals(@CurrentMembership() me: ClinicMembership) {
    return this.mine.proposals(me);
  }

  @Get('me/occurrences/:occurrenceId')
  @ZodResponse({ type: MyOccurrenceDto })
  occurrence(@CurrentMembership() me: ClinicMembership, @Param('occurrenceId') occurrenceId: string) {
    return this.mine.occurrence(me, occurrenceId);
  }

  @Get('me/progress')
  @ZodResponse({ type: MyProgressDto })
  progress(@CurrentMembership() me: ClinicMembership) {
    return this.mine.progress(me);
  }

  @Put('occurrences/:occurrenceId/draft')
  @ZodResponse({ type: DraftSavedDto })
  saveDraft(
    @CurrentMembership() me: ClinicMembership,
    @Param('occurrenceId') occurrenceId: string,
    @Body() body: SaveDraftDto,
  ) {
    return this.mine.saveDraft(me, occurrenceId, body.answers);
  }

  /** Idempotent by the `Idempotency-Key` header: a replay answers 201 with the same body. */
  @Post('occurrences/:occurrenceId/submissions')
  @ZodResponse({ status: 201, type: SubmitResultDto })
  async submit(
    @CurrentMembership() me: ClinicMembership,
    @Param('occurrenceId') occurrenceId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: SubmitDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { result, replayed } = await this.submissions.submit(me, occurrenceId, idempotencyKey, body);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return result;
  }

  @Post('occurrences/:occurrenceId/decline')
  @ZodResponse({ status: 201, type: DeclineDto })
  declineOccurrence(
    @CurrentMembership() me: ClinicMembership,
    @Param('occurrenceId') occurrenceId: string,
    @Body() body: DeclineRequestDto,
  ) {
    return this.mine.declineOccurrence(me, occurrenceId, body);
  }

  @Post('assignments/:assignmentId/accept')
  @HttpCode(204)
  accept(@CurrentMembership() me: ClinicMembership, @Param('assignmentId') assignmentId: string) {
    return this.mine.accept(me, assignmentId);
  }

  @Post('assignments/:assignmentId/decline')
  @ZodResponse({ status: 201, type: DeclineDto })
  declineAssignment(
    @CurrentMembership() me: ClinicMembership,
    @Param('assignmentId') assignmentId: string,
    @Body() body: DeclineRequestDto,
  ) {
    return this.mine.declineAssignment(me, assignmentId, body);
  }
}
