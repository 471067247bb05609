import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { FhirController } from './fhir.controller';
import { FhirExportService } from './fhir-export.service';

/** FHIR R4 export of a client's homework (Tasks, QuestionnaireResponses, score Observations). */
@Module({
  imports: [ClientsModule],
  controllers: [FhirController],
  providers: [FhirExportService],
})
export class FhirModule {}
