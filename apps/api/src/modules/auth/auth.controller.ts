import {
  AcceptInvitationRequestSchema,
  ForgotPasswordRequestSchema,
  InvitationPreviewSchema,
  LoginRequestSchema,
  ResetPasswordRequestSchema,
  SessionResponseSchema,
  SignupRequestSchema,
} from '@interlude/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AllowedBeforeMfaEnrolment, CurrentAuth, Public } from '../../platform/auth/auth.decorators';
import type { AuthContext } from '../../platform/auth/auth-context';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie';
import { ContractResponses } from '../../platform/http/contract-routes';
import { InvitationsService } from '../invitations/invitations.service';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';

class SignupDto extends createZodDto(SignupRequestSchema) {}
class LoginDto extends createZodDto(LoginRequestSchema) {}
class ForgotDto extends createZodDto(ForgotPasswordRequestSchema) {}
class ResetDto extends createZodDto(ResetPasswordRequestSchema) {}
class AcceptDto extends createZodDto(AcceptInvitationRequestSchema) {}
class SessionDto extends createZodDto(SessionResponseSchema) {}
class InvitationPreviewDto extends createZodDto(InvitationPreviewSchema) {}

@ApiTags('auth')
@ContractResponses()
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @Post('signup')
  @ZodResponse({ status: 201, type: SessionDto })
  async signup(@Body() body: SignupDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.auth.signup(body);
    setSessionCookie(reply, session.token, session.maxAgeSeconds);
    return session.response;
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ZodResponse({ type: SessionDto })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.auth.login(body, request.ip);
    setSessionCookie(reply, session.token, session.maxAgeSeconds);
    return session.response;
  }

  @Post('logout')
  @AllowedBeforeMfaEnrolment()
  @HttpCode(204)
  async logout(@CurrentAuth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(auth.userId, auth.sessionId);
    clearSessionCookie(reply);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() body: ForgotDto) {
    await this.resets.requestReset(body.email);
    return { status: 'accepted' };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() body: ResetDto) {
    await this.resets.reset(body.token, body.password);
  }

  @Public()
  @Get('invitations/:token')
  @ZodResponse({ type: InvitationPreviewDto })
  preview(@Param('token') token: string) {
    return this.invitations.preview(token);
  }

  @Public()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ZodResponse({ type: SessionDto })
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const userId = await this.invitations.accept(token, body.name, body.password);
    const session = await this.auth.startSession(userId);
    setSessionCookie(reply, session.token, session.maxAgeSeconds);
    return session.response;
  }
}
