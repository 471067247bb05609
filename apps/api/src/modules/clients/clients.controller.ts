import {
  CaseloadHistoryEntrySchema,
  ClientQuerySchema,
  ClientSchema,
  CreateClientRequestSchema,
  pageOf,
  TransferClientsRequestSchema,
  UpdateClientRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentMembership, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { ClientsService } from './clients.service';
import { PortalAccessService } from './portal-access.service';

class ClientQueryDto extends createZodDto(ClientQuerySchema) {}
class CreateClientDto extends createZodDto(CreateClientRequestSchema) {}
class UpdateClientDto extends createZodDto(UpdateClientRequestSchema) {}
class TransferClientsDto extends createZodDto(TransferClientsRequestSchema) {}
class ClientDto extends createZodDto(ClientSchema) {}
class ClientPageDto extends createZodDto(pageOf(ClientSchema)) {}
class TransferResultDto extends createZodDto(z.object({ transferred: z.number().int() })) {}
class CaseloadHistoryDto extends createZodDto(z.object({ items: z.array(CaseloadHistoryEntrySchema) })) {}

/** Client records: admins see the clinic's, clinicians their caseload; managers and clients get 404. */
@ApiTags('clients')
@ClinicScoped()
@RolesOrNotFound('admin', 'clinician')
@Controller('v1/clinics/:clinicId/clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly portal: PortalAccessService,
  ) {}

  @Get()
  @ZodResponse({ type: ClientPageDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: ClientQueryDto) {
    return this.clients.list(me, query);
  }

  @Post()
  @ZodResponse({ status: 201, type: ClientDto })
  create(@CurrentMembership() me: ClinicMembership, @Body() body: CreateClientDto) {
    return this.clients.create(me, body);
  }

  @Post('transfer')
  @HttpCode(200)
  @RolesOrNotFound('admin')
  @ZodResponse({ type: TransferResultDto })
  transfer(@CurrentMembership() me: ClinicMembership, @Body() body: TransferClientsDto) {
    return this.clients.transfer(me, body);
  }

  @Get(':clientId')
  @ZodResponse({ type: ClientDto })
  get(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.clients.get(me, clientId);
  }

  @Patch(':clientId')
  @ZodResponse({ type: ClientDto })
  update(
    @CurrentMembership() me: ClinicMembership,
    @Param('clientId') clientId: string,
    @Body() body: UpdateClientDto,
  ) {
    return this.clients.update(me, clientId, body);
  }

  @Get(':clientId/caseload-history')
  @ZodResponse({ type: CaseloadHistoryDto })
  history(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.clients.history(me, clientId);
  }

  @Post(':clientId/portal-invitation')
  @HttpCode(200)
  @ZodResponse({ type: ClientDto })
  invite(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.portal.invite(me, clientId);
  }

  @Post(':clientId/portal-access/revoke')
  @HttpCode(200)
  @ZodResponse({ type: ClientDto })
  revoke(@CurrentMembership() me: ClinicMembership, @Param('clientId') clientId: string) {
    return this.portal.revoke(me, clientId);
  }
}
