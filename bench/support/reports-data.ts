import { createHash, randomBytes } from 'node:crypto';
import { type PgClient, pg } from './api-dist';
import { signUpClinics } from './assignments-data';

/**
 * Data at scale for the report benchmark: clinics signed up through the running API (so each gets
 * its admin and the starter library exactly as a real clinic), then everything else written
 * set-based by PostgreSQL itself (`INSERT … SELECT … generate_series`, one statement per table, no
 * row-by-row round trips) as the database owner, with foreign-key triggers off for the load
 * (`session_replication_role = replica`; every row is generated consistent). Clinic sizes are
 * skewed: one large clinic, nine medium ones, the rest small, so a manager of the large clinic
 * reads the heaviest report.
 */

export interface ReportsDataSettings {
  clinics: number;
  clients: number;
  /** Clients of the largest clinic (clinic 1); clinics 2–10 get 40 % of that each, the rest share what is left. */
  largestClinic: number;
  /** Clients per clinician. */
  caseload: number;
  /** Portal clients signed in for the submission stream (their tokens are kept). */
  portalSessions: number;
}

export interface PortalSession {
  clinicId: string;
  clientId: string;
  token: string;
}

export interface ReportsData {
  /** The largest clinic and its manager's session token. */
  clinicId: string;
  managerToken: string;
  managerTokenHash: Buffer;
  clinicClients: number;
  portal: PortalSession[];
  counts: Record<string, number>;
  /** Table sizes (heap + indexes + TOAST), bytes. */
  sizes: Record<string, number>;
  seconds: { signup: number; rows: number; vacuum: number };
}

/** Clients per clinic: n1 for clinic 1, 40 % of n1 for clinics 2–10, the remainder spread evenly. */
export function clinicSizes(s: ReportsDataSettings): number[] {
  const sizes: number[] = [];
  for (let i = 1; i <= s.clinics; i++) {
    if (i === 1) sizes.push(s.largestClinic);
    else if (i <= 10) sizes.push(Math.round(s.largestClinic * 0.4));
    else sizes.push(0);
  }
  const small = Math.max(0, s.clinics - 10);
  let rest = s.clients - sizes.reduce((a, b) => a + b, 0);
  if (rest < small) throw new Error('BENCH_REPORTS_CLIENTS is too small for the clinic sizes asked for');
  for (let i = 10; i < s.clinics; i++) {
    const share = Math.round(rest / (s.clinics - i));
    sizes[i] = share;
    rest -= share;
  }
  return sizes;
}

/**
 * Per client, from 12 weeks back to 4 weeks ahead in the client's calendar: an activity schedule on
 * Monday and Thursday (evening), a weekly thought record, and for one client in four a weekly
 * questionnaire (PHQ-9 or GAD-7, alternately): about 52 occurrences per client. Each client has an
 * own engagement level (40–100 %); past occurrences are submitted at about that rate (a quarter of
 * the submissions late, by up to three days), 3 % declined, the rest pending (missed after a week).
 * Questionnaire submissions get scores on a per-client trajectory.
 */
const STATEMENTS: Array<string | { sql: string; params: (s: ReportsDataSettings) => unknown[] }> = [
  'SELECT setseed(0.7)',
  "SET LOCAL work_mem = '512MB'",
  "SET LOCAL maintenance_work_mem = '1GB'",
  'SET LOCAL session_replication_role = replica',
  {
    sql: `CREATE TEMP TABLE rb_clinics ON COMMIT DROP AS
            SELECT c.id, c.timezone, k.n::int AS n, k.size::int AS size, ceil(k.size / $2::numeric)::int AS staff
              FROM (SELECT id, timezone, row_number() OVER (ORDER BY created_at, id) AS n FROM clinics) c
              JOIN unnest($1::int[]) WITH ORDINALITY AS k(size, n) ON k.n = c.n`,
    params: (s) => [clinicSizes(s), s.caseload],
  },
  `CREATE TEMP TABLE rb_staff ON COMMIT DROP AS
     SELECT c.id AS clinic_id, c.n AS clinic_n, g AS n, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id
       FROM rb_clinics c CROSS JOIN generate_series(1, c.staff) g`,
  `INSERT INTO users (id, email, name, created_at, mfa_enabled_at)
     SELECT user_id, format('clinician%s.clinic%s@reports.bench.example', n, clinic_n), format('Clinician %s-%s', clinic_n, n),
            now() - interval '400 days', now() - interval '400 days'
       FROM rb_staff`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, created_at)
     SELECT clinic_id, membership_id, user_id, '{clinician}', now() - interval '400 days' FROM rb_staff`,
  // One manager per clinic (MFA enrolled, so the session guard lets them through).
  `CREATE TEMP TABLE rb_managers ON COMMIT DROP AS
     SELECT c.id AS clinic_id, c.n AS clinic_n, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id
       FROM rb_clinics c`,
  `INSERT INTO users (id, email, name, created_at, mfa_enabled_at)
     SELECT user_id, format('manager.clinic%s@reports.bench.example', clinic_n), format('Manager %s', clinic_n),
            now() - interval '400 days', now() - interval '400 days'
       FROM rb_managers`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, created_at)
     SELECT clinic_id, membership_id, user_id, '{manager}', now() - interval '400 days' FROM rb_managers`,
  `CREATE TEMP TABLE rb_clients ON COMMIT DROP AS
     SELECT c.id AS clinic_id, c.n AS clinic_n, c.timezone, g AS n, gen_random_uuid() AS id,
            gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
            s.membership_id AS clinician_id, (now() AT TIME ZONE c.timezone)::date AS today,
            0.4 + 0.6 * random() AS engagement, 6 + (random() * 16)::int AS baseline, random() AS trend
       FROM rb_clinics c
       CROSS JOIN generate_series(1, c.size) g
       JOIN rb_staff s ON s.clinic_id = c.id AND s.n = 1 + g % c.staff`,
  'ANALYZE rb_clients',
  `INSERT INTO users (id, email, name, created_at)
     SELECT user_id, format('client%s.clinic%s@reports.bench.example', n, clinic_n), format('Client %s', n),
            now() - interval '120 days'
       FROM rb_clients`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, last_sign_in_at, created_at)
     SELECT clinic_id, membership_id, user_id, '{client}', now() - interval '1 day', now() - interval '100 days'
       FROM rb_clients`,
  `INSERT INTO clients (clinic_id, id, name, email, timezone, primary_clinician_id, portal_membership_id,
                        portal_invited_at, created_at, updated_at)
     SELECT clinic_id, id, format('Client %s', n), format('client%s.clinic%s@reports.bench.example', n, clinic_n),
            timezone, clinician_id, membership_id, now() - interval '101 days', now() - interval '120 days',
            now() - interval '100 days'
       FROM rb_clients`,
  `INSERT INTO client_clinicians (clinic_id, client_id, membership_id)
     SELECT clinic_id, id, clinician_id FROM rb_clients`,
  `INSERT INTO caseload_history (clinic_id, id, client_id, membership_id, role, started_at)
     SELECT clinic_id, gen_random_uuid(), id, clinician_id, 'primary', now() - interval '120 days' FROM rb_clients`,
  `CREATE TEMP TABLE rb_assignments ON COMMIT DROP AS
     SELECT k.clinic_id, gen_random_uuid() AS id, k.id AS client_id, k.timezone, k.clinician_id, k.engagement,
            k.baseline, k.trend, t.id AS template_id, t.current_version AS template_version, t.kind, t.measure,
            p.schedule_kind, p.step, p.dows,
            k.today + p.start_offset + k.n % p.step AS start_date, k.today + p.end_offset AS end_date,
            left((p.base_time + make_interval(mins => 30 * (k.n % 4)))::text, 5) AS local_time
       FROM rb_clients k
       CROSS JOIN (VALUES
         ('weekly-activity-schedule', 'weekdays', -84, 28, 1, '{1,4}'::int[], time '18:00', NULL::int),
         ('thought-record', 'weekly', -84, 28, 7, NULL::int[], time '10:00', NULL::int),
         ('phq9', 'weekly', -84, 28, 7, NULL::int[], time '09:00', 0),
         ('gad7', 'weekly', -84, 28, 7, NULL::int[], time '09:00', 4)
       ) AS p(starter_key, schedule_kind, start_offset, end_offset, step, dows, base_time, measure_slot)
       JOIN templates t ON t.clinic_id = k.clinic_id AND t.starter_key = p.starter_key
      WHERE p.measure_slot IS NULL OR k.n % 8 = p.measure_slot`,
  'ANALYZE rb_assignments',
  `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, instructions, schedule, timezone,
                            check_relevant, check_within_ability, safety_concern, status, assigned_by, created_at,
                            updated_at)
     SELECT clinic_id, id, client_id, template_id, template_version, 'Take ten quiet minutes for this.',
            CASE schedule_kind
              WHEN 'weekdays' THEN jsonb_build_object('kind', 'weekdays', 'startDate', start_date::text,
                'time', local_time, 'until', end_date::text, 'days', '["mon", "thu"]'::jsonb)
              ELSE jsonb_build_object('kind', schedule_kind, 'startDate', start_date::text, 'time', local_time,
                'until', end_date::text)
            END,
            timezone, true, true, false, 'active', clinician_id, (start_date - 1)::timestamp AT TIME ZONE timezone,
            (start_date - 1)::timestamp AT TIME ZONE timezone
       FROM rb_assignments`,
  `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status, updated_at)
     SELECT clinic_id, gen_random_uuid(), assignment_id, client_id, idx, due_at, local_date, local_time,
            CASE
              WHEN due_at > now() THEN 'pending'
              WHEN r >= 0.97 THEN 'declined'
              WHEN r < engagement * 0.97 AND r2 < 0.6 AND due_at < now() - interval '2 days' THEN 'reviewed'
              WHEN r < engagement * 0.97 THEN 'submitted'
              ELSE 'pending'
            END,
            least(due_at, now())
       FROM (
         SELECT a.clinic_id, a.id AS assignment_id, a.client_id, a.local_time, a.engagement, d.day AS local_date,
                (d.i / a.step)::int AS idx, (d.day + a.local_time::time) AT TIME ZONE a.timezone AS due_at,
                random() AS r, random() AS r2
           FROM rb_assignments a
           CROSS JOIN LATERAL (SELECT i, a.start_date + i AS day FROM generate_series(0, a.end_date - a.start_date, a.step) i) d
          WHERE a.dows IS NULL
         UNION ALL
         SELECT a.clinic_id, a.id, a.client_id, a.local_time, a.engagement, d.day,
                (row_number() OVER (PARTITION BY a.id ORDER BY d.day) - 1)::int,
                (d.day + a.local_time::time) AT TIME ZONE a.timezone, random(), random()
           FROM rb_assignments a
           CROSS JOIN LATERAL (SELECT a.start_date + i AS day FROM generate_series(0, a.end_date - a.start_date) i) d
          WHERE a.dows IS NOT NULL AND extract(isodow FROM d.day)::int = ANY (a.dows)
       ) x`,
  `CREATE TEMP TABLE rb_submitted ON COMMIT DROP AS
     SELECT o.clinic_id, o.id AS occurrence_id, gen_random_uuid() AS id, o.assignment_id, o.client_id, o.status,
            o.due_at, o.idx, a.kind, a.measure, a.clinician_id, a.baseline, a.trend,
            least(CASE WHEN random() < 0.25 THEN o.due_at + make_interval(mins => (random() * 4320)::int)
                       ELSE o.due_at - make_interval(mins => (random() * 600)::int) END, now()) AS submitted_at
       FROM occurrences o JOIN rb_assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
      WHERE o.status IN ('submitted', 'reviewed')`,
  `INSERT INTO submissions (clinic_id, id, occurrence_id, assignment_id, client_id, answers, talk_next_session,
                            submitted_at, late, idempotency_key, request_digest, reviewed_at, reviewed_by)
     SELECT clinic_id, id, occurrence_id, assignment_id, client_id,
            CASE WHEN measure IS NOT NULL
              THEN '{"item1": "1", "item2": "1", "item3": "2", "item4": "1", "item5": "0", "item6": "1", "item7": "0"}'::jsonb
              ELSE '{"notes": "Done on the day; it went better than I expected."}'::jsonb
            END,
            random() < 0.05, submitted_at, submitted_at > due_at, occurrence_id::text, md5(occurrence_id::text),
            CASE WHEN status = 'reviewed' THEN least(submitted_at + interval '20 hours', now()) END,
            CASE WHEN status = 'reviewed' THEN clinician_id END
       FROM rb_submitted`,
  `INSERT INTO declines (clinic_id, id, assignment_id, occurrence_id, client_id, reason, declined_at)
     SELECT clinic_id, gen_random_uuid(), assignment_id, id, client_id,
            (ARRAY['no_time', 'too_hard', 'not_relevant', 'other'])[1 + floor(random() * 4)::int], least(due_at, now())
       FROM occurrences WHERE status = 'declined'`,
  // Scores drift from the client's baseline: most improve, some stay, a few get worse.
  `INSERT INTO measure_scores (clinic_id, id, client_id, submission_id, measure, total, band, risk_item_answer, scored_at)
     SELECT clinic_id, gen_random_uuid(), client_id, id, measure, total,
            CASE WHEN total < 5 THEN 'minimal' WHEN total < 10 THEN 'mild' WHEN total < 15 THEN 'moderate'
                 WHEN total < 20 AND measure = 'phq9' THEN 'moderately_severe' ELSE 'severe' END,
            CASE WHEN measure = 'phq9' THEN 0 END, submitted_at
       FROM (
         SELECT clinic_id, id, client_id, measure, submitted_at,
                greatest(0, least(CASE measure WHEN 'phq9' THEN 27 ELSE 21 END,
                  round(baseline - (trend * 1.4 - 0.35) * idx + random() * 4 - 2)))::int AS total
           FROM rb_submitted WHERE measure IS NOT NULL
       ) s`,
];

const COUNTS = `
  SELECT (SELECT count(*) FROM clinics)::int AS clinics,
         (SELECT count(*) FROM templates)::int AS templates,
         (SELECT count(*) FROM memberships)::int AS memberships,
         (SELECT count(*) FROM clients)::int AS clients,
         (SELECT count(*) FROM assignments)::int AS assignments,
         (SELECT count(*) FROM occurrences)::int AS occurrences,
         (SELECT count(*) FROM occurrences WHERE due_at <= now())::int AS past_occurrences,
         (SELECT count(*) FROM submissions)::int AS submissions,
         (SELECT count(*) FROM submissions WHERE late)::int AS late_submissions,
         (SELECT count(*) FROM declines)::int AS declines,
         (SELECT count(*) FROM measure_scores)::int AS scores`;

export const TABLES = [
  'occurrences',
  'submissions',
  'declines',
  'measure_scores',
  'assignments',
  'clients',
  'engagement_rollup',
  'engagement_week_rollup',
  'engagement_presence',
  'rollup_occurrence_state',
  'outcome_score_rollup',
];

export async function tableSizes(owner: PgClient): Promise<Record<string, number>> {
  const { rows } = await owner.query<{ name: string; bytes: string }>(
    `SELECT t AS name, pg_total_relation_size(t::regclass)::bigint AS bytes FROM unnest($1::text[]) t
     UNION ALL SELECT 'database', pg_database_size(current_database())`,
    [TABLES],
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
}

export async function rowCounts(owner: PgClient, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    out[t] = rows[0].n;
  }
  return out;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const hash = (token: string) => createHash('sha256').update(token).digest();

const INSERT_SESSIONS = `
  INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, idle_timeout_minutes, ip)
  SELECT gen_random_uuid(), decode(digest, 'hex'), user_id, now(), now(), now() + interval '12 hours', 720, '127.0.0.1'
    FROM unnest($1::text[], $2::uuid[]) AS s(digest, user_id)`;

export async function seedReports(
  ownerUrl: string,
  apiUrl: string,
  settings: ReportsDataSettings,
  tag: string,
  progress: (line: string) => void,
): Promise<ReportsData> {
  let started = process.hrtime.bigint();
  await signUpClinics(apiUrl, settings.clinics, tag);
  const signup = seconds(started);
  progress(`signed up ${settings.clinics} clinics through the API in ${signup.toFixed(1)} s`);

  const client = new (pg().Client)({ connectionString: ownerUrl, application_name: 'interlude-bench-seed' });
  await client.connect();
  try {
    started = process.hrtime.bigint();
    await client.query('BEGIN');
    for (const [i, statement] of STATEMENTS.entries()) {
      const { sql, params } =
        typeof statement === 'string' ? { sql: statement, params: () => [] } : statement;
      const t0 = Date.now();
      try {
        await client.query(sql, params(settings));
      } catch (error) {
        throw new Error(`seed statement ${i + 1} failed: ${(error as Error).message}\n${sql}`);
      }
      if (Date.now() - t0 > 2000) {
        progress(
          `  ${((Date.now() - t0) / 1000).toFixed(1)} s: ${sql.trim().replace(/\s+/g, ' ').slice(0, 70)}`,
        );
      }
    }
    // The largest clinic's manager and a set of portal clients get sessions with known tokens.
    const [largest] = (
      await client.query<{ clinic_id: string; user_id: string; size: number }>(
        `SELECT m.clinic_id, m.user_id, c.size FROM rb_managers m JOIN rb_clinics c ON c.id = m.clinic_id
          WHERE c.n = 1`,
      )
    ).rows;
    const managerToken = randomBytes(32).toString('base64url');
    const portalRows = (
      await client.query<{ clinic_id: string; id: string; user_id: string }>(
        'SELECT clinic_id, id, user_id FROM rb_clients ORDER BY n, clinic_n LIMIT $1',
        [settings.portalSessions],
      )
    ).rows;
    const portal = portalRows.map((r) => ({
      clinicId: r.clinic_id,
      clientId: r.id,
      token: randomBytes(32).toString('base64url'),
    }));
    await client.query(INSERT_SESSIONS, [
      [managerToken, ...portal.map((p) => p.token)].map((t) => hash(t).toString('hex')),
      [largest.user_id, ...portalRows.map((r) => r.user_id)],
    ]);
    await client.query('COMMIT');
    const rows = seconds(started);
    progress(`wrote the rows in ${rows.toFixed(1)} s`);

    started = process.hrtime.bigint();
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
    const vacuum = seconds(started);

    const [counts] = (await client.query<Record<string, number>>(COUNTS)).rows;
    return {
      clinicId: largest.clinic_id,
      managerToken,
      managerTokenHash: hash(managerToken),
      clinicClients: largest.size,
      portal,
      counts,
      sizes: await tableSizes(client),
      seconds: { signup, rows, vacuum },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
