import type {
  Decline,
  DiscussDeclineRequest,
  Feedback,
  FeedbackRequest,
  Submission,
  TemplateField,
  TemplateRef,
} from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound, ProblemException } from '../../platform/errors/problem';
import { Outbox } from '../../platform/queue/outbox';
import { visibleClients } from '../clients/client-access';
import { FEEDBACK_GIVEN_TOPIC } from '../notifications/notice-topics';
import { iso, requireUuid, reviewAudit } from './review-access';
import { SCORE_COLUMNS, type ScoreRow, toScore } from './scores';

interface SubmissionRow {
  id: string;
  occurrence_id: string;
  assignment_id: string;
  client_id: string;
  client_name: string;
  template_id: string;
  template_version: number;
  kind: TemplateRef['kind'];
  measure: TemplateRef['measure'];
  title: string;
  instructions: string;
  fields: TemplateField[];
  answers: Record<string, unknown>;
  due_at: Date;
  submitted_at: Date;
  late: boolean;
  talk_next_session: boolean;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
}

interface FeedbackRow {
  id: string;
  text: string;
  author: string;
  created_at: Date;
}

interface DeclineRow {
  id: string;
  client_id: string;
  reason: Decline['reason'];
  note: string | null;
  declined_at: Date;
  discussed_at: Date | null;
  discussed_note: string | null;
}

const toFeedback = (r: FeedbackRow): Feedback => ({
  id: r.id,
  text: r.text,
  author: r.author,
  createdAt: r.created_at.toISOString(),
});

const toDecline = (r: DeclineRow): Decline => ({
  id: r.id,
  reason: r.reason,
  note: r.note,
  declinedAt: r.declined_at.toISOString(),
  discussedAt: iso(r.discussed_at),
  discussedNote: r.discussed_note,
});

/**
 * A clinician's side of a submission: reading it against the template version it was answered on,
 * writing feedback, marking it reviewed, and noting that a decline was talked through in session.
 * Everything is narrowed to the caller's caseload (admins: the clinic) and audited without free text.
 */
@Injectable()
export class SubmissionReviewService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async get(member: ClinicMembership, submissionId: string): Promise<Submission> {
    const submission = await this.load(member, submissionId);
    await this.audit.record(
      reviewAudit(member, 'submission.viewed', 'submission', submission.id, {
        clientId: submission.client.id,
      }),
    );
    return submission;
  }

  async addFeedback(
    member: ClinicMembership,
    submissionId: string,
    input: FeedbackRequest,
  ): Promise<Feedback> {
    const target = await this.visibleSubmission(member, submissionId);
    const id = uuidv7();
    const now = this.clock.now();
    await this.db
      .manager()
      .query(
        'INSERT INTO feedback (clinic_id, id, submission_id, author_id, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [member.clinicId, id, target.id, member.membershipId, input.text, now],
      );
    const [author] = await this.db.manager().query('SELECT name FROM users WHERE id = $1', [member.userId]);
    await this.outbox.add(FEEDBACK_GIVEN_TOPIC, { feedbackId: id });
    await this.audit.record(
      reviewAudit(member, 'feedback.created', 'feedback', id, {
        submissionId: target.id,
        clientId: target.client_id,
      }),
    );
    return { id, text: input.text, author: author?.name ?? '', createdAt: now.toISOString() };
  }

  /** Marks the submission reviewed (once: a second call keeps who reviewed it first, and answers the same). */
  async markReviewed(member: ClinicMembership, submissionId: string): Promise<Submission> {
    const target = await this.visibleSubmission(member, submissionId, true);
    const now = this.clock.now();
    const m = this.db.manager();
    const changed = target.reviewed_at === null;
    if (changed) {
      await m.query(
        'UPDATE submissions SET reviewed_at = $3, reviewed_by = $4 WHERE clinic_id = $1 AND id = $2',
        [member.clinicId, target.id, now, member.membershipId],
      );
    }
    await m.query(
      `UPDATE occurrences SET status = 'reviewed', updated_at = $3
        WHERE clinic_id = $1 AND id = $2 AND status = 'submitted'`,
      [member.clinicId, target.occurrence_id, now],
    );
    await this.audit.record(
      reviewAudit(member, 'submission.reviewed', 'submission', target.id, {
        clientId: target.client_id,
        changed,
      }),
    );
    return this.load(member, target.id);
  }

  /** Records that a decline was talked through in session; the note is kept, so it can be given once. */
  async discussDecline(
    member: ClinicMembership,
    declineId: string,
    input: DiscussDeclineRequest,
  ): Promise<Decline> {
    requireUuid(declineId, 'decline');
    const m = this.db.manager();
    const [row]: DeclineRow[] = await m.query(
      `SELECT d.id, d.client_id, d.reason, d.note, d.declined_at, d.discussed_at, d.discussed_note
         FROM declines d
         JOIN clients c ON c.clinic_id = d.clinic_id AND c.id = d.client_id
        WHERE d.clinic_id = $1 AND d.id = $2 AND ${visibleClients(member, 3)}
        FOR UPDATE OF d`,
      [member.clinicId, declineId, member.membershipId],
    );
    if (!row) throw notFound('decline');
    if (row.discussed_at) {
      throw new ProblemException(409, 'This decline was already marked as discussed.', {
        code: 'already_discussed',
      });
    }
    const now = this.clock.now();
    await m.query(
      `UPDATE declines SET discussed_at = $3, discussed_note = $4, discussed_by = $5
        WHERE clinic_id = $1 AND id = $2`,
      [member.clinicId, row.id, now, input.note, member.membershipId],
    );
    await this.audit.record(
      reviewAudit(member, 'decline.discussed', 'decline', row.id, { clientId: row.client_id }),
    );
    return toDecline({ ...row, discussed_at: now, discussed_note: input.note });
  }

  /** The submission's id, client and review state, or 404 when it is not the caller's to see. */
  private async visibleSubmission(member: ClinicMembership, submissionId: string, lock = false) {
    requireUuid(submissionId, 'submission');
    const [row]: Array<{ id: string; client_id: string; occurrence_id: string; reviewed_at: Date | null }> =
      await this.db.manager().query(
        `SELECT s.id, s.client_id, s.occurrence_id, s.reviewed_at
           FROM submissions s
           JOIN clients c ON c.clinic_id = s.clinic_id AND c.id = s.client_id
          WHERE s.clinic_id = $1 AND s.id = $2 AND ${visibleClients(member, 3)}
          ${lock ? 'FOR UPDATE OF s' : ''}`,
        [member.clinicId, submissionId, member.membershipId],
      );
    if (!row) throw notFound('submission');
    return row;
  }

  private async load(member: ClinicMembership, submissionId: string): Promise<Submission> {
    requireUuid(submissionId, 'submission');
    const m = this.db.manager();
    const [r]: SubmissionRow[] = await m.query(
      `SELECT s.id, s.occurrence_id, s.assignment_id, s.client_id, c.name AS client_name,
              a.template_id, a.template_version, t.kind, t.measure, v.title,
              coalesce(nullif(a.instructions, ''), v.instructions) AS instructions, v.fields,
              s.answers, o.due_at, s.submitted_at, s.late, s.talk_next_session, s.reviewed_at,
              ru.name AS reviewed_by_name
         FROM submissions s
         JOIN clients c ON c.clinic_id = s.clinic_id AND c.id = s.client_id
         JOIN occurrences o ON o.clinic_id = s.clinic_id AND o.id = s.occurrence_id
         JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
         JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
         JOIN template_versions v
           ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id AND v.version = a.template_version
         LEFT JOIN memberships rm ON rm.clinic_id = s.clinic_id AND rm.id = s.reviewed_by
         LEFT JOIN users ru ON ru.id = rm.user_id
        WHERE s.clinic_id = $1 AND s.id = $2 AND ${visibleClients(member, 3)}`,
      [member.clinicId, submissionId, member.membershipId],
    );
    if (!r) throw notFound('submission');
    const scores: ScoreRow[] = await m.query(
      `SELECT ${SCORE_COLUMNS} FROM measure_scores ms WHERE ms.clinic_id = $1 AND ms.submission_id = $2`,
      [member.clinicId, r.id],
    );
    const feedback: FeedbackRow[] = await m.query(
      `SELECT f.id, f.text, u.name AS author, f.created_at
         FROM feedback f
         JOIN memberships fm ON fm.clinic_id = f.clinic_id AND fm.id = f.author_id
         JOIN users u ON u.id = fm.user_id
        WHERE f.clinic_id = $1 AND f.submission_id = $2
        ORDER BY f.created_at, f.id`,
      [member.clinicId, r.id],
    );
    return {
      id: r.id,
      occurrenceId: r.occurrence_id,
      assignmentId: r.assignment_id,
      client: { id: r.client_id, name: r.client_name },
      template: {
        id: r.template_id,
        version: r.template_version,
        kind: r.kind,
        title: r.title,
        measure: r.measure,
      },
      instructions: r.instructions,
      fields: r.fields,
      answers: r.answers,
      dueAt: r.due_at.toISOString(),
      submittedAt: r.submitted_at.toISOString(),
      late: r.late,
      talkNextSession: r.talk_next_session,
      reviewedAt: iso(r.reviewed_at),
      reviewedBy: r.reviewed_by_name,
      score: scores[0] ? toScore(scores[0]) : null,
      feedback: feedback.map(toFeedback),
    };
  }
}
