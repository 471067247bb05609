export * from './homework';
export * from './measures/measure-bands';
export * from './measures/measure-definitions';
export * from './measures/reliable-change';
export * from './measures/score-measure';
export * from './passwords/password-policy';
export type { OutcomeThresholds } from './reports';
export * from './reports';
export * from './schedules';
