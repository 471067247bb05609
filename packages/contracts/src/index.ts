export * from './health.schema';
export * from './pagination.schema';
export * from './problem.schema';
