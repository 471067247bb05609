import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { MyHomeworkController } from './my-homework.controller';
import { MyHomeworkService } from './my-homework.service';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';
import { SubmissionsService } from './submissions.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** The homework library, programs, assigning, and the client's own homework in the portal. */
@Module({
  imports: [ClientsModule],
  controllers: [TemplatesController, ProgramsController, AssignmentsController, MyHomeworkController],
  providers: [TemplatesService, ProgramsService, AssignmentsService, MyHomeworkService, SubmissionsService],
  exports: [AssignmentsService, TemplatesService, ProgramsService, SubmissionsService, MyHomeworkService],
})
export class HomeworkModule {}
