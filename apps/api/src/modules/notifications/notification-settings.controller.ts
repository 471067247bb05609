import {
  NotificationSettingsSchema,
  UnsubscribeRequestSchema,
  UnsubscribeResultSchema,
  UpdateNotificationSettingsSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentMembership, Public, RolesOrNotFound } from '../../platform/auth/auth.decorators';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { invalid } from '../../platform/errors/problem';
import { ClinicScoped, ContractResponses } from '../../platform/http/contract-routes';
import { NotificationSettingsService } from './notification-settings.service';

class NotificationSettingsDto extends createZodDto(NotificationSettingsSchema) {}
class UpdateNotificationSettingsDto extends createZodDto(UpdateNotificationSettingsSchema) {}
class UnsubscribeResultDto extends createZodDto(UnsubscribeResultSchema) {}

/** The client's email reminder choice in the portal. */
@ApiTags('notifications')
@ClinicScoped()
@RolesOrNotFound('client')
@Controller('v1/clinics/:clinicId/me/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @ZodResponse({ type: NotificationSettingsDto })
  get(@CurrentMembership() me: ClinicMembership) {
    return this.settings.get(me);
  }

  @Put()
  @ZodResponse({ type: NotificationSettingsDto })
  update(@CurrentMembership() me: ClinicMembership, @Body() body: UpdateNotificationSettingsDto) {
    return this.settings.update(me, body);
  }
}

/**
 * The "stop reminder emails" link in every reminder: no session, the token is the authority. The
 * portal page sends it as JSON; a mail provider's one-click unsubscribe (RFC 8058, from the
 * List-Unsubscribe header) posts a form to the same route with the token in the query.
 */
@ApiTags('notifications')
@ContractResponses()
@Controller('v1/reminders')
export class UnsubscribeController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ZodResponse({ type: UnsubscribeResultDto })
  unsubscribe(@Body() body: unknown, @Query('token') queryToken?: string) {
    const fromBody = body && typeof body === 'object' && 'token' in body ? body : undefined;
    const parsed = UnsubscribeRequestSchema.safeParse(fromBody ?? { token: queryToken });
    if (!parsed.success) {
      throw invalid(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'token', message: i.message })),
      );
    }
    return this.settings.unsubscribe(parsed.data.token);
  }
}
