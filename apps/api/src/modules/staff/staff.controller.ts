import {
  InvitationSchema,
  InviteStaffRequestSchema,
  pageOf,
  StaffMemberSchema,
  StaffQuerySchema,
  UpdateStaffRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentMembership, Roles } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { InvitationsService } from '../invitations/invitations.service';
import { StaffService } from './staff.service';

class StaffQueryDto extends createZodDto(StaffQuerySchema) {}
class InviteStaffDto extends createZodDto(InviteStaffRequestSchema) {}
class UpdateStaffDto extends createZodDto(UpdateStaffRequestSchema) {}
class StaffPageDto extends createZodDto(pageOf(StaffMemberSchema)) {}
class StaffMemberDto extends createZodDto(StaffMemberSchema) {}
class InvitationDto extends createZodDto(InvitationSchema) {}
class InvitationListDto extends createZodDto(z.object({ items: z.array(InvitationSchema) })) {}

@ApiTags('staff')
@Roles('admin')
@ClinicScoped()
@Controller('v1/clinics/:clinicId')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('staff')
  @ZodResponse({ type: StaffPageDto })
  list(@Query() query: StaffQueryDto) {
    return this.staff.list(query);
  }

  @Post('staff')
  @ZodResponse({ status: 201, type: InvitationDto })
  invite(@CurrentMembership() me: ClinicMembership, @Body() body: InviteStaffDto) {
    return this.invitations.invite(me.userId, body);
  }

  @Patch('staff/:membershipId')
  @ZodResponse({ type: StaffMemberDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('membershipId') id: string,
    @Body() body: UpdateStaffDto,
  ) {
    return this.staff.update(me.userId, id, body);
  }

  @Get('invitations')
  @ZodResponse({ type: InvitationListDto })
  async listInvitations() {
    return { items: await this.invitations.list() };
  }

  @Post('invitations/:invitationId/resend')
  @HttpCode(200)
  @ZodResponse({ type: InvitationDto })
  resend(@CurrentMembership() me: ClinicMembership, @Param('invitationId') id: string) {
    return this.invitations.resend(me.userId, id);
  }

  @Post('invitations/:invitationId/revoke')
  @HttpCode(200)
  @ZodResponse({ type: InvitationDto })
  revoke(@CurrentMembership() me: ClinicMembership, @Param('invitationId') id: string) {
    return this.invitations.revoke(me.userId, id);
  }
}
