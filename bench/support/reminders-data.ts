import { pg } from './api-dist';

/**
 * Data for the reminder benchmark, written set-based by PostgreSQL itself (one
 * `INSERT … SELECT … generate_series` per table in one transaction, as the database owner, with the
 * foreign-key triggers off for the load: every row is generated consistent). Per clinic: one
 * clinician, one template with its version, and `clientsPerClinic` portal clients (user, active
 * membership with role client, active client with that portal membership, an email and email
 * reminders on), each with one active assignment and one pending occurrence due in 12 hours.
 * Clinics have no quiet hours (start = end = 00:00), so the run does not depend on the time of day,
 * and the default policy (remind 24 h before) makes every occurrence's due-soon reminder due now.
 */

export interface RemindersDataSettings {
  clinics: number;
  clientsPerClinic: number;
  /** Hours from now to each occurrence's due time. */
  dueInHours: number;
}

const TIME_ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'Europe/Berlin',
  'Australia/Sydney',
  'America/Los_Angeles',
];

const FIELDS = JSON.stringify([
  {
    key: 'entry',
    label: 'What did you notice today?',
    help: 'A few words are enough.',
    required: true,
    type: 'longText',
  },
]);

const STATEMENTS: Array<string | { sql: string; params: (s: RemindersDataSettings) => unknown[] }> = [
  'SET LOCAL session_replication_role = replica',
  "SET LOCAL work_mem = '256MB'",
  {
    sql: `CREATE TEMP TABLE rm_clinics ON COMMIT DROP AS
            SELECT g AS n, gen_random_uuid() AS id, ($2::text[])[1 + (g - 1) % cardinality($2::text[])] AS timezone,
                   gen_random_uuid() AS clinician_user_id, gen_random_uuid() AS clinician_id,
                   gen_random_uuid() AS template_id
              FROM generate_series(1, $1::int) g`,
    params: (s) => [s.clinics, TIME_ZONES],
  },
  `INSERT INTO clinics (id, name, timezone, quiet_hours_start, quiet_hours_end, created_at, updated_at)
     SELECT id, format('Reminder bench clinic %s', n), timezone, '00:00', '00:00',
            now() - interval '400 days', now() - interval '400 days'
       FROM rm_clinics`,
  `INSERT INTO users (id, email, name, created_at)
     SELECT clinician_user_id, format('clinician.clinic%s@reminders.bench.example', n), format('Clinician %s', n),
            now() - interval '400 days'
       FROM rm_clinics`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, created_at)
     SELECT id, clinician_id, clinician_user_id, '{clinician}', now() - interval '400 days' FROM rm_clinics`,
  `INSERT INTO templates (clinic_id, id, kind, source, current_version, created_at, updated_at)
     SELECT id, template_id, 'journal', 'clinic', 1, now() - interval '300 days', now() - interval '300 days'
       FROM rm_clinics`,
  {
    sql: `INSERT INTO template_versions (clinic_id, template_id, version, title, instructions, fields, created_by,
                                         created_at)
            SELECT id, template_id, 1, 'Daily notes', 'Write a few lines about your day.', $1::jsonb,
                   clinician_user_id, now() - interval '300 days'
              FROM rm_clinics`,
    params: () => [FIELDS],
  },
  {
    sql: `CREATE TEMP TABLE rm_clients ON COMMIT DROP AS
            SELECT c.id AS clinic_id, c.n AS clinic_n, c.timezone, c.clinician_id, c.template_id, g AS n,
                   gen_random_uuid() AS id, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
                   gen_random_uuid() AS assignment_id, gen_random_uuid() AS occurrence_id,
                   date_trunc('minute', now() + make_interval(hours => $2::int)) AS due_at
              FROM rm_clinics c CROSS JOIN generate_series(1, $1::int) g`,
    params: (s) => [s.clientsPerClinic, s.dueInHours],
  },
  `INSERT INTO users (id, email, name, created_at)
     SELECT user_id, format('client%s.clinic%s@reminders.bench.example', n, clinic_n), format('Client %s', n),
            now() - interval '120 days'
       FROM rm_clients`,
  `INSERT INTO memberships (clinic_id, id, user_id, roles, last_sign_in_at, created_at)
     SELECT clinic_id, membership_id, user_id, '{client}', now() - interval '1 day', now() - interval '100 days'
       FROM rm_clients`,
  `INSERT INTO clients (clinic_id, id, name, email, timezone, primary_clinician_id, portal_membership_id,
                        portal_invited_at, created_at, updated_at)
     SELECT clinic_id, id, format('Client %s', n), format('client%s.clinic%s@reminders.bench.example', n, clinic_n),
            timezone, clinician_id, membership_id, now() - interval '101 days', now() - interval '120 days',
            now() - interval '100 days'
       FROM rm_clients`,
  `INSERT INTO client_clinicians (clinic_id, client_id, membership_id)
     SELECT clinic_id, id, clinician_id FROM rm_clients`,
  `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, instructions, schedule, timezone,
                            check_relevant, check_within_ability, safety_concern, status, assigned_by, created_at,
                            updated_at)
     SELECT clinic_id, assignment_id, id, template_id, 1, 'Ten quiet minutes.',
            jsonb_build_object('kind', 'once', 'dueDate', to_char(due_at AT TIME ZONE timezone, 'YYYY-MM-DD'),
                               'dueTime', to_char(due_at AT TIME ZONE timezone, 'HH24:MI')),
            timezone, true, true, false, 'active', clinician_id, now() - interval '2 days', now() - interval '2 days'
       FROM rm_clients`,
  `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status,
                            updated_at)
     SELECT clinic_id, occurrence_id, assignment_id, id, 0, due_at, (due_at AT TIME ZONE timezone)::date,
            to_char(due_at AT TIME ZONE timezone, 'HH24:MI'), 'pending', now() - interval '2 days'
       FROM rm_clients`,
];

export const COUNTS_SQL = `
  SELECT (SELECT count(*) FROM clinics)::int AS clinics,
         (SELECT count(*) FROM users)::int AS users,
         (SELECT count(*) FROM memberships WHERE 'client' = ANY (roles))::int AS client_memberships,
         (SELECT count(*) FROM clients)::int AS clients,
         (SELECT count(*) FROM assignments WHERE status = 'active')::int AS active_assignments,
         (SELECT count(*) FROM occurrences WHERE status = 'pending')::int AS pending_occurrences`;

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Writes the rows; resolves with their counts and the seconds it took (rows, then vacuum/analyse). */
export async function seedReminders(
  ownerUrl: string,
  settings: RemindersDataSettings,
): Promise<{ counts: Record<string, number>; seconds: { rows: number; vacuum: number } }> {
  const client = new (pg().Client)({ connectionString: ownerUrl, application_name: 'interlude-bench-seed' });
  await client.connect();
  try {
    let started = process.hrtime.bigint();
    await client.query('BEGIN');
    for (const [i, statement] of STATEMENTS.entries()) {
      const { sql, params } =
        typeof statement === 'string' ? { sql: statement, params: () => [] } : statement;
      try {
        await client.query(sql, params(settings));
      } catch (error) {
        throw new Error(`seed statement ${i + 1} failed: ${(error as Error).message}\n${sql}`);
      }
    }
    await client.query('COMMIT');
    const rows = seconds(started);
    started = process.hrtime.bigint();
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
    const vacuum = seconds(started);
    const [counts] = (await client.query<Record<string, number>>(COUNTS_SQL)).rows;
    return { counts, seconds: { rows, vacuum } };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
