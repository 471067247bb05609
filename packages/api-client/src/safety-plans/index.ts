export { createSafetyPlansApi, type SafetyPlansApi, type VersionedSafetyPlan } from './safety-plans-api';
export {
  isStaleVersion,
  type SaveSafetyPlanVariables,
  safetyPlanKeys,
  safetyPlanQueryOptions,
  useSafetyPlan,
  useSafetyPlanVersion,
  useSafetyPlanVersions,
  useSaveSafetyPlan,
} from './use-safety-plan';
