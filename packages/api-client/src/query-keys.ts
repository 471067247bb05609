/** Keys for data that belongs to no clinic (health of the service itself). */
export const systemKeys = {
  all: () => ['system'] as const,
  readiness: () => [...systemKeys.all(), 'readiness'] as const,
};

/** The signed-in person; not clinic-scoped, and dropped with everything else when the person changes. */
export const sessionKeys = {
  all: () => ['session'] as const,
  me: () => [...sessionKeys.all(), 'me'] as const,
};

/** Public data reached without a session. */
export const publicKeys = {
  invitationPreview: (token: string) => ['public', 'invitation-preview', token] as const,
  demoMailbox: () => ['public', 'demo-mailbox'] as const,
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

/** The clinic's settings: one document per clinic, so its key is the feature key itself. */
export const clinicSettingsKeys = clinicScopedKeys('clinic-settings');
export const staffKeys = clinicScopedKeys('staff');
export const invitationKeys = clinicScopedKeys('invitations');
export const auditEventKeys = clinicScopedKeys('audit-events');

/** Keys that survive a change of person: the service's own health. Everything else may be personal. */
export const isSystemKey = (queryKey: readonly unknown[]): boolean => queryKey[0] === systemKeys.all()[0];
