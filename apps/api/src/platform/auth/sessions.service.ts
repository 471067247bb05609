import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../database/tenant-database';
import { currentRequest } from '../request/request-context';
import { Clock } from './clock';
import { newToken, tokenDigest } from './secrets';

export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const DEFAULT_IDLE_MINUTES = 30;

export interface ActiveSession {
  id: string;
  userId: string;
}

/** Opaque session tokens (256 bits) stored only as digests, with idle and absolute timeouts. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** Starts a session; the idle timeout is the strictest of the user's clinics. */
  async start(userId: string): Promise<{ token: string; sessionId: string; maxAgeSeconds: number }> {
    const token = newToken();
    const id = uuidv7();
    const now = this.clock.now();
    const request = currentRequest();
    await this.db.global(async (m) => {
      await this.db.actAsUser(userId);
      const [{ idle }] = await m.query(
        `SELECT coalesce(min(c.session_timeout_minutes), $2)::int AS idle
           FROM memberships ms JOIN clinics c ON c.id = ms.clinic_id
          WHERE ms.user_id = $1 AND ms.status = 'active'`,
        [userId, DEFAULT_IDLE_MINUTES],
      );
      await m.query(
        `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, idle_timeout_minutes, ip, user_agent)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7, NULL)`,
        [
          id,
          tokenDigest(token),
          userId,
          now,
          new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
          idle,
          request?.ip ?? null,
        ],
      );
    });
    return { token, sessionId: id, maxAgeSeconds: ABSOLUTE_TIMEOUT_MS / 1000 };
  }

  /** The live session for a token, touching its last-seen time (at most once a minute); null when unknown, revoked or timed out. */
  async resolve(token: string): Promise<ActiveSession | null> {
    if (token.length > 200) return null;
    const now = this.clock.now();
    return this.db.global(async (m) => {
      // Recording activity costs a write (and a synchronous commit) per request; once a minute is
      // plenty for an idle timeout counted in minutes, so most requests only read.
      const rows: Array<{ id: string; user_id: string }> = await m.query(
        `WITH live AS (
           SELECT id, user_id, last_seen_at FROM sessions
            WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2
              AND last_seen_at + make_interval(mins => idle_timeout_minutes) > $2
         ), touched AS (
           UPDATE sessions s SET last_seen_at = $2 FROM live
            WHERE s.id = live.id AND live.last_seen_at < $2::timestamptz - interval '60 seconds'
         )
         SELECT id, user_id FROM live`,
        [tokenDigest(token), now],
      );
      return rows[0] ? { id: rows[0].id, userId: rows[0].user_id } : null;
    });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.global((m) =>
      m.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
        sessionId,
        this.clock.now(),
      ]),
    );
  }

  /** Ends every session of a user (password change, deactivation), optionally keeping one. */
  async revokeAllFor(userId: string, except?: string): Promise<void> {
    await this.db.global((m) =>
      m.query(
        `UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3)`,
        [userId, this.clock.now(), except ?? null],
      ),
    );
  }
}
