import { ClinicSettingsSchema, UpdateClinicSettingsSchema } from '@interlude/contracts';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, Roles } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { ClinicSettingsService } from './clinic-settings.service';

class ClinicSettingsDto extends createZodDto(ClinicSettingsSchema) {}
class UpdateClinicSettingsDto extends createZodDto(UpdateClinicSettingsSchema) {}

@ApiTags('clinic')
@ClinicScoped()
@Controller('v1/clinics/:clinicId')
export class ClinicsController {
  constructor(private readonly settings: ClinicSettingsService) {}

  @Get()
  @Roles('admin', 'clinician', 'manager')
  @ZodResponse({ type: ClinicSettingsDto })
  get() {
    return this.settings.get();
  }

  @Patch()
  @Roles('admin')
  @ZodResponse({ type: ClinicSettingsDto })
  update(@CurrentMembership() me: ClinicMembership, @Body() body: UpdateClinicSettingsDto) {
    return this.settings.update(me.userId, body);
  }
}
