/** Keys for data that belongs to no clinic (health of the service itself). */
export const systemKeys = {
  all: () => ['system'] as const,
  readiness: () => [...systemKeys.all(), 'readiness'] as const,
};

/**
 * Key factory for one feature's clinic-scoped data. Every key starts with the clinic id, so
 * switching clinic can drop a whole clinic's cache with `removeQueries({ queryKey: [clinicId] })`,
 * and a mutation can invalidate a feature with `invalidateQueries({ queryKey: keys.all(clinicId) })`.
 */
export function clinicScopedKeys<const Feature extends string>(feature: Feature) {
  const all = (clinicId: string) => [clinicId, feature] as const;
  return {
    all,
    lists: (clinicId: string) => [...all(clinicId), 'list'] as const,
    list: <Params extends object>(clinicId: string, params: Params) =>
      [...all(clinicId), 'list', params] as const,
    detail: (clinicId: string, id: string) => [...all(clinicId), 'detail', id] as const,
  };
}
