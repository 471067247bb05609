import type { Client } from 'pg';
import type { TestApp } from './app';
import { latestInvitationToken } from './clinic-people';
import { call, PASSWORD, uniqueEmail } from './http';

export interface PortalClient {
  clientId: string;
  token: string;
  name: string;
}

/** A client on `clinicianToken`'s caseload who has accepted a portal invitation and is signed in. */
export async function addPortalClient(
  t: TestApp,
  owner: Client,
  clinicId: string,
  clinicianToken: string,
  name = 'Robin Client',
  extra: Record<string, unknown> = {},
): Promise<PortalClient> {
  const base = `/api/v1/clinics/${clinicId}`;
  const email = uniqueEmail('client');
  const created = await call(t, 'POST', `${base}/clients`, {
    token: clinicianToken,
    body: { name, email, ...extra },
  });
  if (created.status !== 201)
    throw new Error(`client failed: ${created.status} ${JSON.stringify(created.body)}`);
  await call(t, 'POST', `${base}/clients/${created.body.id}/portal-invitation`, { token: clinicianToken });
  const link = await latestInvitationToken(owner, email);
  const accepted = await call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(link)}/accept`, {
    body: { name, password: PASSWORD },
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status}`);
  return { clientId: created.body.id, token: accepted.body.token, name };
}

/** The library template of a kind (the starter library is copied into every new clinic). */
export async function templateOfKind(t: TestApp, clinicId: string, token: string, kind: string) {
  const res = await call(t, 'GET', `/api/v1/clinics/${clinicId}/templates?kind=${kind}&limit=100`, { token });
  if (res.status !== 200 || res.body.items.length === 0)
    throw new Error(`no ${kind} template: ${res.status}`);
  return res.body.items[0] as { id: string; title: string; version: number; measure: string | null };
}

export const CHECK_OK = { relevant: true, withinAbility: true, safetyConcern: false };

/** A local date `days` from today in UTC, as YYYY-MM-DD. */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** PHQ-9 answers: every item `value`, item 9 `item9`. */
export const phq9Answers = (value: number, item9 = 0) =>
  Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [`item${i + 1}`, String(i === 8 ? item9 : value)]),
  ) as Record<string, string>;
