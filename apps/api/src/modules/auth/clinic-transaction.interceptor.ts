import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { TenantDatabase } from '../../platform/database/tenant-database';

/** Runs a clinic route's handler inside one tenant transaction for the clinic of its path. */
@Injectable()
export class ClinicTransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: TenantDatabase) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const membership = context.switchToHttp().getRequest<FastifyRequest>().membership;
    if (!membership) return next.handle();
    return from(
      this.db.inClinic(membership.clinicId, () => lastValueFrom(next.handle(), { defaultValue: undefined })),
    );
  }
}
