import type { FhirBundle } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ClientsService } from '../clients/clients.service';
import {
  type AssignmentDeclineRow,
  homeworkBundle,
  type OccurrenceRow,
  type ScoreRow,
  type SubmissionRow,
} from './fhir-mapping';

/** The assignment and its pinned template version, over `a` (assignments). */
const PINNED_VERSION = `
  JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id
                          AND v.version = a.template_version`;

/**
 * A client's homework as a FHIR R4 Bundle, for an integrator or another clinical system: Tasks,
 * QuestionnaireResponses and score Observations. Admins export any client of the clinic, clinicians
 * their caseload; anyone else gets 404. Every export is audited (ids and counts only).
 */
@Injectable()
export class FhirExportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async export(member: ClinicMembership, clientId: string): Promise<FhirBundle> {
    await this.clients.get(member, clientId, false);
    const m = this.db.manager();
    const params = [member.clinicId, clientId];
    // One connection per transaction: the statements run one after another.
    const occurrences: OccurrenceRow[] = await m.query(
      `SELECT o.id, o.assignment_id, o.due_at, o.status, o.updated_at, a.status AS assignment_status,
              a.created_at AS assigned_at, a.template_id, a.template_version, v.title,
              s.id AS submission_id, s.submitted_at,
              d.reason AS decline_reason, d.note AS decline_note, d.declined_at
         FROM occurrences o
         JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
         ${PINNED_VERSION}
         LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
         LEFT JOIN declines d ON d.clinic_id = o.clinic_id AND d.occurrence_id = o.id
        WHERE o.clinic_id = $1 AND o.client_id = $2
        ORDER BY o.due_at, o.id`,
      params,
    );
    const assignmentDeclines: AssignmentDeclineRow[] = await m.query(
      `SELECT d.id, d.assignment_id, a.created_at AS assigned_at, a.template_id, a.template_version, v.title,
              d.reason, d.note, d.declined_at
         FROM declines d
         JOIN assignments a ON a.clinic_id = d.clinic_id AND a.id = d.assignment_id
         ${PINNED_VERSION}
        WHERE d.clinic_id = $1 AND d.client_id = $2 AND d.occurrence_id IS NULL
        ORDER BY d.declined_at, d.id`,
      params,
    );
    const submissions: SubmissionRow[] = await m.query(
      `SELECT s.id, a.template_id, a.template_version, v.fields, s.answers, s.submitted_at
         FROM submissions s
         JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
         ${PINNED_VERSION}
        WHERE s.clinic_id = $1 AND s.client_id = $2
        ORDER BY s.submitted_at, s.id`,
      params,
    );
    const scores: ScoreRow[] = await m.query(
      `SELECT ms.id, ms.submission_id, ms.measure, ms.total, ms.band, ms.scored_at
         FROM measure_scores ms
        WHERE ms.clinic_id = $1 AND ms.client_id = $2
        ORDER BY ms.scored_at, ms.id`,
      params,
    );
    const bundle = homeworkBundle(
      uuidv7(),
      clientId,
      { occurrences, assignmentDeclines, submissions, scores },
      this.clock.now(),
    );
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'client.fhir_exported',
      resourceType: 'client',
      resourceId: clientId,
      details: {
        bundleId: bundle.id ?? '',
        tasks: occurrences.length + assignmentDeclines.length,
        questionnaireResponses: submissions.length,
        observations: scores.length,
      },
    });
    return bundle;
  }
}
