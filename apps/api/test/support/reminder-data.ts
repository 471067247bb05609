import type { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { homeworkRows } from './homework-rows';

/** A portal client written straight into the tables: user, active client membership, client, one assignment. */
export interface SeededClient {
  clientId: string;
  membershipId: string;
  email: string;
  assignmentId: string;
  occurrenceIds: string[];
}

export interface ReminderSeed {
  clients: SeededClient[];
  /** The due-soon dedupe key of every occurrence: `due_soon:<occurrence>:<membership>`. */
  keys: string[];
  /** Each seeded recipient's address → their portal membership id. */
  membershipByEmail: Map<string, string>;
}

/** The clinic membership of a user (e.g. the admin who signed the clinic up). */
export async function membershipOf(owner: Client, clinicId: string, userId: string): Promise<string> {
  const { rows } = await owner.query('SELECT id FROM memberships WHERE clinic_id = $1 AND user_id = $2', [
    clinicId,
    userId,
  ]);
  if (!rows[0]) throw new Error(`user ${userId} has no membership in clinic ${clinicId}`);
  return rows[0].id;
}

/**
 * `clients` active portal clients on `clinicianId`'s caseload, each with one active assignment of
 * `occurrencesEach` pending occurrences due at `dueAt` (a minute apart) and email reminders on. Set
 * based, as the database owner, in one transaction: much faster than inviting each through the API
 * (a password hash each), and the rows are the ones the reminder scan reads.
 */
export async function seedDueReminders(
  owner: Client,
  clinicId: string,
  options: {
    clinicianId: string;
    clients: number;
    occurrencesEach: number;
    dueAt: Date;
    /** Makes the addresses unique across tests: `<tag>.<n>@example.org`. */
    tag: string;
    timezone?: string;
  },
): Promise<ReminderSeed> {
  const template = await homeworkRows(owner, clinicId).template({ title: 'Evening notes' });
  const clients: Array<SeededClient & { userId: string }> = Array.from(
    { length: options.clients },
    (_, i) => ({
      clientId: uuidv7(),
      membershipId: uuidv7(),
      userId: uuidv7(),
      email: `${options.tag}.${i + 1}@example.org`.toLowerCase(),
      assignmentId: uuidv7(),
      occurrenceIds: Array.from({ length: options.occurrencesEach }, () => uuidv7()),
    }),
  );
  const occurrences = clients.flatMap((c) =>
    c.occurrenceIds.map((id, idx) => ({
      id,
      assignmentId: c.assignmentId,
      clientId: c.clientId,
      idx,
      dueAt: new Date(options.dueAt.getTime() + idx * 60_000),
    })),
  );
  const timezone = options.timezone ?? 'UTC';
  const column = <T>(pick: (c: (typeof clients)[number]) => T) => clients.map(pick);
  await owner.query('BEGIN');
  try {
    await owner.query(
      `INSERT INTO users (id, email, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
      [column((c) => c.userId), column((c) => c.email), clients.map((_, i) => `Client ${i + 1}`)],
    );
    await owner.query(
      `INSERT INTO memberships (clinic_id, id, user_id, roles)
       SELECT $1, id, user_id, '{client}' FROM unnest($2::uuid[], $3::uuid[]) AS t(id, user_id)`,
      [clinicId, column((c) => c.membershipId), column((c) => c.userId)],
    );
    await owner.query(
      `INSERT INTO clients (clinic_id, id, name, email, timezone, primary_clinician_id, portal_membership_id,
                            portal_invited_at)
       SELECT $1, id, 'Client ' || n, email, $2, $3, membership_id, now()
         FROM unnest($4::uuid[], $5::text[], $6::uuid[]) WITH ORDINALITY AS t(id, email, membership_id, n)`,
      [
        clinicId,
        timezone,
        options.clinicianId,
        column((c) => c.clientId),
        column((c) => c.email),
        column((c) => c.membershipId),
      ],
    );
    await owner.query(
      `INSERT INTO client_clinicians (clinic_id, client_id, membership_id)
       SELECT $1, id, $2 FROM unnest($3::uuid[]) AS t(id)`,
      [clinicId, options.clinicianId, column((c) => c.clientId)],
    );
    await owner.query(
      `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, instructions, schedule,
                                timezone, check_relevant, check_within_ability, safety_concern, status, assigned_by)
       SELECT $1, id, client_id, $2, $3, 'A few lines each evening.',
              '{"kind":"once","dueDate":"2030-01-01","dueTime":"09:00"}', $4, true, true, false, 'active', $5
         FROM unnest($6::uuid[], $7::uuid[]) AS t(id, client_id)`,
      [
        clinicId,
        template.id,
        template.version,
        timezone,
        options.clinicianId,
        column((c) => c.assignmentId),
        column((c) => c.clientId),
      ],
    );
    await owner.query(
      `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status)
       SELECT $1, id, assignment_id, client_id, idx, due_at, (due_at AT TIME ZONE $2)::date,
              to_char(due_at AT TIME ZONE $2, 'HH24:MI'), 'pending'
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::timestamptz[])
              AS t(id, assignment_id, client_id, idx, due_at)`,
      [
        clinicId,
        timezone,
        occurrences.map((o) => o.id),
        occurrences.map((o) => o.assignmentId),
        occurrences.map((o) => o.clientId),
        occurrences.map((o) => o.idx),
        occurrences.map((o) => o.dueAt),
      ],
    );
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  const seeded = clients.map(({ userId: _, ...c }) => c);
  return {
    clients: seeded,
    keys: seeded.flatMap((c) => c.occurrenceIds.map((o) => `due_soon:${o}:${c.membershipId}`)),
    membershipByEmail: new Map(seeded.map((c) => [c.email, c.membershipId])),
  };
}
