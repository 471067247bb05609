import { Client } from 'pg';
import type { TestApp } from './app';
import { call, PASSWORD, type Reply, uniqueEmail } from './http';

export type StaffRole = 'admin' | 'clinician' | 'manager';

/** A client to the test database as its owner (a superuser: sees every clinic's rows, RLS does not apply). */
export async function ownerClient(t: TestApp): Promise<Client> {
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  return client;
}

/** The same database, signed in as the application role the API uses. */
export function appRoleUrl(t: TestApp): string {
  const url = new URL(t.databaseUrl);
  url.username = 'interlude_app';
  url.password = '';
  return url.toString();
}

/** The token in the newest invitation email sent to `email` (the link ends in `/invitations/<token>`). */
export async function latestInvitationToken(owner: Client, email: string): Promise<string> {
  const { rows } = await owner.query(
    'SELECT text_body FROM mail_messages WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
    [email],
  );
  if (!rows[0]) throw new Error(`no email was sent to ${email}`);
  const match = /\/invitations\/(\S+)/.exec(rows[0].text_body);
  if (!match) throw new Error(`no invitation link in the email to ${email}`);
  return decodeURIComponent(match[1]);
}

export interface StaffPerson {
  email: string;
  name: string;
  token: string;
  userId: string;
  membershipId: string;
  invitationId: string;
}

/** Invites a person as the admin (POST /staff) and accepts the emailed link: a signed-in staff member. */
export async function addStaff(
  t: TestApp,
  owner: Client,
  admin: { token: string; clinicId: string },
  name: string,
  roles: StaffRole[],
  email = uniqueEmail(name.split(' ')[0].toLowerCase()),
): Promise<StaffPerson> {
  const invited = await call(t, 'POST', `/api/v1/clinics/${admin.clinicId}/staff`, {
    token: admin.token,
    body: { email, name, roles },
  });
  if (invited.status !== 201)
    throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const link = await latestInvitationToken(owner, email);
  const accepted = await call(t, 'POST', `/api/v1/auth/invitations/${encodeURIComponent(link)}/accept`, {
    body: { name, password: PASSWORD },
  });
  if (accepted.status !== 200)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const membership = accepted.body.memberships.find(
    (m: { clinicId: string }) => m.clinicId === admin.clinicId,
  );
  return {
    email,
    name,
    token: accepted.body.token,
    userId: accepted.body.user.id,
    membershipId: membership.id,
    invitationId: invited.body.id,
  };
}

/** The session token in a `set-cookie` header, ready to send back as `cookie:`. */
export function sessionCookie(setCookie: string): string {
  const match = /__Host-interlude_session=([^;]+)/.exec(setCookie);
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return `__Host-interlude_session=${match[1]}`;
}

/** Field paths named by a 400 problem. */
export const errorPaths = (res: Reply): string[] =>
  (res.body?.errors ?? []).map((e: { path: string }) => e.path);

/** A problem-details body that gives nothing of the server away: no stack frames, no SQL, no driver errors. */
export function expectSafeProblem(res: Reply): void {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toEqual(expect.objectContaining({ status: res.status, title: expect.any(String) }));
  const text = JSON.stringify(res.body);
  expect(text).not.toMatch(/\bat \S+ \(|\bat \/|\.ts:\d+|\.js:\d+|node_modules/);
  expect(text).not.toMatch(/\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/i);
  expect(text).not.toMatch(
    /syntax error|invalid byte sequence|violates|relation "|column "|QueryFailedError|pg_/i,
  );
}
