import {
  ClinicianDashboardSchema,
  DeclineSchema,
  DiscussDeclineRequestSchema,
  FeedbackRequestSchema,
  FeedbackSchema,
  ReviewQueueQuerySchema,
  ReviewQueueSchema,
  ScoreListSchema,
  SubmissionSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { DashboardService } from './dashboard.service';
import { ReviewQueueService } from './review-queue.service';
import { SubmissionReviewService } from './submission-review.service';

class ReviewedSubmissionDto extends createZodDto(SubmissionSchema) {}
class SubmissionFeedbackDto extends createZodDto(FeedbackSchema) {}
class SubmissionFeedbackRequestDto extends createZodDto(FeedbackRequestSchema) {}
class DiscussedDeclineDto extends createZodDto(DeclineSchema) {}
class DiscussDeclineRequestDto extends createZodDto(DiscussDeclineRequestSchema) {}
class ReviewQueueDto extends createZodDto(ReviewQueueSchema) {}
class ReviewQueueQueryDto extends createZodDto(ReviewQueueQuerySchema) {}
class ClientScoreListDto extends createZodDto(ScoreListSchema) {}
class ClinicianDashboardDto extends createZodDto(ClinicianDashboardSchema) {}

/**
 * The clinician's review work: submissions with feedback, declines talked through, the review queue,
 * a client's activity and scores, and the dashboard. Admins see the clinic's clients, clinicians
 * their caseload; anything else (another caseload, another clinic, managers, clients) is a 404.
 */
@ApiTags('review')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId')
export class ReviewController {
  constructor(
    private readonly submissions: SubmissionReviewService,
    private readonly review: ReviewQueueService,
    private readonly dashboards: DashboardService,
  ) {}

  @Get('submissions/:submissionId')
  @ZodResponse({ type: ReviewedSubmissionDto })
  submission(@CurrentMembership() me: ClinicMembership, @Param('submissionId') id: string) {
    return this.submissions.get(me, id);
  }

  @Post('submissions/:submissionId/feedback')
  @ZodResponse({ status: 201, type: SubmissionFeedbackDto })
  feedback(
    @CurrentMembership() me: ClinicMembership,
    @Param('submissionId') id: string,
    @Body() body: SubmissionFeedbackRequestDto,
  ) {
    return this.submissions.addFeedback(me, id, body);
  }

  @Post('submissions/:submissionId/reviewed')
  @HttpCode(200)
  @ZodResponse({ type: ReviewedSubmissionDto })
  reviewed(@CurrentMembership() me: ClinicMembership, @Param('submissionId') id: string) {
    return this.submissions.markReviewed(me, id);
  }

  @Post('declines/:declineId/discussed')
  @HttpCode(200)
  @ZodResponse({ type: DiscussedDeclineDto })
  discussed(
    @CurrentMembership() me: ClinicMembership,
    @Param('declineId') id: string,
    @Body() body: DiscussDeclineRequestDto,
  ) {
    return this.submissions.discussDecline(me, id, body);
  }

  @Get('review-queue')
  @ZodResponse({ type: ReviewQueueDto })
  queue(@CurrentMembership() me: ClinicMembership, @Query() query: ReviewQueueQueryDto) {
    return this.review.queue(me, query);
  }

  @Get('clients/:clientId/activity')
  @ZodResponse({ type: ReviewQueueDto })
  activity(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.review.activity(me, clientId);
  }

  @Get('clients/:clientId/scores')
  @ZodResponse({ type: ClientScoreListDto })
  scores(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.review.scores(me, clientId);
  }

  @Get('dashboard')
  @ZodResponse({ type: ClinicianDashboardDto })
  dashboard(@CurrentMembership() me: ClinicMembership) {
    return this.dashboards.dashboard(me);
  }
}
