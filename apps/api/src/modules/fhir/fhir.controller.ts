import { FhirBundleSchema } from '@interlude/contracts';
import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { FhirExportService } from './fhir-export.service';

class FhirBundleDto extends createZodDto(FhirBundleSchema) {}

/** The FHIR R4 media type: always answered (JSON is its only serialisation here), whatever `Accept` says. */
export const FHIR_JSON = 'application/fhir+json';

/** FHIR R4 export of a client's homework; a client record, so other roles and caseloads get 404. */
@ApiTags('fhir')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/clients/:clientId/fhir')
export class FhirController {
  constructor(private readonly fhir: FhirExportService) {}

  @Get()
  @ApiProduces(FHIR_JSON)
  @Header('content-type', `${FHIR_JSON}; charset=utf-8`)
  @ZodResponse({ type: FhirBundleDto })
  export(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.fhir.export(me, clientId);
  }
}
