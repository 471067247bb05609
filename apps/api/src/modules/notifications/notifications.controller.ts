import { NotificationListQuerySchema, NotificationListSchema, UnreadCountSchema } from '@interlude/contracts';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { ClinicScoped } from '../../platform/http/contract-routes';
import { NotificationsService } from './notifications.service';

class NotificationListDto extends createZodDto(NotificationListSchema) {}
class NotificationListQueryDto extends createZodDto(NotificationListQuerySchema) {}
class UnreadCountDto extends createZodDto(UnreadCountSchema) {}

/** Every member's own in-app notifications: staff and clients alike. */
@ApiTags('notifications')
@ClinicScoped()
@Controller('v1/clinics/:clinicId/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ZodResponse({ type: NotificationListDto })
  list(@CurrentMembership() me: ClinicMembership, @Query() query: NotificationListQueryDto) {
    return this.notifications.list(me, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  readAll(@CurrentMembership() me: ClinicMembership) {
    return this.notifications.markAllRead(me);
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  read(@CurrentMembership() me: ClinicMembership, @Param('notificationId') id: string) {
    return this.notifications.markRead(me, id);
  }
}
