import { Global, Module } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import { Clock } from './clock';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  providers: [Clock, SessionsService, LoginThrottle, AuditLog],
  exports: [Clock, SessionsService, LoginThrottle, AuditLog],
})
export class PlatformAuthModule {}
