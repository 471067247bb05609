import {
  ChangePasswordRequestSchema,
  MeSchema,
  MfaEnrolmentSchema,
  MfaRecoveryCodesSchema,
  MfaVerifyRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AllowedBeforeMfaEnrolment, CurrentAuth } from '../../platform/auth/auth.decorators';
import type { AuthContext } from '../../platform/auth/auth-context';
import { ContractResponses } from '../../platform/http/contract-routes';
import { AuthService } from './auth.service';
import { MfaService } from './mfa.service';
import { PasswordChangeService } from './password-change.service';

class MeDto extends createZodDto(MeSchema) {}
class ChangePasswordDto extends createZodDto(ChangePasswordRequestSchema) {}
class MfaEnrolmentDto extends createZodDto(MfaEnrolmentSchema) {}
class MfaVerifyDto extends createZodDto(MfaVerifyRequestSchema) {}
class MfaRecoveryCodesDto extends createZodDto(MfaRecoveryCodesSchema) {}

@ApiTags('me')
@AllowedBeforeMfaEnrolment()
@ContractResponses()
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly mfa: MfaService,
    private readonly passwords: PasswordChangeService,
  ) {}

  @Get()
  @ZodResponse({ type: MeDto })
  me(@CurrentAuth() auth: AuthContext) {
    return this.auth.me(auth.userId);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentAuth() auth: AuthContext, @Body() body: ChangePasswordDto) {
    await this.passwords.change(auth, body.currentPassword, body.newPassword);
  }

  @Post('mfa/totp')
  @HttpCode(200)
  @ZodResponse({ type: MfaEnrolmentDto })
  enrol(@CurrentAuth() auth: AuthContext) {
    return this.mfa.enrol(auth.userId);
  }

  @Post('mfa/totp/verify')
  @HttpCode(200)
  @ZodResponse({ type: MfaRecoveryCodesDto })
  verify(@CurrentAuth() auth: AuthContext, @Body() body: MfaVerifyDto) {
    return this.mfa.verify(auth.userId, body.code);
  }
}
