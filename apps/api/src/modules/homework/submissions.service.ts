import { createHash } from 'node:crypto';
import type { SubmitRequest, SubmitResult } from '@interlude/contracts';
import {
  isLate,
  type MeasureCode,
  measureItemAnswers,
  scoreMeasure,
  validateResponse,
} from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, ProblemException } from '../../platform/errors/problem';
import { Outbox } from '../../platform/queue/outbox';
import { RISK_ALERT_RAISED_TOPIC } from '../notifications/notice-topics';
import { ROLLUP_OCCURRENCE_TOPIC } from '../reports/rollup-topics';
import { SCORE_COLUMNS, toScore } from '../review/scores';
import { auditEntry } from './homework-access';
import { MyHomeworkService } from './my-homework.service';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL rows
type Row = Record<string, any>;

/** What makes two submits "the same request": the occurrence and the exact body. */
const digestOf = (occurrenceId: string, body: SubmitRequest) =>
  createHash('sha256').update(occurrenceId).update('\n').update(JSON.stringify(body)).digest('hex');

/**
 * A client sends their homework. The submit is idempotent by `Idempotency-Key`: the occurrence row is
 * locked first, so concurrent retries queue behind the first and then answer with what it stored.
 * The response is checked against the template version the assignment pinned; a questionnaire is
 * scored, and a PHQ-9 item 9 above 0 raises a risk alert for the client's clinicians.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mine: MyHomeworkService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async submit(
    member: ClinicMembership,
    occurrenceId: string,
    idempotencyKey: string | undefined,
    body: SubmitRequest,
  ): Promise<{ result: SubmitResult; replayed: boolean }> {
    const key = checkKey(idempotencyKey);
    const digest = digestOf(occurrenceId, body);
    // Locks the occurrence: a concurrent submit with the same key waits here, then finds ours.
    const r = await this.mine.ownOccurrence(member, occurrenceId, true);
    const earlier = await this.byKey(member.clinicId, r.client_id, key);
    if (earlier) {
      if (earlier.request_digest !== digest) {
        throw new ProblemException(
          422,
          'This Idempotency-Key was already used for a different submission; use a new key for a new one.',
          { code: 'idempotency_key_reused' },
        );
      }
      return { result: await this.result(member.clinicId, earlier), replayed: true };
    }
    this.mine.assertOpen(r);
    const errors = validateResponse(r.fields, body.answers);
    if (errors.length > 0) throw invalid(errors, 'Some answers need another look.');

    const now = this.clock.now();
    const m = this.db.manager();
    const id = uuidv7();
    await m.query(
      `INSERT INTO submissions (clinic_id, id, occurrence_id, assignment_id, client_id, answers, talk_next_session,
          submitted_at, late, idempotency_key, request_digest)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        member.clinicId,
        id,
        occurrenceId,
        r.assignment_id,
        r.client_id,
        JSON.stringify(body.answers),
        body.talkNextSession,
        now,
        isLate(new Date(r.due_at), now),
        key,
        digest,
      ],
    );
    await m.query(
      `UPDATE occurrences SET status = 'submitted', draft = NULL, draft_saved_at = NULL, updated_at = $3
        WHERE clinic_id = $1 AND id = $2`,
      [member.clinicId, occurrenceId, now],
    );
    if (r.measure) await this.score(member, r.client_id, id, r.measure, body.answers, now);
    // A finite schedule with nothing left to do is complete.
    await m.query(
      `UPDATE assignments a SET status = 'completed', updated_at = $3
        WHERE a.clinic_id = $1 AND a.id = $2 AND a.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.clinic_id = a.clinic_id AND o.assignment_id = a.id
                             AND o.status = 'pending')`,
      [member.clinicId, r.assignment_id, now],
    );
    // Report rollups count the submission (and its score) from this event.
    await this.outbox.add(ROLLUP_OCCURRENCE_TOPIC, { occurrenceId });
    await this.audit.record(
      auditEntry(member, 'submission.created', 'submission', id, {
        occurrenceId,
        flagged: body.talkNextSession,
      }),
    );
    const [stored] = await m.query('SELECT * FROM submissions WHERE clinic_id = $1 AND id = $2', [
      member.clinicId,
      id,
    ]);
    return { result: await this.result(member.clinicId, stored), replayed: false };
  }

  private async score(
    member: ClinicMembership,
    clientId: string,
    submissionId: string,
    measure: MeasureCode,
    answers: Record<string, unknown>,
    now: Date,
  ) {
    const score = scoreMeasure(measure, measureItemAnswers(measure, answers));
    const m = this.db.manager();
    await m.query(
      `INSERT INTO measure_scores (clinic_id, id, client_id, submission_id, measure, total, band, risk_item_answer, scored_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        member.clinicId,
        uuidv7(),
        clientId,
        submissionId,
        measure,
        score.total,
        score.band,
        score.riskItemAnswer,
        now,
      ],
    );
    if (score.raisesRiskAlert) {
      const alertId = uuidv7();
      await m.query(
        `INSERT INTO risk_alerts (clinic_id, id, client_id, submission_id, source, severity, item_answer, created_at)
         VALUES ($1, $2, $3, $4, 'phq9_item9', 'high', $5, $6)`,
        [member.clinicId, alertId, clientId, submissionId, score.riskItemAnswer, now],
      );
      await this.audit.record(
        auditEntry(member, 'risk_alert.raised', 'risk_alert', alertId, { submissionId }),
      );
      // The client's clinicians are told at once (in-app and email), by id only.
      await this.outbox.add(RISK_ALERT_RAISED_TOPIC, { alertId });
    }
  }

  private async byKey(clinicId: string, clientId: string, key: string): Promise<Row | undefined> {
    const [row] = await this.db
      .manager()
      .query('SELECT * FROM submissions WHERE clinic_id = $1 AND client_id = $2 AND idempotency_key = $3', [
        clinicId,
        clientId,
        key,
      ]);
    return row;
  }

  /** The answer to a submit, built from what is stored so a replay answers exactly alike. */
  private async result(clinicId: string, s: Row): Promise<SubmitResult> {
    const [score] = await this.db
      .manager()
      .query(
        `SELECT ${SCORE_COLUMNS} FROM measure_scores ms WHERE ms.clinic_id = $1 AND ms.submission_id = $2`,
        [clinicId, s.id],
      );
    return {
      submissionId: s.id,
      occurrenceId: s.occurrence_id,
      submittedAt: new Date(s.submitted_at).toISOString(),
      late: s.late,
      score: score ? toScore(score) : null,
      showSafetyPlan: score?.measure === 'phq9' && (score.risk_item_answer ?? 0) > 0,
    };
  }
}

function checkKey(key: string | undefined): string {
  if (key === undefined || key.length === 0) {
    throw invalid([
      { path: 'Idempotency-Key', message: 'Send an Idempotency-Key header so a retry never sends twice' },
    ]);
  }
  if (key.length < 8 || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
    throw invalid([
      { path: 'Idempotency-Key', message: 'Use 8 to 200 visible ASCII characters, e.g. a UUID' },
    ]);
  }
  return key;
}
