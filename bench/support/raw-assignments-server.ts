import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { domain, type PgPoolClient, pg, uuid } from './api-dist';
import { serveForBench } from './child-protocol';

/**
 * The baseline for `GET /api/v1/clinics/:clinicId/me/assignments?when=today`: plain Fastify (no
 * plugins or hooks) and a node-postgres pool of the API's size, running per request the statements
 * the API runs, with the same parameters, in the same four transactions — captured from the API
 * and checked against it by the bench before every run (see sql-trace.ts):
 *
 * 1. session: the token's digest looked up and its last-seen time touched (SessionsService.resolve);
 * 2. two-step sign-in: whether the user still has to enrol (SessionGuard → mfaEnrolmentPending);
 * 3. clinic access: the active membership and its roles (ClinicAccessGuard);
 * 4. the list and its audit event (MyHomeworkService.list, inside ClinicTransactionInterceptor).
 *
 * Each transaction runs as the application role with the clinic or user set, as TenantDatabase does.
 * Only the `today` list is served; the JSON items are built with the API's own display rule.
 */

const env = JSON.parse(process.env.BENCH_RAW_ENV ?? '{}') as {
  DATABASE_APP_URL?: string;
  POOL_SIZE?: string;
};

const RESOLVE_SESSION = `WITH live AS (
           SELECT id, user_id, last_seen_at FROM sessions
            WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2
              AND last_seen_at + make_interval(mins => idle_timeout_minutes) > $2
         ), touched AS (
           UPDATE sessions s SET last_seen_at = $2 FROM live
            WHERE s.id = live.id AND live.last_seen_at < $2::timestamptz - interval '60 seconds'
         )
         SELECT id, user_id FROM live`;
const ACT_AS_USER = "SELECT set_config('app.user_id', $1, true)";
const MFA_ENROLMENT_PENDING = `SELECT (u.mfa_enabled_at IS NULL AND EXISTS (
                 SELECT 1 FROM memberships m JOIN clinics c ON c.id = m.clinic_id
                  WHERE m.user_id = u.id AND m.status = 'active' AND c.require_mfa AND m.roles && $2::text[]
               )) AS pending
         FROM users u WHERE u.id = $1`;
const SET_CLINIC = "SELECT set_config('app.clinic_id', $1, true)";
const ACTIVE_MEMBERSHIP =
  "SELECT id, roles FROM memberships WHERE clinic_id = $1 AND user_id = $2 AND status = 'active'";
const TODAY = `WITH me AS (
         SELECT c.id, (($3::timestamptz) AT TIME ZONE c.timezone)::date AS today
           FROM clients c WHERE c.clinic_id = $1 AND c.portal_membership_id = $2)
       SELECT me.id AS client_id, 
  o.id, o.assignment_id, t.kind, v.title, o.due_at, o.local_date::text AS local_date, o.local_time, o.status,
  o.draft IS NOT NULL AS has_draft, s.id AS submission_id, s.submitted_at,
  (SELECT count(*)::int FROM feedback f WHERE f.clinic_id = o.clinic_id AND f.submission_id = s.id) AS feedback_count
         FROM me
         JOIN occurrences o ON o.clinic_id = $1 AND o.client_id = me.id
         
  JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
  JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
  JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id AND v.version = a.template_version
  LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
        WHERE a.status IN ('active', 'completed') AND o.local_date = me.today
        ORDER BY o.due_at, o.id
        LIMIT $4`;
const OWN_CLIENT = 'SELECT id, timezone FROM clients WHERE clinic_id = $1 AND portal_membership_id = $2';
const AUDIT = `INSERT INTO audit_events (clinic_id, id, occurred_at, actor_user_id, action, resource_type, resource_id, outcome, request_id, ip, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

const STAFF_ROLES = ['admin', 'clinician', 'manager'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, any>;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

serveForBench(async () => {
  if (!env.DATABASE_APP_URL) throw new Error('BENCH_RAW_ENV.DATABASE_APP_URL is not set');
  const { displayStatus } = domain();
  const { v7: uuidv7 } = uuid();
  // The API's pool settings (DatabaseModule), with its default DATABASE_POOL_SIZE unless told.
  const pool = new (pg().Pool)({
    connectionString: env.DATABASE_APP_URL,
    max: Number(env.POOL_SIZE ?? 10),
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 10000,
    application_name: 'interlude-bench-raw',
  });

  /** TenantDatabase.run: one pooled connection, the application role, the clinic (if any) set. */
  async function transaction<T>(
    clinicId: string | null,
    work: (client: PgPoolClient) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('START TRANSACTION');
      await client.query('SET LOCAL ROLE interlude_app');
      if (clinicId) await client.query(SET_CLINIC, [clinicId]);
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw error;
    }
  }

  // Request ids as the API makes them (a UUID each), since the audit event stores it.
  const app = Fastify({ logger: false, genReqId: () => randomUUID() });
  app.get<{ Params: { clinicId: string }; Querystring: { when?: string; limit?: string } }>(
    '/api/v1/clinics/:clinicId/me/assignments',
    async (request, reply) => {
      try {
        const authorization = request.headers.authorization;
        const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
        if (!token || token.length > 200) throw new Refusal(401, 'Sign in to continue.');
        const digest = createHash('sha256').update(token).digest();
        const session = await transaction(null, async (c) => {
          const { rows } = await c.query<{ id: string; user_id: string }>(RESOLVE_SESSION, [
            digest,
            new Date(),
          ]);
          return rows[0];
        });
        if (!session) throw new Refusal(401, 'Your session has ended. Please sign in again.');
        const userId = session.user_id;
        const enrolmentPending = await transaction(null, async (c) => {
          await c.query(ACT_AS_USER, [userId]);
          const { rows } = await c.query<{ pending: boolean }>(MFA_ENROLMENT_PENDING, [userId, STAFF_ROLES]);
          return Boolean(rows[0]?.pending);
        });
        if (enrolmentPending) throw new Refusal(403, 'Your clinic requires two-step sign-in.');

        const { clinicId } = request.params;
        if (!UUID.test(clinicId)) throw new Refusal(404, 'No such clinic.');
        const memberships = await transaction(clinicId, async (c) => {
          const { rows } = await c.query<{ id: string; roles: string[] }>(ACTIVE_MEMBERSHIP, [
            clinicId,
            userId,
          ]);
          return rows;
        });
        if (memberships.length === 0 || !memberships[0].roles.includes('client')) {
          throw new Refusal(404, 'No such clinic.');
        }
        const membershipId = memberships[0].id;

        const when = request.query.when ?? 'today';
        const limit = Number(request.query.limit ?? 50);
        if (when !== 'today' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
          throw new Refusal(400, 'Only when=today with a limit of 1 to 100 is served here.');
        }
        const now = new Date();
        const rows = await transaction(clinicId, async (c) => {
          const { rows } = await c.query<Row>(TODAY, [clinicId, membershipId, now, limit]);
          const clientId =
            rows[0]?.client_id ?? (await c.query<Row>(OWN_CLIENT, [clinicId, membershipId])).rows[0]?.id;
          if (!clientId) throw new Refusal(404, 'No such client record.');
          await c.query(AUDIT, [
            clinicId,
            uuidv7(),
            new Date(),
            userId,
            'my_assignments.viewed',
            'client',
            clientId,
            'success',
            request.id,
            request.ip,
            { when },
          ]);
          return rows;
        });
        return {
          items: rows.map((r) => {
            const state = displayStatus(r.status, new Date(r.due_at), now);
            return {
              occurrenceId: r.id,
              assignmentId: r.assignment_id,
              kind: r.kind,
              title: r.title,
              dueAt: new Date(r.due_at).toISOString(),
              localDate: r.local_date,
              localTime: r.local_time,
              status: state.status,
              overdue: state.overdue,
              hasDraft: r.has_draft,
              submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
              feedbackCount: r.feedback_count,
            };
          }),
        };
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return reply.code(error.status).send({ status: error.status, title: error.message });
      }
    },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    port,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
});
