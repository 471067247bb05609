import type {
  Decline,
  DeclineRequest,
  MyAssignmentsQuery,
  MyOccurrence,
  MyOccurrenceItem,
  MyProgress,
  MyProposal,
  Schedule,
} from '@interlude/contracts';
import { cleanDraft, completionStreak, displayStatus, expandSchedule, moodTrend } from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { Outbox } from '../../platform/queue/outbox';
import { ROLLUP_ASSIGNMENT_TOPIC, ROLLUP_OCCURRENCE_TOPIC } from '../reports/rollup-topics';
import { SCORE_COLUMNS, type ScoreRow, toScore } from '../review/scores';
import { toDecline } from './assignment-views';
import { auditEntry, requireId } from './homework-access';
import { dropFutureOccurrences, writeOccurrences } from './occurrence-writer';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL rows
type Row = Record<string, any>;

/** The item columns of the client's lists, over `o` (occurrences) of the client `me`. */
const ITEM_COLUMNS = `
  o.id, o.assignment_id, t.kind, v.title, o.due_at, o.local_date::text AS local_date, o.local_time, o.status,
  o.draft IS NOT NULL AS has_draft, s.id AS submission_id, s.submitted_at,
  (SELECT count(*)::int FROM feedback f WHERE f.clinic_id = o.clinic_id AND f.submission_id = s.id) AS feedback_count`;
const ITEM_JOINS = `
  JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
  JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
  JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id AND v.version = a.template_version
  LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id`;

/** Which occurrences each list shows, for the client's `today` (local date) and `$now`. */
const WHEN: Record<MyAssignmentsQuery['when'], { where: string; order: string }> = {
  // Everything due today, done or not, so the day's list shows what is finished too.
  today: {
    where: `a.status IN ('active', 'completed') AND o.local_date = me.today`,
    order: 'o.due_at, o.id',
  },
  upcoming: {
    where: `a.status = 'active' AND o.status = 'pending' AND o.local_date > me.today`,
    order: 'o.due_at, o.id',
  },
  // Past days' homework not done yet, for a week; after that it counts as missed and drops off.
  overdue: {
    where: `a.status = 'active' AND o.status = 'pending' AND o.local_date < me.today
            AND o.due_at >= $3::timestamptz - interval '7 days'`,
    order: 'o.due_at DESC, o.id',
  },
  done: {
    where: `o.status IN ('submitted', 'reviewed', 'declined')`,
    order: 'coalesce(s.submitted_at, o.updated_at) DESC, o.id',
  },
};

const toItem = (r: Row, now: Date): MyOccurrenceItem => {
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
};

/**
 * The client's own homework in the portal: lists by when it is due, one piece with its questions
 * and draft, drafts saved as they type, accepting or declining, and their progress. A client
 * reaches only their own record; anything else is 404.
 */
@Injectable()
export class MyHomeworkService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async list(member: ClinicMembership, query: MyAssignmentsQuery) {
    const now = this.clock.now();
    const when = WHEN[query.when];
    const rows: Row[] = await this.db.manager().query(
      `WITH me AS (
         SELECT c.id, (($3::timestamptz) AT TIME ZONE c.timezone)::date AS today
           FROM clients c WHERE c.clinic_id = $1 AND c.portal_membership_id = $2)
       SELECT me.id AS client_id, ${ITEM_COLUMNS}
         FROM me
         JOIN occurrences o ON o.clinic_id = $1 AND o.client_id = me.id
         ${ITEM_JOINS}
        WHERE ${when.where}
        ORDER BY ${when.order}
        LIMIT $4`,
      [member.clinicId, member.membershipId, now, query.limit],
    );
    const clientId = rows[0]?.client_id ?? (await this.ownClient(member)).id;
    await this.audit.record(
      auditEntry(member, 'my_assignments.viewed', 'client', clientId, { when: query.when }),
    );
    return { items: rows.map((r) => toItem(r, now)) };
  }

  async proposals(member: ClinicMembership): Promise<{ items: MyProposal[] }> {
    const me = await this.ownClient(member);
    const now = this.clock.now();
    const rows: Row[] = await this.db.manager().query(
      `SELECT a.id, t.kind, v.title, a.instructions, a.schedule, a.timezone, a.created_at, u.name AS assigned_by
         FROM assignments a
         JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
         JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id
                                 AND v.version = a.template_version
         LEFT JOIN memberships m ON m.clinic_id = a.clinic_id AND m.id = a.assigned_by
         LEFT JOIN users u ON u.id = m.user_id
        WHERE a.clinic_id = $1 AND a.client_id = $2 AND a.status = 'proposed'
        ORDER BY a.created_at, a.id`,
      [member.clinicId, me.id],
    );
    await this.audit.record(auditEntry(member, 'my_proposals.viewed', 'client', me.id));
    return {
      items: rows.map((r) => {
        const due = expandSchedule(r.schedule as Schedule, r.timezone, { from: now, limit: 400 });
        return {
          assignmentId: r.id,
          kind: r.kind,
          title: r.title,
          instructions: r.instructions,
          firstDueAt: due[0]?.dueAt.toISOString() ?? null,
          occurrences: due.length,
          proposedAt: new Date(r.created_at).toISOString(),
          assignedBy: r.assigned_by,
        };
      }),
    };
  }

  async occurrence(member: ClinicMembership, occurrenceId: string): Promise<MyOccurrence> {
    const now = this.clock.now();
    const r = await this.ownOccurrence(member, occurrenceId);
    // One connection per transaction: the statements run one after another.
    const feedback = await this.db.manager().query(
      `SELECT f.id, f.text, u.name AS author, f.created_at FROM feedback f
           JOIN memberships m ON m.clinic_id = f.clinic_id AND m.id = f.author_id JOIN users u ON u.id = m.user_id
          WHERE f.clinic_id = $1 AND f.submission_id = $2 ORDER BY f.created_at`,
      [member.clinicId, r.submission_id],
    );
    const score = await this.db.manager().query(
      `SELECT ${SCORE_COLUMNS} FROM measure_scores ms
          WHERE clinic_id = $1 AND submission_id = $2`,
      [member.clinicId, r.submission_id],
    );
    const decline = await this.db
      .manager()
      .query(`SELECT * FROM declines WHERE clinic_id = $1 AND occurrence_id = $2`, [
        member.clinicId,
        occurrenceId,
      ]);
    await this.audit.record(auditEntry(member, 'occurrence.viewed', 'occurrence', occurrenceId));
    return {
      ...toItem(r, now),
      instructions: r.instructions,
      templateInstructions: r.template_instructions,
      measure: r.measure,
      fields: r.fields,
      backupPlan: r.backup_plan,
      safetyConcern: r.safety_concern,
      draft: r.draft,
      draftSavedAt: r.draft_saved_at ? new Date(r.draft_saved_at).toISOString() : null,
      submission: r.submission_id
        ? {
            id: r.submission_id,
            answers: r.answers,
            submittedAt: new Date(r.submitted_at).toISOString(),
            late: r.late,
            talkNextSession: r.talk_next_session,
            score: score[0] ? toScore(score[0]) : null,
          }
        : null,
      feedback: feedback.map((f: Row) => ({
        id: f.id,
        text: f.text,
        author: f.author,
        createdAt: new Date(f.created_at).toISOString(),
      })),
      decline: decline[0] ? toDecline(decline[0]) : null,
    };
  }

  async saveDraft(member: ClinicMembership, occurrenceId: string, answers: Record<string, unknown>) {
    const r = await this.ownOccurrence(member, occurrenceId, true);
    this.assertOpen(r);
    const now = this.clock.now();
    await this.db
      .manager()
      .query(
        'UPDATE occurrences SET draft = $3, draft_saved_at = $4, updated_at = $4 WHERE clinic_id = $1 AND id = $2',
        [member.clinicId, occurrenceId, JSON.stringify(cleanDraft(r.fields, answers)), now],
      );
    await this.audit.record(auditEntry(member, 'occurrence.draft_saved', 'occurrence', occurrenceId));
    return { draftSavedAt: now.toISOString() };
  }

  async declineOccurrence(
    member: ClinicMembership,
    occurrenceId: string,
    input: DeclineRequest,
  ): Promise<Decline> {
    const r = await this.ownOccurrence(member, occurrenceId, true);
    this.assertOpen(r);
    const now = this.clock.now();
    await this.db
      .manager()
      .query(
        `UPDATE occurrences SET status = 'declined', draft = NULL, updated_at = $3 WHERE clinic_id = $1 AND id = $2`,
        [member.clinicId, occurrenceId, now],
      );
    await this.outbox.add(ROLLUP_OCCURRENCE_TOPIC, { occurrenceId });
    return this.insertDecline(member, r.assignment_id, r.client_id, occurrenceId, input, now);
  }

  async accept(member: ClinicMembership, assignmentId: string): Promise<void> {
    const a = await this.ownAssignment(member, assignmentId);
    if (a.status !== 'proposed') {
      throw new ProblemException(409, 'This has already been accepted or closed.', { code: 'not_proposed' });
    }
    const now = this.clock.now();
    await this.db
      .manager()
      .query(
        `UPDATE assignments SET status = 'active', accepted_at = $3, updated_at = $3 WHERE clinic_id = $1 AND id = $2`,
        [member.clinicId, assignmentId, now],
      );
    await writeOccurrences(
      this.db.manager(),
      { clinicId: member.clinicId, assignmentId, clientId: a.client_id, timezone: a.timezone },
      a.schedule,
      now,
    );
    await this.outbox.add(ROLLUP_ASSIGNMENT_TOPIC, { assignmentId });
    await this.audit.record(auditEntry(member, 'assignment.accepted', 'assignment', assignmentId));
  }

  async declineAssignment(
    member: ClinicMembership,
    assignmentId: string,
    input: DeclineRequest,
  ): Promise<Decline> {
    const a = await this.ownAssignment(member, assignmentId);
    if (a.status !== 'proposed' && a.status !== 'active' && a.status !== 'paused') {
      throw new ProblemException(409, 'This homework is already closed.', { code: 'assignment_closed' });
    }
    const now = this.clock.now();
    await dropFutureOccurrences(this.db.manager(), member.clinicId, assignmentId, now);
    await this.outbox.add(ROLLUP_ASSIGNMENT_TOPIC, { assignmentId });
    await this.db
      .manager()
      .query(`UPDATE assignments SET status = 'declined', updated_at = $3 WHERE clinic_id = $1 AND id = $2`, [
        member.clinicId,
        assignmentId,
        now,
      ]);
    return this.insertDecline(member, assignmentId, a.client_id, null, input, now);
  }

  async progress(member: ClinicMembership): Promise<MyProgress> {
    const me = await this.ownClient(member);
    const now = this.clock.now();
    const m = this.db.manager();
    const days = await m.query(
      `SELECT DISTINCT (s.submitted_at AT TIME ZONE $3)::date::text AS day FROM submissions s
          WHERE s.clinic_id = $1 AND s.client_id = $2 AND s.submitted_at >= $4::timestamptz - interval '400 days'`,
      [member.clinicId, me.id, me.timezone, now],
    );
    const [window] = await m.query(
      `SELECT count(*)::int AS due, count(*) FILTER (WHERE o.status IN ('submitted', 'reviewed'))::int AS submitted
           FROM occurrences o WHERE o.clinic_id = $1 AND o.client_id = $2
            AND o.due_at <= $3 AND o.due_at > $3::timestamptz - interval '28 days'`,
      [member.clinicId, me.id, now],
    );
    const moods = await m.query(
      `SELECT (s.submitted_at AT TIME ZONE $3)::date::text AS date, (s.answers->>'mood')::numeric AS mood
           FROM submissions s JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
           JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
          WHERE s.clinic_id = $1 AND s.client_id = $2 AND t.kind = 'journal'
            AND jsonb_typeof(s.answers->'mood') = 'number'
          ORDER BY s.submitted_at DESC LIMIT 90`,
      [member.clinicId, me.id, me.timezone],
    );
    const scores = await m.query(
      `SELECT ${SCORE_COLUMNS} FROM measure_scores ms
          WHERE clinic_id = $1 AND client_id = $2 ORDER BY scored_at`,
      [member.clinicId, me.id],
    );
    const today = (
      await m.query('SELECT (($1::timestamptz) AT TIME ZONE $2)::date::text AS d', [now, me.timezone])
    )[0].d as string;
    await this.audit.record(auditEntry(member, 'my_progress.viewed', 'client', me.id));
    return {
      streakDays: completionStreak(
        days.map((d: Row) => d.day),
        today,
      ),
      last28Days: window,
      moodTrend: moodTrend(
        moods.map((r: Row) => ({ date: r.date, mood: r.mood === null ? null : Number(r.mood) })),
      ),
      scores: scores.map((s: Row) => {
        const { submissionId: _s, riskItemAnswer: _r, ...rest } = toScore(s as ScoreRow);
        return rest;
      }),
    };
  }

  async ownClient(member: ClinicMembership): Promise<{ id: string; timezone: string }> {
    const [row] = await this.db
      .manager()
      .query('SELECT id, timezone FROM clients WHERE clinic_id = $1 AND portal_membership_id = $2', [
        member.clinicId,
        member.membershipId,
      ]);
    if (!row) throw notFound('client record');
    return row;
  }

  /** The client's own occurrence with its assignment, pinned template version and submission. */
  async ownOccurrence(member: ClinicMembership, occurrenceId: string, lock = false): Promise<Row> {
    requireId(occurrenceId, 'homework');
    const [row]: Row[] = await this.db.manager().query(
      `SELECT ${ITEM_COLUMNS}, o.client_id, o.draft, o.draft_saved_at, a.status AS assignment_status,
              a.instructions, a.backup_plan, a.safety_concern, a.template_id, a.template_version,
              t.measure, v.fields, v.instructions AS template_instructions,
              s.answers, s.late, s.talk_next_session, s.idempotency_key, s.request_digest
         FROM occurrences o
         JOIN clients c ON c.clinic_id = o.clinic_id AND c.id = o.client_id
         ${ITEM_JOINS}
        WHERE o.clinic_id = $1 AND o.id = $2 AND c.portal_membership_id = $3
          AND a.status <> 'proposed'
        ${lock ? 'FOR UPDATE OF o' : ''}`,
      [member.clinicId, occurrenceId, member.membershipId],
    );
    if (!row) throw notFound('homework');
    return row;
  }

  /** Only homework still to do takes drafts, declines and submissions. */
  assertOpen(r: Row): void {
    if (r.status !== 'pending') {
      throw new ProblemException(409, 'This has already been sent or declined.', {
        code: 'occurrence_closed',
      });
    }
    if (r.assignment_status !== 'active') {
      throw new ProblemException(409, 'Your clinician has paused or closed this homework.', {
        code: 'assignment_not_active',
      });
    }
  }

  private async ownAssignment(member: ClinicMembership, assignmentId: string): Promise<Row> {
    requireId(assignmentId, 'homework');
    const [row] = await this.db.manager().query(
      `SELECT a.id, a.client_id, a.status, a.schedule, a.timezone FROM assignments a
         JOIN clients c ON c.clinic_id = a.clinic_id AND c.id = a.client_id
        WHERE a.clinic_id = $1 AND a.id = $2 AND c.portal_membership_id = $3 FOR UPDATE OF a`,
      [member.clinicId, assignmentId, member.membershipId],
    );
    if (!row) throw notFound('homework');
    return row;
  }

  private async insertDecline(
    member: ClinicMembership,
    assignmentId: string,
    clientId: string,
    occurrenceId: string | null,
    input: DeclineRequest,
    now: Date,
  ): Promise<Decline> {
    const id = uuidv7();
    const [row] = await this.db.manager().query(
      `INSERT INTO declines (clinic_id, id, assignment_id, occurrence_id, client_id, reason, note, declined_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [member.clinicId, id, assignmentId, occurrenceId, clientId, input.reason, input.note ?? null, now],
    );
    await this.audit.record(
      auditEntry(member, occurrenceId ? 'occurrence.declined' : 'assignment.declined', 'decline', id, {
        reason: input.reason,
      }),
    );
    return toDecline(row);
  }
}
