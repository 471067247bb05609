import { ClinicianListSchema } from '@interlude/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, Roles } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ClinicScoped } from '../../platform/http/contract-routes';

class ClinicianListDto extends createZodDto(ClinicianListSchema) {}

/**
 * Names of the clinic's active clinicians, so clinicians and admins can choose colleagues and managers
 * can filter reports by clinician (staff names only, no client data).
 */
@ApiTags('clients')
@ClinicScoped()
@Roles('admin', 'clinician', 'manager')
@Controller('v1/clinics/:clinicId/clinicians')
export class CliniciansController {
  constructor(private readonly db: TenantDatabase) {}

  @Get()
  @ZodResponse({ type: ClinicianListDto })
  async list(@CurrentMembership() me: ClinicMembership) {
    const rows: Array<{ id: string; name: string }> = await this.db.manager().query(
      `SELECT m.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.clinic_id = $1 AND m.status = 'active' AND 'clinician' = ANY (m.roles)
        ORDER BY lower(u.name), m.id LIMIT 500`,
      [me.clinicId],
    );
    return { items: rows.map((r) => ({ membershipId: r.id, name: r.name })) };
  }
}
