import { HealthSchema, ProblemSchema, ReadinessSchema } from '@interlude/contracts';
import { createZodDto } from 'nestjs-zod';

/** Nest DTO classes over the contract schemas: they validate requests and document the API. */
export class HealthDto extends createZodDto(HealthSchema) {}
export class ReadinessDto extends createZodDto(ReadinessSchema) {}
export class ProblemDto extends createZodDto(ProblemSchema) {}
