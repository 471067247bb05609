import type { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';

/**
 * Homework rows written straight into a clinic's tables as the database owner: test setup for the
 * review side (submissions, scores, alerts, declines) without going through the portal.
 */
export interface Rows {
  template(options?: {
    kind?: string;
    title?: string;
    fields?: unknown[];
    measure?: 'phq9' | 'gad7';
  }): Promise<{
    id: string;
    version: number;
  }>;
  templateVersion(templateId: string, version: number, title: string, fields: unknown[]): Promise<void>;
  assignment(
    clientId: string,
    template: { id: string; version: number },
    options?: { status?: string; instructions?: string },
  ): Promise<string>;
  occurrence(
    assignmentId: string,
    clientId: string,
    dueAt: Date,
    options?: { status?: string; draftSavedAt?: Date },
  ): Promise<string>;
  /** A submission of the occurrence (marked submitted). */
  submission(
    occurrenceId: string,
    options?: {
      answers?: Record<string, unknown>;
      submittedAt?: Date;
      late?: boolean;
      talkNextSession?: boolean;
      /** Already reviewed by this membership (the occurrence becomes reviewed). */
      reviewedBy?: string;
    },
  ): Promise<string>;
  score(
    submissionId: string,
    options: { measure?: 'phq9' | 'gad7'; total: number; band: string; riskItem?: number | null; at?: Date },
  ): Promise<string>;
  riskAlert(submissionId: string, options?: { itemAnswer?: number; at?: Date }): Promise<string>;
  /** A decline of one occurrence (marked declined) or, with `occurrenceId` null, of the whole assignment. */
  decline(
    assignmentId: string,
    occurrenceId: string | null,
    options?: { reason?: string; note?: string | null; at?: Date },
  ): Promise<string>;
}

export const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (n: number, from = Date.now()) => new Date(from - n * DAY);

export const JOURNAL_FIELDS = [
  { key: 'situation', label: 'What happened?', type: 'longText', required: true },
  { key: 'mood', label: 'Mood', type: 'scale', min: 0, max: 10, required: false },
];

const options4 = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'].map(
  (label, value) => ({ value: String(value), label }),
);
export const PHQ9_FIELDS = Array.from({ length: 9 }, (_, i) => ({
  key: `item${i + 1}`,
  label: `Item ${i + 1}`,
  type: 'singleChoice',
  required: true,
  options: options4,
}));

export function homeworkRows(owner: Client, clinicId: string): Rows {
  const q = (sql: string, params: unknown[]) => owner.query(sql, params);
  const clientOf = async (table: string, id: string) =>
    (
      await q(`SELECT client_id, assignment_id FROM ${table} WHERE clinic_id = $1 AND id = $2`, [
        clinicId,
        id,
      ])
    ).rows[0] as { client_id: string; assignment_id: string };
  const rows: Rows = {
    async template(options = {}) {
      const id = uuidv7();
      const kind = options.measure ? 'measure' : (options.kind ?? 'journal');
      await q(
        `INSERT INTO templates (clinic_id, id, kind, measure, source) VALUES ($1, $2, $3, $4, 'clinic')`,
        [clinicId, id, kind, options.measure ?? null],
      );
      await rows.templateVersion(
        id,
        1,
        options.title ?? (options.measure ? 'PHQ-9' : 'Thought record'),
        options.fields ?? (options.measure ? PHQ9_FIELDS : JOURNAL_FIELDS),
      );
      return { id, version: 1 };
    },
    async templateVersion(templateId, version, title, fields) {
      await q(
        `INSERT INTO template_versions (clinic_id, template_id, version, title, instructions, fields)
         VALUES ($1, $2, $3, $4, 'Write a few lines.', $5)`,
        [clinicId, templateId, version, title, JSON.stringify(fields)],
      );
      await q('UPDATE templates SET current_version = $3 WHERE clinic_id = $1 AND id = $2', [
        clinicId,
        templateId,
        version,
      ]);
    },
    async assignment(clientId, template, options = {}) {
      const id = uuidv7();
      await q(
        `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, instructions, schedule,
                                  timezone, check_relevant, check_within_ability, safety_concern, status)
         VALUES ($1, $2, $3, $4, $5, $6, '{"kind":"once","dueDate":"2030-01-01","dueTime":"09:00"}', 'Europe/London',
                 true, true, false, $7)`,
        [
          clinicId,
          id,
          clientId,
          template.id,
          template.version,
          options.instructions ?? '',
          options.status ?? 'active',
        ],
      );
      return id;
    },
    async occurrence(assignmentId, clientId, dueAt, options = {}) {
      const id = uuidv7();
      const [{ n }] = (
        await q('SELECT count(*)::int AS n FROM occurrences WHERE clinic_id = $1 AND assignment_id = $2', [
          clinicId,
          assignmentId,
        ])
      ).rows;
      await q(
        `INSERT INTO occurrences (clinic_id, id, assignment_id, client_id, idx, due_at, local_date, local_time, status,
                                  draft_saved_at)
         VALUES ($1, $2, $3, $4, $5, $6, ($6::timestamptz AT TIME ZONE 'Europe/London')::date, '09:00', $7, $8)`,
        [
          clinicId,
          id,
          assignmentId,
          clientId,
          n,
          dueAt,
          options.status ?? 'pending',
          options.draftSavedAt ?? null,
        ],
      );
      return id;
    },
    async submission(occurrenceId, options = {}) {
      const id = uuidv7();
      const { client_id, assignment_id } = await clientOf('occurrences', occurrenceId);
      await q(
        `INSERT INTO submissions (clinic_id, id, occurrence_id, assignment_id, client_id, answers, talk_next_session,
                                  submitted_at, late, idempotency_key, request_digest)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'digest')`,
        [
          clinicId,
          id,
          occurrenceId,
          assignment_id,
          client_id,
          JSON.stringify(options.answers ?? { situation: 'A walk in the park', mood: 6 }),
          options.talkNextSession ?? false,
          options.submittedAt ?? new Date(),
          options.late ?? false,
          `key-${id}`,
        ],
      );
      await q(`UPDATE occurrences SET status = $3 WHERE clinic_id = $1 AND id = $2`, [
        clinicId,
        occurrenceId,
        options.reviewedBy ? 'reviewed' : 'submitted',
      ]);
      if (options.reviewedBy) {
        await q(
          'UPDATE submissions SET reviewed_at = submitted_at, reviewed_by = $3 WHERE clinic_id = $1 AND id = $2',
          [clinicId, id, options.reviewedBy],
        );
      }
      return id;
    },
    async score(submissionId, options) {
      const id = uuidv7();
      const { client_id } = await clientOf('submissions', submissionId);
      await q(
        `INSERT INTO measure_scores (clinic_id, id, client_id, submission_id, measure, total, band, risk_item_answer,
                                     scored_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          clinicId,
          id,
          client_id,
          submissionId,
          options.measure ?? 'phq9',
          options.total,
          options.band,
          options.riskItem ?? null,
          options.at ?? new Date(),
        ],
      );
      return id;
    },
    async riskAlert(submissionId, options = {}) {
      const id = uuidv7();
      const { client_id } = await clientOf('submissions', submissionId);
      await q(
        `INSERT INTO risk_alerts (clinic_id, id, client_id, submission_id, source, severity, item_answer, created_at)
         VALUES ($1, $2, $3, $4, 'phq9_item9', 'high', $5, $6)`,
        [clinicId, id, client_id, submissionId, options.itemAnswer ?? 1, options.at ?? new Date()],
      );
      return id;
    },
    async decline(assignmentId, occurrenceId, options = {}) {
      const id = uuidv7();
      const [{ client_id }] = (
        await q('SELECT client_id FROM assignments WHERE clinic_id = $1 AND id = $2', [
          clinicId,
          assignmentId,
        ])
      ).rows;
      await q(
        `INSERT INTO declines (clinic_id, id, assignment_id, occurrence_id, client_id, reason, note, declined_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          clinicId,
          id,
          assignmentId,
          occurrenceId,
          client_id,
          options.reason ?? 'too_hard',
          options.note === undefined ? 'It felt like too much this week' : options.note,
          options.at ?? new Date(),
        ],
      );
      if (occurrenceId) {
        await q(`UPDATE occurrences SET status = 'declined' WHERE clinic_id = $1 AND id = $2`, [
          clinicId,
          occurrenceId,
        ]);
      }
      return id;
    },
  };
  return rows;
}
