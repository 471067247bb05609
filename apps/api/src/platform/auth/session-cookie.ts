import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = '__Host-interlude_session';
export const CSRF_HEADER = 'x-interlude-csrf';

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}

/** The session token from `Authorization: Bearer` (API clients) or the cookie (browsers). */
export function readSessionToken(
  request: FastifyRequest,
): { token: string; via: 'cookie' | 'bearer' } | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice(7).trim();
    return token ? { token, via: 'bearer' } : null;
  }
  // Cookies are parsed only here, on routes that need a session (the plugin's global hook is off).
  const header = request.headers.cookie;
  const cookie = header ? request.server.parseCookie(header)[SESSION_COOKIE] : undefined;
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
