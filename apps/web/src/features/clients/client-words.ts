import type { Client, PortalStatus } from '@interlude/contracts';

/** "Jordan Lee (Jo)": the record's name, with the name they like to be called. */
export const displayName = (client: Pick<Client, 'name' | 'preferredName'>): string =>
  client.preferredName && client.preferredName !== client.name
    ? `${client.name} (${client.preferredName})`
    : client.name;

/** What the client is called in warm text: the preferred name when there is one. */
export const callName = (client: Pick<Client, 'name' | 'preferredName'>): string =>
  client.preferredName ?? client.name;

export const PORTAL_STATUS: Record<PortalStatus, { label: string; color: string; description: string }> = {
  none: {
    label: 'Not invited',
    color: 'gray',
    description: 'has not been invited to the client portal.',
  },
  invited: {
    label: 'Invited',
    color: 'blue',
    description: 'has been invited and has not set a password yet.',
  },
  active: {
    label: 'Portal active',
    color: 'harbor',
    description: 'can sign in to the client portal.',
  },
  revoked: {
    label: 'Access revoked',
    color: 'red',
    description: 'can no longer sign in to the client portal.',
  },
};

export const STATUS_LABEL: Record<Client['status'], string> = { active: 'Active', discharged: 'Discharged' };
