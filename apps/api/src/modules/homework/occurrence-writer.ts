import type { Schedule } from '@interlude/contracts';
import { expandSchedule } from '@interlude/domain';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

/**
 * Writes an assignment's due occurrences from its schedule, in the client's time zone, from `from`
 * on (earlier ones are skipped but still counted, so `count` keeps its meaning). New rows number on
 * after the assignment's highest index, so history kept from before a pause or a new schedule
 * stays as it was. Returns how many were written.
 */
export async function writeOccurrences(
  m: EntityManager,
  target: { clinicId: string; assignmentId: string; clientId: string; timezone: string },
  schedule: Schedule,
  from: Date,
): Promise<number> {
  const due = expandSchedule(schedule, target.timezone, { from, limit: 400 });
  if (due.length === 0) return 0;
  const [{ next }] = await m.query(
    'SELECT coalesce(max(idx) + 1, 0)::int AS next FROM occurrences WHERE clinic_id = $1 AND assignment_id = $2',
    [target.clinicId, target.assignmentId],
  );
  await m.query(
    `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, updated_at)
     SELECT $1, o.id, $2, $3, o.idx, o.due_at, o.local_date::date, o.local_time, $4
       FROM unnest($5::uuid[], $6::int[], $7::timestamptz[], $8::text[], $9::text[])
            AS o(id, idx, due_at, local_date, local_time)`,
    [
      target.clinicId,
      target.assignmentId,
      target.clientId,
      from,
      due.map(() => uuidv7()),
      due.map((_, i) => next + i),
      due.map((o) => o.dueAt.toISOString()),
      due.map((o) => o.localDate),
      due.map((o) => o.localTime),
    ],
  );
  return due.length;
}

/** Drops the occurrences not yet due and not yet done (on pause, cancel, decline or a new schedule). */
export async function dropFutureOccurrences(
  m: EntityManager,
  clinicId: string,
  assignmentId: string,
  now: Date,
) {
  await m.query(
    `DELETE FROM occurrences WHERE clinic_id = $1 AND assignment_id = $2 AND status = 'pending' AND due_at > $3`,
    [clinicId, assignmentId, now],
  );
}
