import {
  DeliveryHealthSchema,
  DeliveryListQuerySchema,
  DeliveryListSchema,
  DeliverySchema,
} from '@interlude/contracts';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, Roles } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { DeliveriesService } from './deliveries.service';

class DeliveryDto extends createZodDto(DeliverySchema) {}
class DeliveryListDto extends createZodDto(DeliveryListSchema) {}
class DeliveryListQueryDto extends createZodDto(DeliveryListQuerySchema) {}
class DeliveryHealthDto extends createZodDto(DeliveryHealthSchema) {}

/** Email delivery for the clinic's admin: failures with a retry, and the queue's health. */
@ApiTags('notifications')
@ClinicScoped()
@Roles('admin')
@Controller('v1/clinics/:clinicId/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ZodResponse({ type: DeliveryListDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: DeliveryListQueryDto) {
    return this.deliveries.list(me, query);
  }

  @Get('health')
  @ZodResponse({ type: DeliveryHealthDto })
  health(@CurrentMembership() me: ClinicMembership) {
    return this.deliveries.health(me);
  }

  @Post(':deliveryId/retry')
  @HttpCode(202)
  @ZodResponse({ status: 202, type: DeliveryDto })
  retry(@CurrentMembership() me: ClinicMembership, @Param('deliveryId') id: string) {
    return this.deliveries.retry(me, id);
  }
}
