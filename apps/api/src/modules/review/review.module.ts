import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { PrepTasksController } from './prep-tasks.controller';
import { PrepTasksService } from './prep-tasks.service';
import { ReviewController } from './review.controller';
import { ReviewQueueService } from './review-queue.service';
import { RiskAlertsController } from './risk-alerts.controller';
import { RiskAlertsService } from './risk-alerts.service';
import { SubmissionReviewService } from './submission-review.service';

/** The clinician's review work over homework: submissions, declines, alerts, prep tasks, dashboard. */
@Module({
  controllers: [ReviewController, PrepTasksController, RiskAlertsController],
  providers: [
    SubmissionReviewService,
    ReviewQueueService,
    RiskAlertsService,
    PrepTasksService,
    DashboardService,
  ],
})
export class ReviewModule {}
