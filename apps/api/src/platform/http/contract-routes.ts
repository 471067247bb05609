import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import { ClinicTransactionInterceptor } from '../../modules/auth/clinic-transaction.interceptor';

/**
 * Controllers opt in to the per-request work they need, instead of every route (health included)
 * paying for it: responses checked against their contract schema (`@ZodResponse`)…
 */
export const ContractResponses = () => applyDecorators(UseInterceptors(ZodSerializerInterceptor));

/** …and, for `/clinics/:clinicId/…`, the handler run inside that clinic's tenant transaction. */
export const ClinicScoped = () =>
  applyDecorators(UseInterceptors(ZodSerializerInterceptor, ClinicTransactionInterceptor));
