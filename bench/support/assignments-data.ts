import { createHash, randomBytes } from 'node:crypto';
import { pg } from './api-dist';

/**
 * Data for the portal's homework list: clinics signed up through the running API (so each gets the
 * starter library the way a real clinic does), then clinicians, portal clients, assignments,
 * occurrences, submissions, feedback and declines written set-based as the database owner, and
 * sessions with known tokens for some of the clients.
 */

export interface DataSettings {
  clinics: number;
  cliniciansPerClinic: number;
  clientsPerClinic: number;
  /** Signed-in portal clients the load rotates over, spread evenly across the clinics. */
  sessions: number;
}

export interface PortalClient {
  clinicId: string;
  clientId: string;
  membershipId: string;
  /** The session token, as the portal would send it in `Authorization: Bearer`. */
  token: string;
}

export interface SeededData {
  clients: PortalClient[];
  /** Row counts of the tables the route reads and writes, and the database size. */
  counts: Record<string, number>;
  seconds: { signup: number; rows: number; vacuum: number };
}

const TIME_ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'Europe/Berlin',
  'Australia/Sydney',
  'America/Los_Angeles',
];

/** New clinics through `POST /api/v1/auth/signup`: clinic, admin, starter library, audit event. */
export async function signUpClinics(apiUrl: string, count: number, tag: string): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const response = await fetch(`${apiUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clinicName: `Bench clinic ${i}`,
        timezone: TIME_ZONES[(i - 1) % TIME_ZONES.length],
        name: `Admin ${i}`,
        email: `admin${i}.${tag}@bench.example`,
        password: `bench-admin-${tag}-${i}-long-enough`,
      }),
    });
    if (response.status !== 201) {
      throw new Error(
        `signup of clinic ${i} answered ${response.status} ${(await response.text()).slice(0, 300)}`,
      );
    }
  }
}

/**
 * Each client has five assignments from the clinic's starter library, from 12 weeks ago to 4 weeks
 * ahead in the client's local calendar: a daily journal (evening), an activity schedule on Monday,
 * Wednesday and Friday, a weekly thought record and a weekly PHQ-9 (both active), and one finished
 * event plan. About 190 occurrences per client; past ones are mostly submitted (half reviewed, some
 * with feedback), a few declined, the rest missed; some open ones have drafts.
 */
const ROW_STATEMENTS: Array<string | { sql: string; params: (s: DataSettings) => unknown[] }> = [
  'SELECT setseed(0.42)',
  // Room for the sorts and hashes over a million occurrences (this transaction only).
  "SET LOCAL work_mem = '256MB'",
  `CREATE TEMP TABLE bench_clinics ON COMMIT DROP AS
     SELECT id, timezone, row_number() OVER (ORDER BY created_at, id)::int AS n FROM clinics`,
  {
    sql: `CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
            SELECT c.id AS clinic_id, c.n AS clinic_n, g AS n, gen_random_uuid() AS user_id,
                   gen_random_uuid() AS membership_id
              FROM bench_clinics c CROSS JOIN generate_series(1, $1::int) g`,
    params: (s) => [s.cliniciansPerClinic],
  },
  `INSERT INTO users (id, email, name, created_at)
     SELECT user_id, format('clinician%s.clinic%s@bench.example', n, clinic_n), format('Clinician %s', n),
            now() - interval '400 days'
       FROM bench_staff`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, created_at)
     SELECT clinic_id, membership_id, user_id, '{clinician}', now() - interval '400 days' FROM bench_staff`,
  {
    sql: `CREATE TEMP TABLE bench_clients ON COMMIT DROP AS
            SELECT c.id AS clinic_id, c.n AS clinic_n, c.timezone, g AS n, gen_random_uuid() AS id,
                   gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
                   s.membership_id AS clinician_id, (now() AT TIME ZONE c.timezone)::date AS today
              FROM bench_clinics c
              CROSS JOIN generate_series(1, $2::int) g
              JOIN bench_staff s ON s.clinic_id = c.id AND s.n = 1 + g % $1::int`,
    params: (s) => [s.cliniciansPerClinic, s.clientsPerClinic],
  },
  // Temporary tables get no automatic statistics; the joins below need them.
  'ANALYZE bench_clients',
  `INSERT INTO users (id, email, name, created_at)
     SELECT user_id, format('client%s.clinic%s@bench.example', n, clinic_n), format('Client %s', n),
            now() - interval '120 days'
       FROM bench_clients`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, last_sign_in_at, created_at)
     SELECT clinic_id, membership_id, user_id, '{client}', now() - interval '1 day', now() - interval '100 days'
       FROM bench_clients`,
  `INSERT INTO clients (clinic_id, id, name, email, timezone, primary_clinician_id, portal_membership_id,
                        portal_invited_at, created_at, updated_at)
     SELECT clinic_id, id, format('Client %s', n), format('client%s.clinic%s@bench.example', n, clinic_n), timezone,
            clinician_id, membership_id, now() - interval '101 days', now() - interval '120 days',
            now() - interval '100 days'
       FROM bench_clients`,
  `INSERT INTO client_clinicians (clinic_id, client_id, membership_id)
     SELECT clinic_id, id, clinician_id FROM bench_clients`,
  `CREATE TEMP TABLE bench_assignments ON COMMIT DROP AS
     SELECT k.clinic_id, gen_random_uuid() AS id, k.id AS client_id, k.timezone, k.clinician_id,
            t.id AS template_id, t.current_version AS template_version, t.kind, p.schedule_kind, p.status, p.step,
            p.dows,
            k.today + p.start_offset + (k.n + p.shift) % p.step AS start_date,
            k.today + p.end_offset AS end_date,
            left((p.base_time + make_interval(mins => p.spread * (k.n % p.slots)))::text, 5) AS local_time
       FROM bench_clients k
       CROSS JOIN (VALUES
         ('daily-journal', 'daily', -84, 28, 1, 0, NULL::int[], time '19:00', 30, 6, 'active'),
         ('weekly-activity-schedule', 'weekdays', -84, 28, 1, 0, '{1,3,5}'::int[], time '17:00', 60, 4, 'active'),
         ('thought-record', 'weekly', -84, 28, 7, 0, NULL::int[], time '10:00', 60, 3, 'active'),
         ('phq9', 'weekly', -84, 28, 7, 3, NULL::int[], time '09:00', 0, 1, 'active'),
         ('difficult-event-plan', 'once', -50, -50, 1, 0, NULL::int[], time '12:00', 0, 1, 'completed')
       ) AS p(starter_key, schedule_kind, start_offset, end_offset, step, shift, dows, base_time, spread, slots, status)
       JOIN templates t ON t.clinic_id = k.clinic_id AND t.starter_key = p.starter_key`,
  'ANALYZE bench_assignments',
  `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, instructions, schedule, timezone,
                            check_relevant, check_within_ability, safety_concern, status, assigned_by, created_at,
                            updated_at)
     SELECT clinic_id, id, client_id, template_id, template_version, 'Take ten quiet minutes for this.',
            CASE schedule_kind
              WHEN 'once' THEN jsonb_build_object('kind', 'once', 'dueDate', start_date::text, 'dueTime', local_time)
              WHEN 'weekdays' THEN jsonb_build_object('kind', 'weekdays', 'startDate', start_date::text,
                'time', local_time, 'until', end_date::text, 'days', '["mon", "wed", "fri"]'::jsonb)
              ELSE jsonb_build_object('kind', schedule_kind, 'startDate', start_date::text, 'time', local_time,
                'until', end_date::text)
            END,
            timezone, true, true, false, status, clinician_id, (start_date - 1)::timestamp AT TIME ZONE timezone,
            (start_date - 1)::timestamp AT TIME ZONE timezone
       FROM bench_assignments`,
  `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status, draft,
                            draft_saved_at, updated_at)
     SELECT clinic_id, gen_random_uuid(), assignment_id, client_id, idx, due_at, local_date, local_time, status,
            CASE WHEN drafted THEN '{"situation": "Started on the bus home"}'::jsonb END,
            CASE WHEN drafted THEN now() - interval '1 hour' END,
            least(due_at, now())
       FROM (
         SELECT x.*,
                CASE
                  WHEN x.due_at > now() THEN 'pending'
                  WHEN x.r < 0.03 THEN 'declined'
                  WHEN x.r < 0.50 AND x.due_at < now() - interval '2 days' THEN 'reviewed'
                  WHEN x.r < 0.80 THEN 'submitted'
                  ELSE 'pending'
                END AS status,
                x.r > 0.8 AND x.due_at BETWEEN now() - interval '1 day' AND now() + interval '2 days' AS drafted
           FROM (
             SELECT a.clinic_id, a.id AS assignment_id, a.client_id, a.local_time, d AS local_date,
                    (row_number() OVER (PARTITION BY a.id ORDER BY d) - 1)::int AS idx,
                    (d + a.local_time::time) AT TIME ZONE a.timezone AS due_at, random() AS r
               FROM bench_assignments a
               CROSS JOIN LATERAL (SELECT a.start_date + i AS d FROM generate_series(0, a.end_date - a.start_date, a.step) i) days
              WHERE a.dows IS NULL OR extract(isodow FROM d)::int = ANY (a.dows)
           ) x
       ) y`,
  `INSERT INTO submissions (clinic_id, id, occurrence_id, assignment_id, client_id, answers, talk_next_session,
                            submitted_at, late, idempotency_key, request_digest, reviewed_at, reviewed_by)
     SELECT clinic_id, gen_random_uuid(), id, assignment_id, client_id,
            CASE kind
              WHEN 'journal' THEN jsonb_build_object('situation', 'Talked to my sister about the weekend.',
                'mood', (random() * 10)::int)
              WHEN 'measure' THEN '{"item1": "1", "item2": "1", "item3": "2", "item4": "1", "item5": "0",
                "item6": "1", "item7": "0", "item8": "0", "item9": "0"}'::jsonb
              ELSE jsonb_build_object('notes', 'Done on the day; it went better than I expected.')
            END,
            random() < 0.08, submitted_at, submitted_at > due_at, id::text, md5(id::text),
            CASE WHEN status = 'reviewed' THEN least(submitted_at + interval '20 hours', now()) END,
            CASE WHEN status = 'reviewed' THEN clinician_id END
       FROM (
         SELECT o.clinic_id, o.id, o.assignment_id, o.client_id, o.status, o.due_at, a.kind, a.clinician_id,
                least(o.due_at + make_interval(mins => (random() * 600 - 480)::int), now()) AS submitted_at
           FROM occurrences o JOIN bench_assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
          WHERE o.status IN ('submitted', 'reviewed')
       ) s`,
  `INSERT INTO feedback (clinic_id, id, submission_id, author_id, text, created_at)
     SELECT clinic_id, gen_random_uuid(), id, reviewed_by, 'Thank you, good to see you kept going with this.',
            reviewed_at
       FROM submissions WHERE reviewed_by IS NOT NULL AND random() < 0.3`,
  `INSERT INTO declines (clinic_id, id, assignment_id, occurrence_id, client_id, reason, declined_at)
     SELECT clinic_id, gen_random_uuid(), assignment_id, id, client_id,
            (ARRAY['no_time', 'too_hard', 'not_relevant'])[1 + floor(random() * 3)::int], least(due_at, now())
       FROM occurrences WHERE status = 'declined'`,
  // Earlier, ended sessions of every portal client: the sessions table is not just the bench's.
  `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, idle_timeout_minutes,
                         revoked_at, ip)
     SELECT gen_random_uuid(), sha256(convert_to(user_id::text || g, 'UTF8')), user_id,
            now() - make_interval(days => g * 7), now() - make_interval(days => g * 7) + interval '10 minutes',
            now() - make_interval(days => g * 7) + interval '12 hours', 30,
            now() - make_interval(days => g * 7) + interval '10 minutes', '127.0.0.1'
       FROM bench_clients CROSS JOIN generate_series(1, 3) g`,
];

/** The live sessions: `count` clients taken round-robin across clinics, each with a fresh token. */
const SESSION_CLIENTS = `
  SELECT clinic_id, id AS client_id, user_id, membership_id FROM bench_clients ORDER BY n, clinic_n LIMIT $1`;
const INSERT_SESSIONS = `
  INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, idle_timeout_minutes, ip)
  SELECT gen_random_uuid(), decode(digest, 'hex'), user_id, now(), now(), now() + interval '12 hours',
         c.session_timeout_minutes, '127.0.0.1'
    FROM unnest($1::text[], $2::uuid[], $3::uuid[]) AS s(digest, user_id, clinic_id)
    JOIN clinics c ON c.id = s.clinic_id`;

const COUNTS = `
  SELECT (SELECT count(*) FROM clinics)::int AS clinics,
         (SELECT count(*) FROM templates)::int AS templates,
         (SELECT count(*) FROM memberships)::int AS memberships,
         (SELECT count(*) FROM clients)::int AS clients,
         (SELECT count(*) FROM assignments)::int AS assignments,
         (SELECT count(*) FROM occurrences)::int AS occurrences,
         (SELECT count(*) FROM submissions)::int AS submissions,
         (SELECT count(*) FROM feedback)::int AS feedback,
         (SELECT count(*) FROM declines)::int AS declines,
         (SELECT count(*) FROM sessions)::int AS sessions,
         (SELECT count(*) FROM audit_events)::int AS audit_events,
         pg_database_size(current_database())::bigint AS bytes`;

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Writes the rows as the database owner (RLS does not apply to it), then vacuums, analyses and checkpoints. */
export async function seedHomework(
  ownerUrl: string,
  apiUrl: string,
  settings: DataSettings,
  tag: string,
): Promise<SeededData> {
  let started = process.hrtime.bigint();
  await signUpClinics(apiUrl, settings.clinics, tag);
  const signup = seconds(started);

  const client = new (pg().Client)({ connectionString: ownerUrl, application_name: 'interlude-bench-seed' });
  await client.connect();
  try {
    started = process.hrtime.bigint();
    await client.query('BEGIN');
    for (const [i, statement] of ROW_STATEMENTS.entries()) {
      const { sql, params } =
        typeof statement === 'string' ? { sql: statement, params: () => [] } : statement;
      try {
        await client.query(sql, params(settings));
      } catch (error) {
        throw new Error(`seed statement ${i + 1} failed: ${(error as Error).message}\n${sql}`);
      }
    }
    const { rows } = await client.query<{
      clinic_id: string;
      client_id: string;
      user_id: string;
      membership_id: string;
    }>(SESSION_CLIENTS, [settings.sessions]);
    const clients = rows.map((row) => ({
      clinicId: row.clinic_id,
      clientId: row.client_id,
      membershipId: row.membership_id,
      token: randomBytes(32).toString('base64url'),
    }));
    await client.query(INSERT_SESSIONS, [
      clients.map((c) => createHash('sha256').update(c.token).digest('hex')),
      rows.map((row) => row.user_id),
      rows.map((row) => row.clinic_id),
    ]);
    await client.query('COMMIT');
    const rowSeconds = seconds(started);

    started = process.hrtime.bigint();
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
    const vacuum = seconds(started);

    const [counts] = (await client.query<Record<string, string | number>>(COUNTS)).rows;
    return {
      clients,
      counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
      seconds: { signup, rows: rowSeconds, vacuum },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
