export * from './audit.schema';
export * from './auth.schema';
export * from './clinic.schema';
export * from './health.schema';
export * from './pagination.schema';
export * from './problem.schema';
export * from './staff.schema';
