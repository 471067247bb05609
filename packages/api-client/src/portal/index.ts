export type { PortalApi } from './portal-api';
export {
  ownSafetyPlanQueryOptions,
  PORTAL_HOME_GC_TIME_MS,
  portalHomeQueryOptions,
  portalKeys,
  useAddOwnSafetyPlanEntry,
  useOwnSafetyPlan,
  usePortalHome,
} from './use-portal';
