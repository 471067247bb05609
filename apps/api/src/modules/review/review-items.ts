import type { ReviewQueue, ReviewQueueItem, ReviewQueueQuery } from '@interlude/contracts';
import type { EntityManager } from 'typeorm';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { visibleClients } from '../clients/client-access';

/** At most this many items in a queue or an activity list (newest kept). */
export const ITEM_LIMIT = 200;

interface ItemRow {
  type: ReviewQueueItem['type'] | null;
  id: string | null;
  client_id: string;
  client_name: string;
  assignment_id: string | null;
  submission_id: string | null;
  open: boolean;
  title: string;
  kind: ReviewQueueItem['kind'];
  at: Date;
  flagged: boolean;
  late: boolean | null;
  decline_reason: ReviewQueueItem['declineReason'];
  decline_note: string | null;
  n_risk_alerts: number;
  n_submissions: number;
  n_declines: number;
  n_flagged: number;
}

export interface ItemsOptions {
  /** Only what still waits for a clinician (open alerts, unreviewed submissions, undiscussed declines). */
  openOnly: boolean;
  /** Open risk alerts before everything else (the queue), or one timeline (a client's activity). */
  riskFirst: boolean;
  clientId?: string;
  type?: ReviewQueueQuery['type'];
  /** How many items to return (the counts are unaffected); 0 for the counts alone. */
  limit?: number;
}

/**
 * The review queue's items and counts in one statement: risk alerts (through the submission that
 * raised them), submissions and declines of the clients the member may see, each titled by the
 * template version its assignment pinned. Counts are always of the open items (what waits for a
 * clinician) for the same clients, whatever `type` narrows the list to; `flagged` counts unreviewed
 * submissions the client asked to talk about next session.
 */
export async function reviewItems(
  m: EntityManager,
  member: ClinicMembership,
  options: ItemsOptions,
): Promise<ReviewQueue> {
  const open = (condition: string) => (options.openOnly ? `AND ${condition}` : '');
  const rows: ItemRow[] = await m.query(
    `WITH vis AS (
       SELECT c.id, c.name FROM clients c
        WHERE c.clinic_id = $1 AND ${visibleClients(member, 2)} AND ($3::uuid IS NULL OR c.id = $3)
     ),
     items AS (
       SELECT 'risk_alert'::text AS type, r.id, r.client_id, s.assignment_id, s.id AS submission_id, r.created_at AS at,
              s.talk_next_session AS flagged, NULL::boolean AS late, NULL::text AS decline_reason,
              NULL::text AS decline_note, r.acknowledged_at IS NULL AS open
         FROM risk_alerts r
         JOIN vis ON vis.id = r.client_id
         JOIN submissions s ON s.clinic_id = r.clinic_id AND s.id = r.submission_id
        WHERE r.clinic_id = $1 ${open('r.acknowledged_at IS NULL')}
       UNION ALL
       SELECT 'submission', s.id, s.client_id, s.assignment_id, s.id, s.submitted_at, s.talk_next_session, s.late,
              NULL, NULL, s.reviewed_at IS NULL
         FROM submissions s
         JOIN vis ON vis.id = s.client_id
        WHERE s.clinic_id = $1 ${open('s.reviewed_at IS NULL')}
       UNION ALL
       SELECT 'decline', d.id, d.client_id, d.assignment_id, NULL::uuid, d.declined_at, false, NULL, d.reason, d.note,
              d.discussed_at IS NULL
         FROM declines d
         JOIN vis ON vis.id = d.client_id
        WHERE d.clinic_id = $1 ${open('d.discussed_at IS NULL')}
     ),
     counts AS (
       SELECT count(*) FILTER (WHERE type = 'risk_alert' AND open)::int AS n_risk_alerts,
              count(*) FILTER (WHERE type = 'submission' AND open)::int AS n_submissions,
              count(*) FILTER (WHERE type = 'decline' AND open)::int AS n_declines,
              count(*) FILTER (WHERE type = 'submission' AND open AND flagged)::int AS n_flagged
         FROM items
     ),
     page AS (
       SELECT i.type, i.id, i.client_id, vis.name AS client_name, i.assignment_id, i.submission_id, v.title, t.kind, i.at,
              i.flagged, i.late, i.decline_reason, i.decline_note, i.open
         FROM items i
         JOIN vis ON vis.id = i.client_id
         JOIN assignments a ON a.clinic_id = $1 AND a.id = i.assignment_id
         JOIN template_versions v
           ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id AND v.version = a.template_version
         JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
        WHERE $4::text IS NULL OR i.type = $4 OR ($4 = 'flagged' AND i.type = 'submission' AND i.flagged)
        ORDER BY ${options.riskFirst ? "(i.type = 'risk_alert' AND i.open) DESC," : ''} i.at DESC, i.id DESC
        LIMIT ${Math.max(0, Math.min(options.limit ?? ITEM_LIMIT, ITEM_LIMIT))}
     )
     SELECT page.*, counts.* FROM counts LEFT JOIN page ON true
     ORDER BY ${options.riskFirst ? "(page.type = 'risk_alert' AND page.open) DESC," : ''} page.at DESC, page.id DESC`,
    [member.clinicId, member.membershipId, options.clientId ?? null, options.type ?? null],
  );
  const counts = rows[0];
  return {
    items: rows
      .filter((r) => r.id !== null && r.type !== null)
      .map((r) => ({
        type: r.type as ReviewQueueItem['type'],
        id: r.id as string,
        client: { id: r.client_id, name: r.client_name },
        assignmentId: r.assignment_id,
        submissionId: r.submission_id,
        open: r.open,
        title: r.title,
        kind: r.kind,
        at: r.at.toISOString(),
        flagged: r.flagged,
        late: r.late,
        declineReason: r.decline_reason,
        declineNote: r.decline_note,
      })),
    counts: {
      riskAlerts: counts?.n_risk_alerts ?? 0,
      submissions: counts?.n_submissions ?? 0,
      declines: counts?.n_declines ?? 0,
      flagged: counts?.n_flagged ?? 0,
    },
  };
}
