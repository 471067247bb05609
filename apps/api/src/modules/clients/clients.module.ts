import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { PortalController } from '../portal/portal.controller';
import { PortalService } from '../portal/portal.service';
import { SafetyPlansController } from '../safety-plans/safety-plans.controller';
import { SafetyPlansService } from '../safety-plans/safety-plans.service';
import { ClientsController } from './clients.controller';
import { ClientsRepository } from './clients.repository';
import { ClientsService } from './clients.service';
import { CliniciansController } from './clinicians.controller';
import { PortalAccessService } from './portal-access.service';

@Module({
  imports: [InvitationsModule],
  controllers: [ClientsController, CliniciansController, SafetyPlansController, PortalController],
  providers: [ClientsRepository, ClientsService, PortalAccessService, SafetyPlansService, PortalService],
  exports: [ClientsService],
})
export class ClientsModule {}
