import type { TestApp } from './app';

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** A JSON request to the test app, authenticated as an API client with a bearer token when given. */
export async function call(
  t: TestApp,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${t.baseUrl}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}

let counter = 0;
export const uniqueEmail = (who = 'person') => `${who}.${Date.now().toString(36)}.${++counter}@example.org`;
export const PASSWORD = 'calm river at dawn 42';

/** Signs up a fresh clinic; returns its admin's token and ids. */
export async function signupClinic(t: TestApp, name = 'Test Clinic') {
  const email = uniqueEmail('admin');
  const res = await call(t, 'POST', '/api/v1/auth/signup', {
    body: { clinicName: name, timezone: 'Europe/London', name: 'Ada Admin', email, password: PASSWORD },
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    token: res.body.token as string,
    userId: res.body.user.id as string,
    clinicId: res.body.memberships[0].clinicId as string,
    email,
    cookie: res.headers.get('set-cookie') ?? '',
  };
}
