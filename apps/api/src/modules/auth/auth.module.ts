import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ClinicsModule } from '../clinics/clinics.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ClinicAccessGuard } from './clinic-access.guard';
import { MeController } from './me.controller';
import { MfaService } from './mfa.service';
import { PasswordChangeService } from './password-change.service';
import { PasswordResetService } from './password-reset.service';
import { SessionGuard } from './session.guard';

/** Sign-in, sessions and the guards every route passes: session first, then clinic membership and role. */
@Module({
  imports: [ClinicsModule, InvitationsModule],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    PasswordResetService,
    PasswordChangeService,
    MfaService,
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: ClinicAccessGuard },
  ],
})
export class AuthModule {}
