import { Client as PgClient } from 'pg';
import { postgresServerUrl } from './services';

/**
 * Sets up a clinic through the product's public HTTP API (as API clients do: `Authorization: Bearer`),
 * and reads the email it "sent" from its own database: the tests start the product without a mail
 * server, and every message is kept in `mail_messages` whether or not it could be delivered.
 */

export interface Session {
  token: string;
  userId: string;
  clinicId: string;
  membershipId: string;
}

export interface ClientRecord {
  id: string;
  name: string;
  preferredName: string | null;
  email: string | null;
  portalStatus: string;
}

interface SessionResponse {
  token: string;
  user: { id: string };
  memberships: { id: string; clinicId: string; roles: string[] }[];
}

/** One JSON request to `/api/v1…`; throws with the problem document unless the status is `expect`. */
export async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; expect?: number | number[] } = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  const expected = options.expect ?? (method === 'POST' ? [200, 201] : [200]);
  const ok = ([] as number[]).concat(expected).includes(response.status);
  if (!ok) throw new Error(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

function sessionOf(response: SessionResponse, clinicId?: string): Session {
  const membership = clinicId
    ? response.memberships.find((m) => m.clinicId === clinicId)
    : response.memberships[0];
  if (!membership) throw new Error(`No membership in clinic ${clinicId ?? '(any)'}`);
  return {
    token: response.token,
    userId: response.user.id,
    clinicId: membership.clinicId,
    membershipId: membership.id,
  };
}

/** A new clinic and its first admin. */
export async function signUpClinic(
  baseUrl: string,
  body: { clinicName: string; timezone: string; name: string; email: string; password: string },
): Promise<Session> {
  return sessionOf(await api<SessionResponse>(baseUrl, 'POST', '/auth/signup', { body, expect: 201 }));
}

/** A connection to the product's own database as the server's owner (not bound by row-level security). */
async function withDatabase<T>(databaseName: string, work: (db: PgClient) => Promise<T>): Promise<T> {
  const url = new URL(postgresServerUrl);
  url.pathname = `/${databaseName}`;
  const db = new PgClient({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Every message the product wrote to `to`, newest first. */
export function mailTo(databaseName: string, to: string): Promise<MailMessage[]> {
  return withDatabase(databaseName, async (db) => {
    const { rows } = await db.query<{
      to_address: string;
      subject: string;
      text_body: string;
      html_body: string;
    }>(
      'SELECT to_address, subject, text_body, html_body FROM mail_messages WHERE lower(to_address) = lower($1) ORDER BY created_at DESC',
      [to],
    );
    return rows.map((r) => ({ to: r.to_address, subject: r.subject, text: r.text_body, html: r.html_body }));
  });
}

/** The invitation link in the newest message to `to` (the staff app's `/invitations/…` or the portal's). */
export async function invitationLinkFor(
  databaseName: string,
  to: string,
): Promise<{ url: string; path: string; token: string }> {
  const messages = await mailTo(databaseName, to);
  for (const message of messages) {
    const match = /https?:\/\/\S*?(\/(?:portal\/)?invitations\/([A-Za-z0-9._~%-]+))/.exec(message.text);
    if (match) return { url: match[0], path: match[1], token: decodeURIComponent(match[2]) };
  }
  throw new Error(
    `No invitation link in the ${messages.length} message(s) to ${to}: ${JSON.stringify(messages.map((m) => m.subject))}`,
  );
}

/** Accepts an invitation as a new person and answers their session in the inviting clinic. */
export async function acceptInvitation(
  baseUrl: string,
  token: string,
  body: { name: string; password: string },
): Promise<Session> {
  const clinicId = token.split('.')[0];
  const response = await api<SessionResponse>(
    baseUrl,
    'POST',
    `/auth/invitations/${encodeURIComponent(token)}/accept`,
    { body, expect: 200 },
  );
  return sessionOf(response, clinicId);
}

/** The admin invites a staff member, who accepts from the emailed link. */
export async function addStaffMember(
  baseUrl: string,
  databaseName: string,
  admin: Session,
  person: { name: string; email: string; password: string; roles: ('admin' | 'clinician' | 'manager')[] },
): Promise<Session> {
  await api(baseUrl, 'POST', `/clinics/${admin.clinicId}/staff`, {
    token: admin.token,
    body: { email: person.email, name: person.name, roles: person.roles },
    expect: 201,
  });
  const { token } = await invitationLinkFor(databaseName, person.email);
  return acceptInvitation(baseUrl, token, { name: person.name, password: person.password });
}

/** A client with portal access: created by `clinician`, invited to the portal, invitation accepted. */
export async function addPortalClient(
  baseUrl: string,
  databaseName: string,
  clinician: Session,
  person: {
    name: string;
    preferredName?: string;
    email: string;
    password: string;
    nextSessionAt?: string;
    timezone?: string;
  },
): Promise<{ client: ClientRecord; session: Session }> {
  const { password: _password, ...body } = person;
  const clinicPath = `/clinics/${clinician.clinicId}`;
  const client = await api<ClientRecord>(baseUrl, 'POST', `${clinicPath}/clients`, {
    token: clinician.token,
    body,
    expect: 201,
  });
  await api(baseUrl, 'POST', `${clinicPath}/clients/${client.id}/portal-invitation`, {
    token: clinician.token,
    expect: [200, 201],
  });
  const { token } = await invitationLinkFor(databaseName, person.email);
  const session = await acceptInvitation(baseUrl, token, { name: person.name, password: person.password });
  return { client, session };
}
