import { AuditEventSchema, AuditQuerySchema, pageOf } from '@interlude/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Roles } from '../../platform/auth/auth.decorators';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { AuditEventsService } from './audit-events.service';

class AuditQueryDto extends createZodDto(AuditQuerySchema) {}
class AuditPageDto extends createZodDto(pageOf(AuditEventSchema)) {}

@ApiTags('audit')
@ClinicScoped()
@Controller('v1/clinics/:clinicId/audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @Roles('admin')
  @ZodResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto) {
    return this.events.list(query);
  }
}
